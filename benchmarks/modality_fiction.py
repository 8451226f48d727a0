"""How often a linked row's modality is right on fiction: claimed acts, allegations, and near misses.

The real-news dev split holds a handful of claimed and alleged events, so this script measures the
GENERAL behaviour on a gold of our own: ``benchmarks/gold/modality/*.jsonl`` hold short news
items (fiction in wire style, written for sitreps across many conflicts and outlet styles, each with
a headline), the pattern each exercises, a word of the act (its first occurrence in the text) and
the modality its row must have. A party telling its own act with no other source is ``alleged``
(sitreps' value for ACLED's "claimed", which the real-news scorer accepts); a hedge or an accusation
is ``alleged``; the same act also told by residents, the other side or the writer is ``reported``.
Each item is ingested, processed and linked alone (``single_text.rows_of_text``); the row scored is
the one holding a mention whose trigger or retelling overlaps the word.

``--stages`` also scores, per class (claimed, alleged, reported), the three stages a row's modality
passes through, so a fix goes where the share is lowest: the mention's source (``attribute/``: an
item's ``source`` word is in the source or a teller's, or ``""``: nobody is named), the claimant
decision (``link.own_claims.claims_own_act`` is true exactly for the claimed class) and the linked
row (``link.consensus``). The mention's own modality (alleged for the alleged class, else reported)
is scored beside them.

Batch "first" of ``fiction.jsonl`` was written before the round-13 change to ``link.own_claims``;
batch "after" after it. ``r14a.jsonl`` was written at the start of round 14 (before its fixes),
``r14b.jsonl`` after them: its figure is the honest one. Round 15 likewise: ``r15a.jsonl`` before its
fixes, ``r15b.jsonl`` after them. Round 16's ``r16a.jsonl`` (before), ``r16b.jsonl`` (after the first
fixes) and ``r16c.jsonl`` (after all of them) are whole articles (wire copy, a round-up, brief items, a
local outlet's report), several items to an article: each article is processed once and every item
scores its own act in it. Round 16c's ``r16d.jsonl`` was written before its fix, ``r16e.jsonl`` after it.
Round 17's ``r17a.jsonl`` (whole articles in messy real-copy style, written from the traced dev misses) and
``r17b.jsonl`` (written after round 17's measurements) are scored the same way; round 17 kept no code change.
Round 23's ``r23a.jsonl`` (whole articles, one to a few items each) was written before its changes.

    nice python benchmarks/modality_fiction.py [--gold PATH] [--errors] [--stages]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sitreps.evaluate.single_text import TextRows, rows_of_text
from sitreps.link.own_claims import claims_own_act
from sitreps.models import EventMention, Modality

GOLD = Path(__file__).resolve().parent / "gold" / "modality" / "fiction.jsonl"
STAGES = ("source", "mention", "claimant", "row")


@dataclass(frozen=True)
class Item:
    """One fiction news item, the word of its act and the modality the act's row must have."""

    id: str
    batch: str
    kind: str
    pattern: str
    text: str
    word: str
    modality: str
    source: str | None


def load(path: Path) -> list[Item]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            items.append(Item(r["id"], r["batch"], r["class"], r["pattern"], r["text"], r["word"], r["modality"],
                              r.get("source")))
    return items


def holding(item: Item, found: TextRows) -> tuple[EventMention | None, str | None]:
    """The mention holding the item's word and the modality of its row (None when no row holds it)."""
    start = item.text.find(item.word)
    if start < 0:
        raise ValueError(f"{item.id}: {item.word!r} is not in the item's text")
    end = start + len(item.word)
    for row in found.rows:
        for ref in row.mentions:
            mention = found.mentions[ref.mention_id]
            if any(s.start < end and start < s.end for s in (mention.trigger, *mention.retellings)):
                return mention, next((str(f.value) for f in row.fields if f.field == "modality"), None)
    return None, None


def stages(item: Item, mention: EventMention | None, row: str | None) -> dict[str, bool]:
    """Whether each stage got the item right (the source stage only where the item names its source)."""
    right = {"row": row == item.modality}
    if mention is None:
        return right | {"mention": False, "claimant": False} | ({} if item.source is None else {"source": False})
    right["mention"] = mention.modality is (Modality.ALLEGED if item.kind == "alleged" else Modality.REPORTED)
    right["claimant"] = claims_own_act(mention) == (item.kind == "claimed")
    if item.source is not None:
        sources = [a.source for a in (mention.attribution, *mention.tellers) if a is not None and a.source]
        right["source"] = (not sources) if not item.source else any(item.source in s.lower() for s in sources)
    return right


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=GOLD, help="the fiction gold (JSONL) to score")
    parser.add_argument("--errors", action="store_true", help="print each item a stage got wrong")
    parser.add_argument("--stages", action="store_true", help="score each stage per class")
    options = parser.parse_args()
    right: dict[tuple[str, str, str], int] = defaultdict(int)
    total: dict[tuple[str, str, str], int] = defaultdict(int)
    with tempfile.TemporaryDirectory(prefix="sitreps-modality-") as tmp:
        found: dict[str, TextRows] = {}  # one run per article: a whole article holds several items
        for item in load(options.gold):
            if item.text not in found:
                found[item.text] = rows_of_text(item.text, item.id, Path(tmp))
            mention, row = holding(item, found[item.text])
            for stage, ok in stages(item, mention, row).items():
                total[item.batch, item.kind, stage] += 1
                right[item.batch, item.kind, stage] += ok
                if options.errors and not ok and (options.stages or stage == "row"):
                    source = None if mention is None or mention.attribution is None else mention.attribution.source
                    print(f"{item.id} ({item.pattern}) {stage} wrong: row {row}, gold {item.modality}, "
                          f"source {source!r}")
    for batch in sorted({b for b, _, _ in total}):
        rows = [k for k in total if k[0] == batch and k[2] == "row"]
        print(f"{batch}: {sum(right[k] for k in rows)}/{sum(total[k] for k in rows)} rows of the right modality")
        if options.stages:
            for kind in sorted({k for b, k, _ in total if b == batch}):
                shares = [f"{s} {right[batch, kind, s]}/{total[batch, kind, s]}" for s in STAGES
                          if total[batch, kind, s]]
                print(f"  {kind}: " + ", ".join(shares))


if __name__ == "__main__":
    main()
