"""Filters as parameterised SQL: user values only ever travel as parameters.

Dates compare on their first ten characters (YYYY-MM-DD), so a mention dated
"2023-06" or an article published "2024-03-05T10:00:00+00:00" compare sensibly
with a day given by the user.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sitreps.store.connection import Connection
from sitreps.store.documents import placeholders
from sitreps.store.filters import BBox, EventFilter, MentionFilter
from sitreps.store.fts import check_query


@dataclass
class Where:
    """Conditions joined by AND, and their parameters in order."""

    clauses: list[str] = field(default_factory=list)
    params: list[object] = field(default_factory=list)

    def add(self, clause: str, *params: object) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return " AND ".join(self.clauses) if self.clauses else "1 = 1"


def _like(fragment: str) -> str:
    escaped = fragment.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _dates(where: Where, column: str, since: str | None, until: str | None) -> None:
    if since:
        where.add(f"SUBSTR({column}, 1, 10) >= ?", since[:10])
    if until:
        where.add(f"SUBSTR({column}, 1, 10) <= ?", until[:10])


def _common(where: Where, alias: str, types: Sequence[str], country: str | None, bbox: BBox | None) -> None:
    if types:
        where.add(f"{alias}.type IN ({placeholders(len(types))})", *types)
    if country:
        where.add(f"{alias}.country = ?", country)
    if bbox:
        min_lon, min_lat, max_lon, max_lat = bbox
        where.add(
            f"{alias}.lon BETWEEN ? AND ? AND {alias}.lat BETWEEN ? AND ?", min_lon, max_lon, min_lat, max_lat
        )


ACTOR_MATCH = "(a.actor_id = ? OR LOWER(a.name) LIKE ? ESCAPE '\\')"


def mention_where(conn: Connection, f: MentionFilter) -> Where:
    """Conditions over mentions ``m`` joined to their documents ``d``."""
    where = Where()
    _dates(where, "COALESCE(m.time_start, d.published_at)", f.since, f.until)
    _common(where, "m", f.types, f.country, f.bbox)
    if f.actor:
        where.add(
            f"EXISTS (SELECT 1 FROM mention_actors a WHERE a.mention_id = m.id AND {ACTOR_MATCH})",
            f.actor, _like(f.actor),
        )  # fmt: skip
    if f.source_kinds:
        where.add(f"m.source_kind IN ({placeholders(len(f.source_kinds))})", *f.source_kinds)
    if f.modality:
        where.add("m.modality = ?", f.modality)
    if f.document_id:
        where.add("m.document_id = ?", f.document_id)
    if f.text is not None:
        check_query(f.text)
        where.add(conn.fts_predicate("d"), conn.fts_param(f.text))
    return where


def event_where(conn: Connection, f: EventFilter) -> Where:
    """Conditions over linked events ``e``."""
    where = Where()
    _dates(where, "COALESCE(e.time_start, e.first_reported)", f.since, f.until)
    _common(where, "e", f.types, f.country, f.bbox)
    if f.actor:
        where.add(
            "EXISTS (SELECT 1 FROM event_mentions em JOIN mention_actors a ON a.mention_id = em.mention_id "
            f"WHERE em.event_id = e.id AND {ACTOR_MATCH})",
            f.actor, _like(f.actor),
        )  # fmt: skip
    if f.min_originators is not None:
        where.add("e.n_originators >= ?", f.min_originators)
    if f.has_contradiction is not None:
        where.add("e.has_contradiction = ?", f.has_contradiction)
    if f.text is not None:
        check_query(f.text)
        where.add(
            "EXISTS (SELECT 1 FROM event_mentions em JOIN documents d ON d.id = em.document_id "
            f"WHERE em.event_id = e.id AND {conn.fts_predicate('d')})",
            conn.fts_param(f.text),
        )
    return where
