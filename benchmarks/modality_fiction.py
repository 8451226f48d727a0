"""How often a linked row's modality is right on fiction: claimed acts, allegations, and near misses.

The real-news dev split holds a handful of claimed and alleged events, so this script measures the
GENERAL behaviour on a gold of our own: ``benchmarks/gold/modality/fiction.jsonl`` holds short news
items (fiction in wire style, written for sitreps across many conflicts and outlet styles, each with
a headline), the pattern each exercises, a word of the act (its first occurrence in the text) and
the modality its row must have. A party telling its own act with no other source is ``alleged``
(sitreps' value for ACLED's "claimed", which the real-news scorer accepts); a hedge or an accusation
is ``alleged``; the same act also told by residents, the other side or the writer is ``reported``.
Each item is ingested, processed and linked alone (``single_text.rows_of_text``); the row scored is
the one holding a mention whose trigger or retelling overlaps the word.

Batch "first" was written before the round-13 change to ``link.own_claims``; batch "after" after it,
so its figure is the honest one.

    nice python benchmarks/modality_fiction.py [--gold PATH] [--errors]
"""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sitreps.evaluate.fiction_options import fiction_options
from sitreps.evaluate.single_text import TextRows, rows_of_text

GOLD = Path(__file__).resolve().parent / "gold" / "modality" / "fiction.jsonl"


@dataclass(frozen=True)
class Item:
    """One fiction news item, the word of its act and the modality the act's row must have."""

    id: str
    batch: str
    pattern: str
    text: str
    word: str
    modality: str


def load(path: Path) -> list[Item]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            items.append(Item(r["id"], r["batch"], r["pattern"], r["text"], r["word"], r["modality"]))
    return items


def row_modality(item: Item, found: TextRows) -> str | None:
    """The modality of the row holding the item's word, or None when no row holds it."""
    start = item.text.find(item.word)
    if start < 0:
        raise ValueError(f"{item.id}: {item.word!r} is not in the item's text")
    end = start + len(item.word)
    for row in found.rows:
        for ref in row.mentions:
            mention = found.mentions[ref.mention_id]
            if any(s.start < end and start < s.end for s in (mention.trigger, *mention.retellings)):
                return next((str(f.value) for f in row.fields if f.field == "modality"), None)
    return None


def main() -> None:
    options = fiction_options(__doc__, GOLD, "print each item whose row has another modality")
    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    with tempfile.TemporaryDirectory(prefix="sitreps-modality-") as tmp:
        for item in load(options.gold):
            got = row_modality(item, rows_of_text(item.text, item.id, Path(tmp)))
            total[item.batch] += 1
            right[item.batch] += got == item.modality
            if options.errors and got != item.modality:
                print(f"{item.id} ({item.pattern}): {got} vs gold {item.modality}")
    for batch in total:
        print(f"{batch}: {right[batch]}/{total[batch]} rows of the right modality")


if __name__ == "__main__":
    main()
