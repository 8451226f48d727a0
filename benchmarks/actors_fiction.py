"""How often the extractor names the right initiator and target on sentences written to test it.

The real-news splits are small (a test event is ~1.3 points of a field figure) and rules tuned on
dev sentences did not carry to test, so this script measures the GENERAL behaviour on a gold of
our own: ``benchmarks/gold/actors/fiction.jsonl`` holds short news items (fiction in wire style,
written for sitreps across many conflicts and outlet styles), each with the event family it tells,
the pattern it exercises (the agent of a passive, a doer modifier of the event noun, the subject
of a light verb, protests and riots, claims, a headline's perpetrator, generic forces, speakers
and victims that are no doer) and the terms the initiator and target must contain, scored the way
``evaluate.realnews_fields.actor_right`` scores a row: any term in the actor's id, canonical name,
name or evidence; an empty list means the text names nobody for that role.

The items are ingested, processed and linked in a fresh database, as ``evaluate.realnews`` does, and
the row scored is the item's row of its family whose type is told first, else its first row: so
the figures include what linking's consensus (``link.consensus``) makes of the mentions' actors.
The baseline printed with it is what naming no actor at all would score.

    nice python benchmarks/actors_fiction.py [--gold PATH] [--errors]
"""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sitreps import api
from sitreps.evaluate.fiction_options import fiction_options
from sitreps.evaluate.realnews_fields import actor_right, field_of
from sitreps.link.families import family_of
from sitreps.models import DocumentStatus, Event, Role
from sitreps.store import open_store

GOLD = Path(__file__).resolve().parent / "gold" / "actors" / "fiction.jsonl"
ROLES = (Role.INITIATOR, Role.TARGET)


@dataclass(frozen=True)
class Item:
    """One fiction news item and the actors it names."""

    id: str
    pattern: str
    family: str
    text: str
    terms: dict[Role, tuple[str, ...] | None]


@dataclass(frozen=True)
class Outcome:
    """The extractor's actors for one item and whether each scored role agrees."""

    item: Item
    event: str | None
    found: dict[Role, str | None]
    right: dict[Role, bool | None]


def read_gold(path: Path) -> list[Item]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            terms = {role: None if record[f"{role.value}_terms"] is None else
                     tuple(t.lower() for t in record[f"{role.value}_terms"]) for role in ROLES}
            items.append(Item(record["id"], record["pattern"], record["family"], record["text"], terms))
    return items


def _told_at(event: Event) -> int:
    kind = field_of(event, "type")
    spans = [e.start for c in (kind.candidates if kind else []) for e in c.evidence]
    return min(spans, default=0)


def scored_row(rows: Sequence[Event], family: str) -> Event | None:
    """The item's row of its family told first, else its row told first."""
    ordered = sorted(rows, key=_told_at)
    same = [r for r in ordered if family_of(r.type) == family]
    return (same or ordered or [None])[0]


def actor_label(event: Event | None, role: Role) -> str | None:
    kind = field_of(event, f"actor:{role.value}") if event else None
    return kind.candidates[0].label if kind and kind.candidates else None


def run(items: Sequence[Item]) -> list[Outcome]:
    """Every item ingested, processed and linked in a fresh database; each item's row scored."""
    with tempfile.TemporaryDirectory(prefix="sitreps-actors-") as tmp:
        folder = Path(tmp)
        paths = {}
        for item in items:
            paths[item.id] = folder / f"{item.id}.txt"
            paths[item.id].write_text(item.text, encoding="utf-8")
        db = folder / "actors.db"
        api.ingest(list(paths.values()), db=db)
        api.process(db=db)
        with open_store(db) as store:
            documents = {Path(d.source_path or "").stem: d.id for d in store.iter_documents(DocumentStatus.PROCESSED)}
            events = store.query_events(limit=None)
    outcomes = []
    for item in items:
        rows = [e for e in events if any(m.document_id == documents.get(item.id) for m in e.mentions)]
        row = scored_row(rows, item.family)
        found = {role: actor_label(row, role) for role in ROLES}
        right = {role: actor_right(row, item.terms[role], role.value) if row else
                 (None if item.terms[role] is None else not item.terms[role]) for role in ROLES}
        outcomes.append(Outcome(item, row.type if row else None, found, right))
    return outcomes


def _share(outcomes: Sequence[Outcome], role: Role, *, blank: bool = False) -> str:
    scored = [o for o in outcomes if o.right[role] is not None]
    if not scored:
        return "   -  "
    hits = sum((not o.item.terms[role]) if blank else bool(o.right[role]) for o in scored)
    return f"{hits / len(scored):6.3f}"


def report(outcomes: Sequence[Outcome], *, errors: bool) -> str:
    by_pattern: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_pattern[outcome.item.pattern].append(outcome)
    lines = [f"{'pattern':22} {'n':>3} {'initiator':>9} {'target':>7}"]
    for pattern in sorted(by_pattern):
        group = by_pattern[pattern]
        lines.append(f"{pattern:22} {len(group):3} {_share(group, Role.INITIATOR):>9} {_share(group, Role.TARGET):>7}")
    lines.append(f"{'ALL':22} {len(outcomes):3} {_share(outcomes, Role.INITIATOR):>9} "
                 f"{_share(outcomes, Role.TARGET):>7}")
    lines.append(f"{'baseline (nobody)':22} {len(outcomes):3} {_share(outcomes, Role.INITIATOR, blank=True):>9} "
                 f"{_share(outcomes, Role.TARGET, blank=True):>7}")
    if errors:
        for o in outcomes:
            wrong = [r for r in ROLES if o.right[r] is False]
            if wrong:
                lines.append(f"\n{o.item.id} [{o.event}] {o.item.text!r}")
                lines.extend(f"  {r.value}: want {o.item.terms[r]} got {o.found[r]!r}" for r in wrong)
    return "\n".join(lines)


def main() -> None:
    args = fiction_options(__doc__.split("\n\n")[0], GOLD, "list each wrong role with what was found")
    print(report(run(read_gold(args.gold)), errors=args.errors))


if __name__ == "__main__":
    main()
