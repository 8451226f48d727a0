"""Live blogs, topic pages and round-ups: entries kept apart, each entry's place and doer, on fiction.

Round 18 (issue #13 "Incidents within a document", issue #15 "place within tolerance"): pages that tell
several incidents, one per entry opened by a heading line, a time stamp, an "Update:" line or a place label,
under a page title that retells one entry or none. Each item of ``benchmarks/gold/pages/*.jsonl`` holds a
whole page with the retellings checks of ``benchmarks/retellings_fiction.py`` ("together", "apart") and two
more: "places" ([word, a part of the place name the word's incident must carry]) and "initiators" ([word, a
part of the initiator's text]). Batch "r18pages" was written before the round's changes, "r18pagesafter"
after them.

    nice python benchmarks/pages_fiction.py [--gold PATH] [--errors]
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from retellings_fiction import Item, judge
from sitreps.evaluate.fiction_options import fiction_options
from sitreps.evaluate.single_text import incident_holding, incidents_of_texts
from sitreps.models import EventMention, Role

GOLD = Path(__file__).resolve().parent / "gold" / "pages" / "r18.jsonl"

Verdict = tuple[str, tuple[str, str], str]


def field_checks(record: dict[str, list[list[str]]], text: str, incidents: list[EventMention]) -> list[Verdict]:
    """The place and initiator checks of one page: "right" when the word's incident carries the part wanted."""
    verdicts: list[Verdict] = []
    for side in ("places", "initiators"):
        for word, wanted in record.get(side, []):
            index = incident_holding(word, text, incidents)
            if index is None:
                verdicts.append((side, (word, wanted), "lost"))
                continue
            verdicts.append((side, (word, wanted), "right" if wanted.lower() in _value(side, incidents[index])
                             else "wrong"))
    return verdicts


def _value(side: str, incident: EventMention) -> str:
    """The incident's place name, or its initiators' texts, lowercased."""
    if side == "places":
        return (incident.place.name or "").lower() if incident.place is not None else ""
    return " | ".join(a.name for a in incident.actors if a.role is Role.INITIATOR).lower()


def main() -> None:
    args = fiction_options(__doc__, GOLD, "print each failed check with the page's incidents")
    records = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    tally: dict[tuple[str, str], list[str]] = defaultdict(list)
    for record, incidents in zip(records, incidents_of_texts([r["text"] for r in records]), strict=True):
        item = Item(record["id"], record["batch"], record["pattern"], record["text"],
                    [tuple(p) for p in record["together"]], [tuple(p) for p in record["apart"]])
        for side, pair, verdict in [*judge(item, incidents), *field_checks(record, item.text, incidents)]:
            tally[(item.batch, side)].append(verdict)
            if args.errors and verdict != "right":
                told = [(m.type, m.trigger.text, [s.text for s in m.retellings], m.place and m.place.name,
                         [a.name for a in m.actors if a.role is Role.INITIATOR]) for m in incidents]
                print(f"  {verdict} {item.id} {side} {pair}: {told}")
    print("batch          side        right/decided (lost: a word no incident holds)")
    for (batch, side), verdicts in sorted(tally.items()):
        right, lost = verdicts.count("right"), verdicts.count("lost")
        decided = len(verdicts) - lost
        print(f"{batch:14s} {side:11s} {right:3d}/{decided:3d}  (lost {lost})")


if __name__ == "__main__":
    main()
