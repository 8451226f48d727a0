"""How often the pipeline gives a news item the ACLED sub-event type an analyst would give it.

The real-news splits are small and the typing rules fitted dev (sub-type dev 0.868, test 0.694), so
this script measures typing on a gold of our own: ``benchmarks/gold/subtypes/fiction.jsonl`` holds
short news items (fiction in wire style, written for sitreps across many conflicts and outlet
styles), each with the ACLED sub-event type an analyst would give its main event and the codebook
distinction it exercises (armed clash against attack, attack against abduction, the kinds of remote
violence, the kinds of unrest, territory, arrests, looting, sexual violence, disrupted weapons use).

Each item is ingested, processed and linked in a fresh database of its own, as ``evaluate.realnews``
does for an article set (items share countries and armed groups but are not reports of one event), and the row
scored is the item's row told first among those that map to an ACLED sub-type (an item tells its
main event first), so the figures include what consolidation and linking's consensus make of the
mentions' types. ``any`` says how often some row of the item has the gold sub-type. The baseline
printed with it is what giving every item the commonest gold sub-type would score.

Per sub-type precision, recall and F1 follow, and their macro average over every ACLED sub-type that
the gold or the answers hold (an item with no coded row is a miss of its gold sub-type), with the
commonest-sub-type baseline's macro-F1 beside it: ``notes.jsonl`` (ACLED-style event notes, six of
each of the 25 sub-types) is scored by that macro-F1, where a rare class weighs as much as a common one.

    nice python benchmarks/subtypes_fiction.py [--gold PATH] [--errors]
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sitreps.evaluate.fiction_options import fiction_options
from sitreps.evaluate.realnews_fields import field_of
from sitreps.evaluate.single_text import rows_of_text
from sitreps.extract.taxonomy import load_taxonomy
from sitreps.models import Event

GOLD = Path(__file__).resolve().parent / "gold" / "subtypes" / "fiction.jsonl"
NO_ROW = "(none)"


@dataclass(frozen=True)
class Item:
    """One fiction news item and the ACLED sub-type of its main event."""

    id: str
    subtype: str
    distinction: str
    text: str


@dataclass(frozen=True)
class Outcome:
    """The sub-type of the item's scored row and every sub-type its rows carry."""

    item: Item
    found: str
    found_type: str | None
    every: frozenset[str]


def read_gold(path: Path) -> list[Item]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            items.append(Item(record["id"], record["subtype"], record["distinction"], record["text"]))
    return items


def _told_at(event: Event, triggers: dict[str, int]) -> tuple[int, int]:
    """Where the row's type is first told: its sentence, then its first trigger in it (one sentence
    often tells two events: "rebels took the town after troops fled")."""
    kind = field_of(event, "type")
    spans = [e.start for c in (kind.candidates if kind else []) for e in c.evidence]
    return min(spans, default=0), min((triggers.get(m.mention_id, 0) for m in event.mentions), default=0)


def _subtype(type_id: str) -> str | None:
    acled = load_taxonomy().get(type_id).acled
    return acled.sub_event_type if acled else None


def _rows(item: Item, folder: Path) -> list[Event]:
    """The rows of one item (linked in a database of its own), in the order their triggers are told."""
    told = rows_of_text(item.text, item.id, folder)
    triggers = {mention_id: m.trigger.start for mention_id, m in told.mentions.items()}
    return sorted(told.rows, key=lambda row: _told_at(row, triggers))


def run(items: Sequence[Item]) -> list[Outcome]:
    """Every item's first row that maps to an ACLED sub-type."""
    outcomes = []
    with tempfile.TemporaryDirectory(prefix="sitreps-subtypes-") as tmp:
        for item in items:
            rows = _rows(item, Path(tmp))
            coded = [(row, sub) for row in rows if (sub := _subtype(row.type))]
            found, found_type = (coded[0][1], coded[0][0].type) if coded else (NO_ROW, rows[0].type if rows else None)
            outcomes.append(Outcome(item, found, found_type, frozenset(sub for _, sub in coded)))
    return outcomes


