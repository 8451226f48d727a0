"""Whether an older incident an article retells is flagged background and kept apart from the news, on fiction.

Features and reports retell specific earlier incidents ("a year ago, an air strike on the market
killed 40", "the town, which the rebels took in July", "the massacre of 2019"). Issue 13 wants
such incidents kept, flagged ``background`` (exports and the digest leave them out), and never
merged into today's incident. ``benchmarks/gold/retellings/background_r16b.jsonl`` holds whole
articles (fiction in wire, local press, feature and live-blog styles, written for sitreps), each
naming trigger words whose incident must be background ("background"), words whose incident must
be news ("news"), pairs that must end in two incidents ("apart"), and (round 17,
``benchmarks/gold/background/r17.jsonl``) words that must hold no incident at all ("none": a generic
statement, a war's running toll, a section heading, an "Also read:" line; right when no incident
holds them, wrong when one does, absorbed or on its own). A word is found when an incident's trigger
or one of its retellings overlaps its first occurrence; a word no incident holds is "lost" (a
detection miss, or the old incident dropped rather than flagged).

    nice python benchmarks/background_fiction.py [--gold PATH] [--errors]
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from sitreps.evaluate.fiction_options import fiction_options
from sitreps.evaluate.single_text import incident_holding, incidents_of_texts
from sitreps.models import EventMention

GOLD = Path(__file__).resolve().parent / "gold" / "retellings" / "background_r16b.jsonl"


def judge(item: dict, incidents: list[EventMention]) -> list[tuple[str, str, str]]:
    """Each check of the item: its side (background/news/apart), the word(s), and the verdict."""
    text = item["text"]
    verdicts = []
    for side, wanted in (("background", True), ("news", False)):
        for word in item.get(side, []):
            index = incident_holding(word, text, incidents)
            verdict = "lost" if index is None else "right" if incidents[index].background == wanted else "wrong"
            verdicts.append((side, word, verdict))
    for word in item.get("none", []):
        verdicts.append(("none", word, "right" if incident_holding(word, text, incidents) is None else "wrong"))
    for a, b in item.get("apart", []):
        first, second = incident_holding(a, text, incidents), incident_holding(b, text, incidents)
        verdict = "lost" if first is None or second is None else "right" if first != second else "wrong"
        verdicts.append(("apart", f"{a} / {b}", verdict))
    return verdicts


def main() -> None:
    args = fiction_options(__doc__, GOLD, "print each failed check with the item's incidents")
    items = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    tally: dict[tuple[str, str], list[str]] = defaultdict(list)
    for item, incidents in zip(items, incidents_of_texts([i["text"] for i in items]), strict=True):
        for side, words, verdict in judge(item, incidents):
            tally[(item["batch"], side)].append(verdict)
            if args.errors and verdict != "right":
                told = [(m.type, m.trigger.text, [s.text for s in m.retellings], m.time and m.time.start,
                         m.background) for m in incidents]
                print(f"  {verdict} {item['id']} {side} {words!r}: {told}")
    print("batch      side        right/decided (lost: a word no incident holds)")
    for (batch, side), verdicts in sorted(tally.items()):
        right, lost = verdicts.count("right"), verdicts.count("lost")
        decided = len(verdicts) - lost
        share = right / decided if decided else 0.0
        print(f"{batch:10s} {side:11s} {right:3d}/{decided:3d} = {share:.3f}  (lost {lost})")


if __name__ == "__main__":
    main()
