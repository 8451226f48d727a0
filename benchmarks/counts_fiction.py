"""How often the pipeline gives the right death toll and modality on news items written to test them.

The real-news splits are small (a test event is ~1.3 points of a field figure) and rules tuned on dev
sentences did not carry to test, so this script measures the GENERAL behaviour on a gold of our own:
``benchmarks/gold/counts/fiction.jsonl`` holds short news items (fiction in wire style, written for
sitreps across many conflicts and outlet styles), each with the event family it tells, the pattern it
exercises (another incident's toll in the same article, attackers killed by the forces they attacked,
a war's cumulative toll, "killed or wounded", hedges, one side's charge, a denial, a round-up, "nobody
was killed"), the death toll the analyst codes (``[low, high]``, null for none) and the modality.
``batch`` says whether the item was written before the round's fixes ("first"; round 12: "third") or
after ("second"; round 12: "fourth"; round 13: "fifth"; round 14: "sixth" before, "seventh" after;
round 15b: "eighth" before, in ``round15b.jsonl``, "ninth" after, in ``round15b_after.jsonl``, each
scored with ``--gold``; round 16: "tenth" before, whole articles in ``round16.jsonl``, "eleventh" after, in
``round16_after.jsonl``): a batch written after is the honest measure of what carries to text nobody tuned on.

Each item is ingested, processed and linked in a fresh database of its own and scored as ``evaluate.realnews``
scores a row (``fatalities_right``, ``modality_right``); the row scored is the item's row of its
family told first (``actors_fiction.scored_row``), or, for an item naming a ``trigger`` (a whole article
telling several incidents), the row whose mention's trigger holds that word (``dates_fiction.holding``).
The baseline is what giving every row no toll and "reported" would score.

    nice python benchmarks/counts_fiction.py [--gold PATH] [--errors]
"""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from actors_fiction import scored_row  # the sibling script: run from benchmarks/ as a script
from dates_fiction import holding
from sitreps.evaluate.fiction_options import fiction_options
from sitreps.evaluate.realnews_fields import MODALITIES_ACCEPTED, modality_of, stated_fatalities
from sitreps.evaluate.single_text import rows_of_text

GOLD = Path(__file__).resolve().parent / "gold" / "counts" / "fiction.jsonl"


@dataclass(frozen=True)
class Item:
    """One fiction news item, its coded toll and modality."""

    id: str
    batch: str
    pattern: str
    family: str
    text: str
    fatalities: tuple[int, int] | None
    modality: str
    trigger: str | None = None


@dataclass(frozen=True)
class Outcome:
    item: Item
    event: str | None
    toll: int | None
    modality: str | None
    toll_right: bool
    modality_right: bool


def read_gold(path: Path) -> list[Item]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            toll = tuple(r["fatalities"]) if r["fatalities"] is not None else None
            items.append(Item(r["id"], r["batch"], r["pattern"], r["family"], r["text"], toll, r["modality"],
                              r.get("trigger")))
    return items


def toll_right(toll: int | None, gold: tuple[int, int] | None) -> bool:
    """``evaluate.realnews_fields.fatalities_right`` on a toll already read off a row."""
    if gold is None:
        return toll is None
    return gold[1] == 0 if toll is None else gold[0] <= toll <= gold[1]


def modality_agrees(modality: str, gold: str) -> bool:
    return modality in MODALITIES_ACCEPTED.get(gold, {gold})


def run(items: Sequence[Item]) -> list[Outcome]:
    """Every item's row scored."""
    outcomes = []
    with tempfile.TemporaryDirectory(prefix="sitreps-counts-") as tmp:
        for item in items:
            told = rows_of_text(item.text, item.id, Path(tmp))
            row = (holding(told.rows, item.trigger.lower(), told.mentions) if item.trigger else None) \
                or scored_row(told.rows, item.family)
            toll = stated_fatalities(row) if row else None
            modality = modality_of(row) if row else None
            outcomes.append(Outcome(item, row.type if row else None, toll, modality,
                                    toll_right(toll, item.fatalities),
                                    modality is not None and modality_agrees(modality, item.modality)))
    return outcomes


def _share(hits: Sequence[bool]) -> str:
    return f"{sum(hits) / len(hits):6.3f}" if hits else "   -  "


def report(outcomes: Sequence[Outcome], *, errors: bool) -> str:
    lines = [f"{'group':22} {'n':>3} {'toll':>6} {'modality':>8}"]
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        groups[outcome.item.pattern].append(outcome)
        groups[f"batch {outcome.item.batch}"].append(outcome)
    for name in sorted(groups):
        group = groups[name]
        lines.append(f"{name:22} {len(group):3} {_share([o.toll_right for o in group]):>6} "
                     f"{_share([o.modality_right for o in group]):>8}")
    lines.append(f"{'ALL':22} {len(outcomes):3} {_share([o.toll_right for o in outcomes]):>6} "
                 f"{_share([o.modality_right for o in outcomes]):>8}")
    baseline_toll = [toll_right(None, o.item.fatalities) for o in outcomes]
    baseline_modality = [modality_agrees("reported", o.item.modality) for o in outcomes]
    lines.append(f"{'baseline (none, reported)':22} {len(outcomes):3} {_share(baseline_toll):>6} "
                 f"{_share(baseline_modality):>8}")
    if errors:
        for o in outcomes:
            if not (o.toll_right and o.modality_right):
                lines.append(f"\n{o.item.id} [{o.event}] {o.item.text!r}")
                lines.append(f"  toll: want {o.item.fatalities} got {o.toll}; modality: want {o.item.modality} "
                             f"got {o.modality}")
    return "\n".join(lines)


def main() -> None:
    args = fiction_options(__doc__.split("\n\n")[0], GOLD, "list each wrong item with what was found")
    print(report(run(read_gold(args.gold)), errors=args.errors))


if __name__ == "__main__":
    main()
