"""How often the content of a deal or a demand stays out of the incidents, and acts told beside it stay in.

``benchmarks/gold/content/fiction.jsonl`` holds short news items (fiction in wire style, written for
sitreps across many conflicts and outlet styles), each with the pattern it exercises (a deal's terms,
a demand, a halt, an act urged on a side, the start of a record period, a standing deal referred to,
and near misses: acts told beside a truce or a demand) and two word lists: ``absent`` words (the
first occurrence of each string) that no incident may hold, and ``present`` words that an incident
must hold (its trigger or a retelling overlaps the word). Each item is processed alone.

The "first" batch was written with the round-12 rules (the same patterns as
tests/extract/test_agreement_content.py); the "fresh" batch was written after them and never tuned
on, so its figure is the honest measure of how the rules carry to sentences nobody fitted.

    nice python benchmarks/content_fiction.py [--gold PATH] [--errors]
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sitreps.evaluate.fiction_options import fiction_options
from sitreps.evaluate.single_text import incident_holding, incidents_of_texts

GOLD = Path(__file__).resolve().parent / "gold" / "content" / "fiction.jsonl"


@dataclass(frozen=True)
class Item:
    """One fiction news item, the words no incident may hold and the words one must hold."""

    id: str
    batch: str
    pattern: str
    text: str
    absent: list[str]
    present: list[str]


def load(path: Path) -> list[Item]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            items.append(Item(record["id"], record["batch"], record["pattern"], record["text"],
                              record["absent"], record["present"]))
    return items


def main() -> None:
    args = fiction_options(__doc__, GOLD, "print each failed word with the item's incidents")
    items = load(args.gold)
    tally: dict[tuple[str, str], list[bool]] = defaultdict(list)
    for item, incidents in zip(items, incidents_of_texts([i.text for i in items]), strict=True):
        for side, word_list, wanted in (("absent", item.absent, False), ("present", item.present, True)):
            for word in word_list:
                right = (incident_holding(word, item.text, incidents) is not None) == wanted
                tally[(item.batch, side)].append(right)
                if args.errors and not right:
                    print(f"  wrong {item.id} ({item.pattern}) {side} {word!r}: "
                          f"{[(m.type, m.trigger.text) for m in incidents]}")
    print("batch  side      right/words")
    for (batch, side), verdicts in sorted(tally.items()):
        print(f"{batch:6s} {side:9s} {sum(verdicts):3d}/{len(verdicts):3d} = {sum(verdicts) / len(verdicts):.3f}")


if __name__ == "__main__":
    main()
