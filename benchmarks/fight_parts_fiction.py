"""Whether one article's story of one fight becomes one incident of the fight's type, on fiction.

ACLED codes one fight told by one article (one area, one day or no other day stated, one pair of
sides) as ONE event of the fight's main type; its parts (the air strikes or shelling in support, the
side that withdrew or surrendered, the fighters captured, the drones shot down, the looting during
it) are no rows of their own unless the text sets them apart (another town, another day,
"Separately", "In another attack", other victims). ``benchmarks/gold/fight_parts/*.jsonl`` holds
short news items written for sitreps (fiction in wire, local-press and live-blog styles, across many
conflicts): pairs of words (the first occurrence of each string) that must end in ONE incident
("together") or TWO ("apart"), and words whose incident must take a type ("types": the fight's
armed clash, not the air strike beside it). Each item is processed alone (no linking).

Round 14 (issue #13): batch "r14" was written before the change (extract/fight_parts.py), batch
"r14after" after it (the honest measure of generalisation).

    nice python benchmarks/fight_parts_fiction.py [--gold PATH] [--errors]
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sitreps.evaluate.fiction_options import fiction_options
from sitreps.evaluate.single_text import incident_holding, incidents_of_texts
from sitreps.models import EventMention

GOLD = Path(__file__).resolve().parent / "gold" / "fight_parts" / "r14.jsonl"


@dataclass(frozen=True)
class Item:
    """One fiction item: the word pairs that must merge or stay apart, and the types words' incidents take."""

    id: str
    batch: str
    pattern: str
    text: str
    together: list[tuple[str, str]]
    apart: list[tuple[str, str]]
    types: list[tuple[str, str]]


def load(path: Path) -> list[Item]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            items.append(Item(r["id"], r["batch"], r["pattern"], r["text"], [tuple(p) for p in r["together"]],
                              [tuple(p) for p in r["apart"]], [tuple(p) for p in r["types"]]))
    return items


def judge(item: Item, incidents: list[EventMention]) -> list[tuple[str, str, str]]:
    """Each check of the item: its side (together/apart/type), what it checks, and "right", "wrong" or
    "lost" (no incident holds a word: a detection miss, not a decision of this area)."""
    verdicts = []
    for side, pairs in (("together", item.together), ("apart", item.apart)):
        for pair in pairs:
            a, b = (incident_holding(word, item.text, incidents) for word in pair)
            verdict = "lost" if a is None or b is None else "right" if (a == b) == (side == "together") else "wrong"
            verdicts.append((side, str(pair), verdict))
    for word, wanted in item.types:
        index = incident_holding(word, item.text, incidents)
        verdict = "lost" if index is None else "right" if incidents[index].type == wanted else "wrong"
        verdicts.append(("type", f"{word} -> {wanted}", verdict))
    return verdicts


def main() -> None:
    args = fiction_options(__doc__, GOLD, "print each failed check with the item's incidents")
    items = load(args.gold)
    tally: dict[tuple[str, str], list[str]] = defaultdict(list)
    for item, incidents in zip(items, incidents_of_texts([i.text for i in items]), strict=True):
        for side, what, verdict in judge(item, incidents):
            tally[(item.batch, side)].append(verdict)
            if args.errors and verdict != "right":
                told = [(m.type, m.trigger.text, [s.text for s in m.retellings], m.place and m.place.name,
                         m.time and m.time.start) for m in incidents]
                print(f"  {verdict} {item.id} ({item.pattern}) {side} {what}: {told}")
    print("batch     side      right/decided (lost: a word no incident holds)")
    for (batch, side), verdicts in sorted(tally.items()):
        right, lost = verdicts.count("right"), verdicts.count("lost")
        decided = len(verdicts) - lost
        share = right / decided if decided else 0.0
        print(f"{batch:9s} {side:9s} {right:3d}/{decided:3d} = {share:.3f}  (lost {lost})")


if __name__ == "__main__":
    main()
