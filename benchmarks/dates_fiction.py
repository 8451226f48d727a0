"""How often the pipeline gives an event the day it happened, on news items written to test it.

The real-news splits are small (a test event is ~1.3 points of the date figure) and rules tuned on
dev sentences did not carry to test, so this script measures the GENERAL behaviour on a gold of our
own: ``benchmarks/gold/dates/fiction.jsonl`` holds short news items (fiction in several outlets'
styles, written for sitreps: wire datelines, "late Tuesday", "overnight", "the previous day", "on the
21st", undated articles), each with the pattern it exercises, the publication date its header gives
(null: none), the page's address where an item gives one (``url``, read for the date it carries when
the header has none), a word of the trigger of the event scored and the day that event happened as ACLED
would code it (null: no day can honestly be given). Later batches sit beside it, each written at
one point of the work (``fiction_later.jsonl``; round 12: ``fiction_round12.jsonl`` before its fix,
``fiction_round12_after.jsonl`` after it; round 16, whole articles: ``fiction_round16.jsonl`` before,
``fiction_round16_after.jsonl`` after); pass one with ``--gold``.

Each item is ingested with a ``Published:`` header, processed and linked in a fresh database of its
own, as ``evaluate.realnews`` does; the row scored is the item's row with a mention whose trigger (else a
retelling) holds the item's trigger word, else its first row. A row's date is right as
``evaluate.realnews_fields.date_right`` scores it (the same day; within a week at week precision).
The baseline printed with it gives every dated item its publication day and an undated one none.

    nice python benchmarks/dates_fiction.py [--gold PATH] [--errors]
"""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sitreps.evaluate.fiction_options import fiction_options
from sitreps.evaluate.single_text import rows_of_text
from sitreps.models import DatePrecision, Event, EventMention

GOLD = Path(__file__).resolve().parent / "gold" / "dates" / "fiction.jsonl"
WEEK_DAYS = 7  # a week-precision gold day is met by any day within a week of it (as realnews_fields)


@dataclass(frozen=True)
class Item:
    """One fiction news item and the day its event happened."""

    id: str
    pattern: str
    published: str | None
    text: str
    trigger: str
    day: str | None
    precision: str


@dataclass(frozen=True)
class Outcome:
    item: Item
    found: str | None
    note: str | None


def read_gold(path: Path) -> list[Item]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            header = (f"Title: {r['title']}\n" + (f"Published: {r['published']}\n" if r["published"] else "")
                      + (f"URL: {r['url']}\n" if r.get("url") else ""))
            items.append(Item(r["id"], r["pattern"], r["published"], f"{header}\n{r['body']}\n",
                              r["trigger"].lower(), r["date"], r["precision"]))
    return items


def right(found: str | None, day: str | None, precision: str) -> bool:
    if day is None or found is None:
        return day is found
    gap = abs((date.fromisoformat(found[:10]) - date.fromisoformat(day)).days)
    return gap <= WEEK_DAYS if precision == "week" else gap == 0


def holding(rows: Sequence[Event], trigger: str, mentions: dict[str, EventMention]) -> Event | None:
    """The first row reporting a mention whose trigger holds ``trigger``, else the first whose retelling
    does (a headline retelling one incident may name another's: "drones hit Odesa, two dead in Kharkiv
    shelling"), else None."""
    def told(event: Event) -> list[EventMention]:
        return [mentions[m.mention_id] for m in event.mentions if m.mention_id in mentions]

    own = (e for e in rows if any(trigger in m.trigger.text.lower() for m in told(e)))
    retold = (e for e in rows if any(trigger in t.text.lower() for m in told(e) for t in m.retellings))
    return next(own, None) or next(retold, None)


def run(items: Sequence[Item]) -> list[Outcome]:
    """Each item ingested, processed and linked in a fresh database of its own (so that items telling
    alike events are not linked to each other), and its row scored."""
    return [_outcome(item) for item in items]


def _outcome(item: Item) -> Outcome:
    with tempfile.TemporaryDirectory(prefix="sitreps-dates-") as tmp:
        told = rows_of_text(item.text, item.id, Path(tmp))
    rows, mentions = told.rows, told.mentions
    row = holding(rows, item.trigger, mentions) or (rows[0] if rows else None)
    time = row.time if row is not None else None
    found = time.start if time is not None and time.precision is not DatePrecision.UNKNOWN else None
    return Outcome(item, found, time.note if time is not None else None)


def report(outcomes: Sequence[Outcome], *, errors: bool) -> str:
    by_pattern: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_pattern[outcome.item.pattern].append(outcome)

    def share(group: Sequence[Outcome], *, baseline: bool = False) -> str:
        hits = sum(right(o.item.published if baseline else o.found, o.item.day, o.item.precision) for o in group)
        return f"{hits / len(group):6.3f}"

    lines = [f"{'pattern':22} {'n':>3} {'date':>6}"]
    lines += [f"{p:22} {len(g):3} {share(g):>6}" for p, g in sorted(by_pattern.items())]
    lines.append(f"{'ALL':22} {len(outcomes):3} {share(outcomes):>6}")
    lines.append(f"{'baseline (published)':22} {len(outcomes):3} {share(outcomes, baseline=True):>6}")
    if errors:
        lines += [f"{o.item.id} [{o.item.pattern}] want {o.item.day} got {o.found} ({o.note})"
                  for o in outcomes if not right(o.found, o.item.day, o.item.precision)]
    return "\n".join(lines)


def main() -> None:
    args = fiction_options((__doc__ or "").split("\n\n")[0], GOLD, "list each wrong date with what was found")
    print(report(run(read_gold(args.gold)), errors=args.errors))


if __name__ == "__main__":
    main()
