"""How often one article's retellings become one incident, and distinct incidents stay apart, on fiction.

The real-news dev split is small and its excess rows come from a few articles, so this script
measures the GENERAL within-article merge behaviour on a gold of our own:
``benchmarks/gold/retellings/fiction.jsonl`` holds short news items (fiction in wire style, written
for sitreps across many conflicts and outlet styles), each with the pattern it exercises (headline,
lead and quote; "the attack" deep in a body; a revised toll; a round-up of two towns; "Meanwhile
in X"; a second strike on another town; a background incident of another date; two named
detainees) and pairs of trigger words (the first occurrence of each string in the text) that must
end in ONE incident ("together") or in TWO ("apart"). Each item is processed alone (no linking
across articles); a word is found when an incident's trigger or one of its retellings overlaps it.

A pair whose word no incident holds fails (the extractor lost the event). Items of the "fresh"
batch were written after the round-11 changes, so their figure is the honest one. Round 12 added the
"r12" batch before its change (a change of territory and the withdrawal from its town) and the
"r12after" batch after it. Round 12b added "r12b" (strikes backing a ground fight at its town and day,
and near misses) before its change and "r12bafter" after it; that change retypes the merged incident,
which this script does not score (tests/extract/test_battle_strikes.py does). Round 13 added "r13"
(a district named in the lead and a village the gazetteer does not know in the body, and near misses)
before its change and "r13after" after it; round 13's parts change added "r13parts", written after its
changes (strikes placed in the province of the fight's town, a protest calm "until" the police
intervened, and near misses). Round 14 added "r14", written before its changes: 22 longer articles of
18 conflicts in wire, local press, live blog and press release styles, each telling one incident three to
five times (headline, lead, body detail, quote, a later recap with a revised toll or a coarser place), and
10 near misses (two towns of one region on one day, an attack days before, a round-up, "meanwhile in X",
two named detainees); and "r14after", written after the round's linking change and scored once before its
headline change (a province named by its namesake town in the headline), which it prompted; and
"r14late", written after both and scored once (the honest figure of round 14). Items may also name words
that tell no event and that no incident may hold ("absent": round 17's words that only raise, report or
describe another word's act: "troops appear to have been captured", "the army announced a withdrawal",
"bodies dispersed among the rubble"; batches "r17" and "r17after" of ``benchmarks/gold/retellings``).

Items may also name words whose incident must take a type ("types": [word, type id]), as the fight
stories of ``benchmarks/gold/fight_parts/*.jsonl`` do (round 14: one article's story of one fight is
one incident of the fight's type, its strikes in support no rows of their own; batch "r14" written
before the change in ``extract/ground_fight.py`` and ``extract/battle_strikes.py``, "r14after" after it). Round
15 added "r15" there (a fight's abductions and foreign air support, a raid's looting, arrests at a protest broken
up, and near misses) before its changes, "r15after" after the fight changes and "r15raid" after the raid change.
Round 16 added "r16" (whole articles: wire, local press, live blog, round-up, feature, a reprinted statement) and
"r16short" (short items), both written before its changes (a fight's strikes placed at a camp of its town or by
its bare name, arrests at a protest broken up), and "r16after", written after them. Round 18 added "r18" (whole
articles of fights told with their strikes and parts: a statement of no day, a live blog, an aggregator, a siege
paragraph beside a market strike) before its changes (a strike's own toll, a campaign told as a duration, "in a
separate statement") and "r18after" after them. Round 20 added ``headline_r20.jsonl`` (batch "r20", written before
its change): a headline's second incident told again in the body after "Separately"/"Meanwhile", and a headline's
cause chained by "after" that the body tells as part of the main fight, with near misses (another town, another day,
a cause told on its own); and ``ceded_r20.jsonl`` (batch "r20ceded", written after its change): a withdrawal "from
X town" and the words bound to it join the capture of X, a withdrawal from another town or weeks before stays apart;
and ``tolls_r20.jsonl`` (batch "r20tolls", written after its change): a toll raised in a sentence of its own ("the
death toll later rose to 15") keeps the body's retelling with the lead, a raised toll of another incident stays apart;
and ``support_r20.jsonl`` (batch "r20support", written after its change): a foreign force's strike told "in support
of" the ground operation at the fight's place and day joins the fight, another town or day stays apart.

    nice python benchmarks/retellings_fiction.py [--gold PATH] [--errors]
    nice python benchmarks/retellings_fiction.py --gold benchmarks/gold/fight_parts/r14.jsonl
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sitreps.evaluate.fiction_options import fiction_options
from sitreps.evaluate.single_text import incident_holding, incidents_of_texts
from sitreps.models import EventMention

GOLD = Path(__file__).resolve().parent / "gold" / "retellings" / "fiction.jsonl"


@dataclass(frozen=True)
class Item:
    """One fiction news item: the word pairs that must merge or stay apart, and the types words' incidents take."""

    id: str
    batch: str
    pattern: str
    text: str
    together: list[tuple[str, str]]
    apart: list[tuple[str, str]]
    types: list[tuple[str, str]] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)


def load(path: Path) -> list[Item]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            items.append(Item(record["id"], record["batch"], record["pattern"], record["text"],
                              [tuple(p) for p in record["together"]], [tuple(p) for p in record["apart"]],
                              [tuple(p) for p in record.get("types", [])], record.get("absent", [])))
    return items


def judge(item: Item, incidents: list[EventMention]) -> list[tuple[str, tuple[str, str], str]]:
    """Each check of the item: its side (together/apart/type), the words (or the word and its type), and the
    verdict: "right", "wrong", or "lost" when no incident holds a word (a detection miss, not a merge decision)."""
    verdicts: list[tuple[str, tuple[str, str], str]] = []
    for side, pairs in (("together", item.together), ("apart", item.apart)):
        for pair in pairs:
            a, b = (incident_holding(word, item.text, incidents) for word in pair)
            if a is None or b is None:
                verdicts.append((side, pair, "lost"))
            else:
                verdicts.append((side, pair, "right" if (a == b) == (side == "together") else "wrong"))
    for word, wanted in item.types:
        index = incident_holding(word, item.text, incidents)
        verdict = "lost" if index is None else "right" if incidents[index].type == wanted else "wrong"
        verdicts.append(("type", (word, wanted), verdict))
    for word in item.absent:  # a word that tells no event of its own: no incident may hold it
        verdicts.append(("absent", (word, ""), "right" if incident_holding(word, item.text, incidents) is None
                         else "wrong"))
    return verdicts


def main() -> None:
    args = fiction_options(__doc__, GOLD, "print each failed pair with the item's incidents")
    items = load(args.gold)
    tally: dict[tuple[str, str], list[str]] = defaultdict(list)
    for item, incidents in zip(items, incidents_of_texts([i.text for i in items]), strict=True):
        for side, pair, verdict in judge(item, incidents):
            tally[(item.batch, side)].append(verdict)
            if args.errors and verdict != "right":
                told = [(m.type, m.trigger.text, [s.text for s in m.retellings], m.place and m.place.name,
                         m.time and m.time.start) for m in incidents]
                print(f"  {verdict} {item.id} ({item.pattern}) {side} {pair}: {told}")
    print("batch     side      right/decided (lost: a word no incident holds)")
    for (batch, side), verdicts in sorted(tally.items()):
        right, lost = verdicts.count("right"), verdicts.count("lost")
        decided = len(verdicts) - lost
        share = right / decided if decided else 0.0
        print(f"{batch:9s} {side:9s} {right:3d}/{decided:3d} = {share:.3f}  (lost {lost})")


if __name__ == "__main__":
    main()
