"""Facet counts over the filtered records, in the style of datasette: each value, how many, and a link.

Counted over every matching record (not just the page shown), so the numbers
say how the whole selection splits; a value's link adds it to the filters.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sitreps.export.records import ExportRecord
from sitreps.serve.charts import modality

FACETS_LIMIT = 5000
"""Most records facets are counted over: a few hundred ms here; beyond, the page says the counts are partial."""
FACET_SIZE = 8
"""Values shown per facet: the most frequent; a datasette-like column stays readable at this length."""


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int


@dataclass(frozen=True)
class Facet:
    """One facet: its title, the query parameter its links set (None: shown only), and its top values."""

    title: str
    param: str | None
    values: list[FacetValue]
    distinct: int


def _actors(record: ExportRecord) -> Iterable[tuple[str, str]]:
    for actor in (record.actor1, record.actor2):
        if actor is not None:
            yield actor.actor_id or actor.name, actor.name


def _source_kinds(record: ExportRecord) -> Iterable[tuple[str, str]]:
    kinds = {r.mention.attribution.source_kind.value for r in record.reports if r.mention.attribution}
    return ((k, k.replace("_", " ")) for k in sorted(kinds))


def _one(get: Callable[[ExportRecord], str | None]) -> Callable[[ExportRecord], Iterable[tuple[str, str]]]:
    def values(record: ExportRecord) -> Iterable[tuple[str, str]]:
        found = get(record)
        return [(found, found.replace("_", " "))] if found else []
    return values


FACETS: tuple[tuple[str, str | None, Callable[[ExportRecord], Iterable[tuple[str, str]]]], ...] = (
    ("Type", "type", _one(lambda r: r.type)),
    ("Country", "country", _one(lambda r: r.place.country if r.place else None)),
    ("Actor", "actor", _actors),
    ("Modality", None, _one(modality)),
    ("Source kind", "source_kind", _source_kinds),
)
"""Facets in display order: (title, filter parameter, values of one record)."""


def facets(records: list[ExportRecord]) -> list[Facet]:
    """Every facet's most frequent values over ``records``."""
    out = []
    for title, param, values_of in FACETS:
        counts: Counter[str] = Counter()
        labels: dict[str, str] = {}
        for record in records:
            for value, label in dict(values_of(record)).items():
                counts[value] += 1
                labels.setdefault(value, label)
        top = [FacetValue(v, labels[v], n) for v, n in counts.most_common(FACET_SIZE)]
        out.append(Facet(title, param, top, len(counts)))
    return out