def _share(hits: int, total: int) -> str:
    return f"{hits / total:6.3f}" if total else "   -  "


@dataclass(frozen=True)
class ClassScore:
    """Precision, recall and F1 of one sub-type over the items (an item's answer is its first coded row)."""

    subtype: str
    gold: int
    found: int
    right: int

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def class_scores(pairs: Sequence[tuple[str, str]]) -> list[ClassScore]:
    """One score per sub-type that a (gold, found) pair names; "no row" is a miss, never a class."""
    gold = Counter(g for g, _ in pairs)
    found = Counter(f for _, f in pairs if f != NO_ROW)
    right = Counter(g for g, f in pairs if g == f)
    return [ClassScore(name, gold[name], found[name], right[name]) for name in sorted(set(gold) | set(found))]


def macro_f1(scores: Sequence[ClassScore]) -> float:
    return sum(s.f1 for s in scores) / len(scores) if scores else 0.0


def _class_table(outcomes: Sequence[Outcome]) -> list[str]:
    pairs = [(o.item.subtype, o.found) for o in outcomes]
    scores = class_scores(pairs)
    lines = [f"\n{'sub-type':36} {'gold':>4} {'found':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    lines.extend(f"{s.subtype:36} {s.gold:4} {s.found:5} {_share(s.right, s.found)} {_share(s.right, s.gold)} "
                 f"{s.f1:6.3f}" for s in scores)
    commonest = Counter(g for g, _ in pairs).most_common(1)
    baseline = class_scores([(g, commonest[0][0]) for g, _ in pairs]) if commonest else []
    blank = " " * 21
    lines.append(f"{'MACRO-F1':36} {len(outcomes):4} {blank} {macro_f1(scores):6.3f}")
    lines.append(f"{'baseline (commonest) macro-F1':36} {len(outcomes):4} {blank} {macro_f1(baseline):6.3f}")
    return lines


def report(outcomes: Sequence[Outcome], *, errors: bool) -> str:
    by_distinction: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_distinction[outcome.item.distinction].append(outcome)
    lines = [f"{'distinction':18} {'n':>3} {'first':>6} {'any':>6}"]
    for name in sorted(by_distinction):
        group = by_distinction[name]
        lines.append(f"{name:18} {len(group):3} {_share(sum(o.found == o.item.subtype for o in group), len(group))} "
                     f"{_share(sum(o.item.subtype in o.every for o in group), len(group))}")
    right = sum(o.found == o.item.subtype for o in outcomes)
    lines.append(f"{'ALL':18} {len(outcomes):3} {_share(right, len(outcomes))} "
                 f"{_share(sum(o.item.subtype in o.every for o in outcomes), len(outcomes))}")
    commonest = Counter(o.item.subtype for o in outcomes).most_common(1)
    baseline = commonest[0][1] if commonest else 0
    lines.append(f"{'baseline (commonest)':18} {len(outcomes):3} {_share(baseline, len(outcomes))}")
    lines.extend(_class_table(outcomes))
    confusions = Counter((o.item.subtype, o.found) for o in outcomes if o.found != o.item.subtype)
    if confusions:
        lines.append("\nconfusions (gold -> found):")
        lines.extend(f"  {n:2}  {gold} -> {found}" for (gold, found), n in confusions.most_common())
    if errors:
        for o in outcomes:
            if o.found != o.item.subtype:
                lines.append(f"\n{o.item.id} want {o.item.subtype!r} got {o.found!r} [{o.found_type}]")
                lines.append(f"  {o.item.text!r}")
    return "\n".join(lines)


def main() -> None:
    args = fiction_options(__doc__.split("\n\n")[0], GOLD, "list each wrong item with what was found")
    print(report(run(read_gold(args.gold)), errors=args.errors))


if __name__ == "__main__":
    main()
