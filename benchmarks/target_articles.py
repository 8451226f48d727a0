"""How often a whole article's rows name the right target, event by event.

Fifteen rounds of one-sentence fiction raised fiction figures while the real-news test target barely
moved: real articles tell an event's other side a sentence or a paragraph away, merge its tellings
and carry background, quotes and near misses around it. This script scores the target (ACLED's
actor 2) on whole articles written for sitreps in the formats outlets publish (wire copy, a local
report, a live blog, an aggregator page, a feature, a round-up), each with several events.

``benchmarks/gold/actors/target_articles/articles_target_r16.jsonl`` holds one article a line: its ``text`` and its
``events``, each a ``cue`` (words of the article that tell the event, found verbatim in it), the
event ``family`` and the ``target_terms`` the row's target must contain, scored as
``evaluate.realnews_fields.actor_right`` scores a real-news row (``[]``: the text names nobody).
The row scored for an event is a row of the article one of whose mentions has its trigger, or the
trigger of a retelling merged into it, inside the cue, of the event's family if one is; an event with
no such row counts as missed (right only when its gold names nobody).

    nice python benchmarks/target_articles.py [--gold PATH] [--errors]
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sitreps import api
from sitreps.evaluate.fiction_options import fiction_options
from sitreps.evaluate.realnews_fields import actor_right, field_of
from sitreps.link.families import family_of
from sitreps.models import DocumentStatus, Event, EventMention, Role
from sitreps.store import open_store

GOLD = Path(__file__).resolve().parent / "gold" / "actors" / "target_articles" / "articles_target_r16.jsonl"
MENTIONS_READ = 100_000  # more than any fiction batch yields: every mention is read


@dataclass(frozen=True)
class GoldEvent:
    """One event of an article: the words that tell it, its family and the target's terms."""

    cue: str
    family: str
    terms: tuple[str, ...]


@dataclass(frozen=True)
class Article:
    """One fiction article and the events it tells."""

    id: str
    form: str
    text: str
    events: tuple[GoldEvent, ...]


@dataclass(frozen=True)
class Outcome:
    """The row chosen for one gold event, its target and whether it agrees."""

    article: str
    event: GoldEvent
    row_type: str | None
    found: str | None
    right: bool


def read_gold(path: Path) -> list[Article]:
    articles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            events = tuple(GoldEvent(e["cue"], e["family"], tuple(t.lower() for t in e["target_terms"]))
                           for e in record["events"])
            articles.append(Article(record["id"], record["format"], record["text"], events))
    return articles


def _triggers(mention: EventMention) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in (mention.trigger, *mention.retellings)]


def row_of(rows: Sequence[Event], mentions: dict[str, EventMention], text: str, gold: GoldEvent) -> Event | None:
    """The row one of whose mentions' triggers overlaps the cue, of the gold's family first."""
    start = text.find(gold.cue)
    if start < 0:
        return None
    end = start + len(gold.cue)
    told = [r for r in rows if any(s < end and start < e for m in r.mentions if m.mention_id in mentions
                                   for s, e in _triggers(mentions[m.mention_id]))]
    same = [r for r in told if family_of(r.type) == gold.family]
    return (same or told or [None])[0]


def target_label(event: Event | None) -> str | None:
    kind = field_of(event, "actor:target") if event else None
    return kind.candidates[0].label if kind and kind.candidates else None


def run(articles: Sequence[Article]) -> list[Outcome]:
    """Every article ingested, processed and linked in a fresh database; each gold event scored."""
    with tempfile.TemporaryDirectory(prefix="sitreps-targets-") as tmp:
        folder = Path(tmp)
        for article in articles:
            (folder / f"{article.id}.txt").write_text(article.text, encoding="utf-8")
        db = folder / "targets.db"
        api.ingest(sorted(folder.glob("*.txt")), db=db)
        api.process(db=db)
        with open_store(db) as store:
            documents = {Path(d.source_path or "").stem: d for d in store.iter_documents(DocumentStatus.PROCESSED)}
            events = store.query_events(limit=None)
            mentions = {m.id: m for _, m in store.query_mentions(limit=MENTIONS_READ)}
    outcomes = []
    for article in articles:
        document = documents.get(article.id)
        rows = [e for e in events if document and any(m.document_id == document.id for m in e.mentions)]
        for gold in article.events:
            row = row_of(rows, mentions, document.text if document else article.text, gold)
            right = actor_right(row, gold.terms, Role.TARGET.value) if row else not gold.terms
            outcomes.append(Outcome(article.id, gold, row.type if row else None, target_label(row), bool(right)))
    return outcomes


def report(outcomes: Sequence[Outcome], *, errors: bool) -> str:
    named = [o for o in outcomes if o.event.terms]
    lines = [f"events {len(outcomes)}: target right {sum(o.right for o in outcomes)} "
             f"({sum(o.right for o in outcomes) / max(len(outcomes), 1):.3f}); "
             f"named in gold {len(named)}, right {sum(o.right for o in named)}; "
             f"no row {sum(o.row_type is None for o in outcomes)}"]
    if errors:
        lines.extend(f"{o.article} [{o.row_type}] {o.event.cue!r}: want {list(o.event.terms)} got {o.found!r}"
                     for o in outcomes if not o.right)
    return "\n".join(lines)


def main() -> None:
    args = fiction_options(__doc__.split("\n\n")[0], GOLD, "list each wrong target with what was found")
    print(report(run(read_gold(args.gold)), errors=args.errors))


if __name__ == "__main__":
    main()
