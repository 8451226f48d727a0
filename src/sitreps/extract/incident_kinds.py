"""Event types grouped into kinds of incident, as incident merging reads ``data/incident_kinds.yaml``.

Split from ``extract.consolidate`` (round 24) so that every step that asks what kind a type is, or which
type absorbs another, reads one table: merging itself (``extract.consolidate``, ``extract.retelling``,
``extract.merged_fields``), the places and roles read after it, and the linked row's type choice.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sitreps.errors import ConfigError
from sitreps.extract.kinds_file import kinds_data, type_kinds


@dataclass(frozen=True)
class Kinds:
    """Event types grouped into kinds of incident, each kind's types most specific first."""

    kind_of: dict[str, str]
    order: dict[str, int]
    crowd_with: str
    crowd_protests: frozenset[str]
    crowd_becomes: str
    absorbs: dict[str, frozenset[str]]
    absorbs_governed: dict[str, frozenset[str]]  # absorbed only when one word governs the other (see the yaml)
    absorbs_on_one_day: frozenset[str]  # hosts that fold their absorbed types in unbound (retelling._folds_unbound)
    absorbs_sequenced: dict[str, frozenset[str]]  # absorbed though chained by "after" (see the yaml)
    catch_all: frozenset[str]  # each kind's least specific type, the last of its list
    named_by_noun: frozenset[str]
    means: frozenset[str]
    refines: dict[str, frozenset[str]]  # a particular means -> the general means its retellings may name
    victims: frozenset[str]
    other_side: frozenset[str]  # types whose doer is the other side of their kind (see the yaml)


@lru_cache(maxsize=1)
def incident_kinds() -> Kinds:
    """``data/incident_kinds.yaml``, read once."""
    data = kinds_data()
    try:
        kind_of = type_kinds()
        order = {t: i for types in data["kinds"].values() for i, t in enumerate(types)}
        crowd = data["crowd_violence"]
        absorbs = {host: frozenset(types) for host, types in data["absorbs_when_bound"].items()}
        governed = {host: frozenset(types) for host, types in data["absorbs_when_governed"].items()}
        catch_all = frozenset(types[-1] for types in data["kinds"].values())
        return Kinds(kind_of=kind_of, order=order, crowd_with=crowd["when_with"],
                     crowd_protests=frozenset(crowd["protest_types"]), crowd_becomes=crowd["becomes"],
                     absorbs=absorbs, absorbs_governed=governed,
                     absorbs_on_one_day=frozenset(data["absorbs_on_one_day_in_lead"]),
                     absorbs_sequenced={host: frozenset(types)
                                        for host, types in data["absorbs_when_sequenced"].items()},
                     catch_all=catch_all, named_by_noun=frozenset(data["named_by_noun"]),
                     means=frozenset(data["means"]),
                     refines={t: frozenset(general) for t, general in data["refines"].items()},
                     victims=frozenset(data["victims"]),
                     other_side=frozenset(data["other_side"]))
    except (KeyError, TypeError, AttributeError) as error:
        raise ConfigError(f"data/incident_kinds.yaml: a section is missing or not a list ({error})") from error


def type_kind(type_id: str) -> str:
    return incident_kinds().kind_of.get(type_id, type_id)


def host_type(first: str, later: str, governed: bool = True) -> str | None:
    """Of two types of different kinds, the one whose incident the other folds into when bound;
    ``governed``: one word governs the other, so the types of ``absorbs_when_governed`` fold too."""
    kinds = incident_kinds()
    maps = (kinds.absorbs, kinds.absorbs_governed) if governed else (kinds.absorbs,)
    for host, other in ((first, later), (later, first)):
        if any(other in absorbs.get(key, frozenset()) for absorbs in maps for key in (host, type_kind(host))):
            return host
    return None
