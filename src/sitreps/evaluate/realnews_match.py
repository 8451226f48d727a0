"""Which gold event each linked row reports: triggers inside anchor sentences.

A mention reports a gold event when its trigger, or the trigger of one of the
retellings merged into it (headline, lead, quote), overlaps one of the event's
anchors in that article; a row (a linked event) reports every gold event one of
its mentions reports. Triggers, not whole sentences, decide, so a long sentence
that happens to contain an anchor does not make every mention in it a hit.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sitreps.evaluate.realnews_fields import place_within
from sitreps.evaluate.realnews_gold import GoldEvent, GoldSet
from sitreps.models import Document, Event, EventMention

Range = tuple[int, int]


@dataclass(frozen=True)
class RowMention:
    """One report inside a row: the article it is in, the mention, and the gold events it reports."""

    article: str
    mention: EventMention
    gold_ids: frozenset[str]
    neutral: bool


@dataclass(frozen=True)
class Row:
    """A linked event as the event table shows it, with its reports matched to gold."""

    event: Event
    mentions: list[RowMention]

    @property
    def acled_scope(self) -> bool:
        return self.event.acled is not None

    @property
    def gold_ids(self) -> frozenset[str]:
        return frozenset(g for m in self.mentions for g in m.gold_ids)

    @property
    def neutral(self) -> bool:
        """No gold event, and every trigger in a sentence the coder tolerates."""
        return not self.gold_ids and all(m.neutral for m in self.mentions)

    def hits(self, gold_id: str, article: str | None = None) -> int:
        """How many of the row's mentions report this gold event (in one article, if named)."""
        return sum(gold_id in m.gold_ids and article in (None, m.article) for m in self.mentions)


@dataclass
class ArticleRows:
    """Per article: its document (None when ingest or processing dropped it) and unfound anchors."""

    document: Document | None
    missing_anchors: list[str] = field(default_factory=list)


def _ranges(text: str, needles: tuple[str, ...], missing: list[str]) -> list[Range]:
    found = []
    for needle in needles:
        start = text.find(needle)
        if start < 0:
            missing.append(needle)
        else:
            found.append((start, start + len(needle)))
    return found


def _overlaps(rng: Range, ranges: list[Range]) -> bool:
    return any(rng[0] < end and start < rng[1] for start, end in ranges)


def _at_its_place(hit: frozenset[str], mention: EventMention, gold_by_id: dict[str, GoldEvent]) -> frozenset[str]:
    """A sentence that anchors several gold events of one sub-type (a round-up: "bombings in Yala,
    Pattani and Songkhla" is one event per province) is told apart by place: a mention placed
    within the tolerance of one of them does not report its same-typed siblings elsewhere. Gold
    events of other sub-types in the sentence are kept, as before."""
    if len(hit) < 2:
        return hit
    placed = {gold_by_id[g].sub_event_type for g in hit if place_within(mention.place, gold_by_id[g])}
    return frozenset(g for g in hit if place_within(mention.place, gold_by_id[g])
                     or gold_by_id[g].sub_event_type not in placed)


def match_rows(events: list[Event], documents: dict[str, Document], gold: GoldSet
               ) -> tuple[list[Row], dict[str, ArticleRows]]:
    """Every row with its mentions matched to gold events, and per-article bookkeeping."""
    articles = {key: ArticleRows(documents.get(key)) for key in gold.articles}
    anchors: dict[str, list[tuple[str, list[Range]]]] = {}
    neutral: dict[str, list[Range]] = {}
    for key, info in articles.items():
        if info.document is None:
            continue
        text = info.document.text
        anchors[key] = [(e.id, _ranges(text, e.anchors[key], info.missing_anchors))
                        for e in gold.events if key in e.anchors]
        neutral[key] = _ranges(text, gold.neutral.get(key, ()), info.missing_anchors)
    article_of = {d.id: key for key, d in documents.items()}
    gold_by_id = {e.id: e for e in gold.events}
    mentions = {(d.id, m.id): m for d in documents.values() for m in d.events}
    rows = []
    for event in events:
        reports = []
        for ref in event.mentions:
            article = article_of.get(ref.document_id)
            mention = mentions.get((ref.document_id, ref.mention_id))
            if article is None or mention is None:
                continue
            told = [(s.start, s.end) for s in (mention.trigger, *mention.retellings)]
            hit = _at_its_place(frozenset(gid for gid, ranges in anchors.get(article, [])
                                          if any(_overlaps(span, ranges) for span in told)), mention, gold_by_id)
            quiet = all(_overlaps(span, neutral.get(article, [])) for span in told)
            reports.append(RowMention(article, mention, hit, quiet))
        if reports:
            rows.append(Row(event, reports))
    return rows, articles
