"""What the linker compares: the linking features of one mention, or of an already linked event.

A ``LinkNode`` is built once per mention (or once per existing event that is
not being re-linked from its documents) so that pair scoring only reads plain
fields and never re-parses dates, places or names.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from sitreps.extract.implied_actors import IMPLIED_FLAG
from sitreps.link.actors import sides_named
from sitreps.link.families import family_of, groups_of
from sitreps.link.lent_times import own_stated
from sitreps.link.nesting import count_range as count_range_of
from sitreps.link.own_claims import claims_own_act
from sitreps.link.report_dates import lead_day, stated_time
from sitreps.link.shingles import signature
from sitreps.link.where import says_where, told_in_its_country
from sitreps.link.windows import Window, event_window, parse_start, stated_interval
from sitreps.models import DatePrecision, Document, Event, EventMention, Modality, Place, PlacePrecision


@dataclass
class LinkNode:
    """Linking features; ``key`` is the mention id, or ``event:<id>`` for an existing event."""

    key: str
    mention_ids: tuple[str, ...]
    document_id: str | None
    type: str
    family: str
    groups: frozenset[str]
    window: Window | None
    stated: Window | None
    place: Place | None
    actors: frozenset[str]
    sentence: str
    sentence_span: tuple[int, int] | None
    reported: str
    story: str = ""
    """The headline and lead of the mention's document: what the whole report is about."""
    lead: bool = False
    """The mention tells its document's main news (``tells_lead``); False for a stored event's node,
    which carries no spans of its documents."""
    lead_retellings: tuple[tuple[int, int], ...] = ()
    """Character ranges of the sentences of the mention's retellings that start within its document's story
    (``tells_lead``): the headline's incident told again in the lead, where the writer places it
    (``inherited_places``)."""
    headline: bool = False
    """The mention's sentence starts within its document's title: the headline, which names the
    main news in fewer (and coarser) words than the lead ("... in Kaduna church raid")."""
    place_confident: bool = True
    """Whether the place's country is one its article stands behind (``place_agrees``), or one its own
    sentence names beside an armed act (``told_in_its_country``: a round-up's "In Syria, ..."): only then can
    it gate or block the node apart from places in other countries. The article's own country
    (``article_country``) still reads ``place_agrees`` alone."""
    article_country: str | None = None
    """The one country every confidently located report of the mention's article names (``article_country``),
    None when they name several or none; stands in for the place of a mention its article does not locate."""
    news_day: Window | None = None
    """For an undated report of its article's main news (told in the lead, not background), the day
    the article's lead states for that news (``report_dates.lead_day``); None otherwise."""
    counts: dict[str, CountRange] = field(default_factory=dict)
    claimed: bool = False
    """The report's figures are a claim, not the writer's: told hedged or alleged (modality other than
    reported: "al-Shabaab said it had killed five soldiers") or as a party's claim of its own act
    (``own_claims.claims_own_act``); ``tolls.toll_similarity`` reads a far toll of such a report as
    neutral. False for a stored event's node, whose toll is the consensus."""
    actor_sides: frozenset[str] = frozenset()
    """The sides of the event (``actors.sides_named``: initiator, target) its actors are named on."""
    vector: np.ndarray | None = None
    story_vector: np.ndarray | None = None
    sentence_sig: np.ndarray = field(default_factory=lambda: np.zeros(0))

    @property
    def country(self) -> str | None:
        """The country of a place that says where (``where.says_where``) and that its article agrees with, else None.

        A bare country is mostly read off an actor ("the US military said", "Russian
        forces"), so it is no evidence of where the event happened and neither blocks
        nor gates; nor is a place geocoded to a country its article otherwise does not name.
        """
        if self.place is None or not says_where(self.place) or not self.place_confident:
            return None
        return self.place.country

    @property
    def where(self) -> str | None:
        """The country the event happened in as far as its report says: its own located place's,
        else its article's (a report placed nowhere, or only in a bare country, which is mostly read
        off an actor, is read as news of its article's country)."""
        return self.country or self.article_country

    @property
    def day(self) -> Window | None:
        """The time the report states, else the day its article's lead gives its news (``news_day``):
        what pair scoring compares. An undated detail of a lead ("air defences shot down several
        drones") is the lead's day; read as undated it bridged two strikes on one city two days apart.
        The gate between two reports of one article (``pair_gates.days_apart``) reads only stated times."""
        return self.stated if self.stated is not None else self.news_day

    @property
    def sort_key(self) -> tuple[str, str]:
        """Earliest report first, then by key: the order clustering visits nodes in."""
        return (self.reported or UNDATED_LAST, self.key)


ANCHORING = frozenset({DatePrecision.DAY, DatePrecision.WEEK})
"""Stated times precise enough to date the report that states them."""

CountRange = tuple[float, float]
"""The range a count allows: 12 -> (12, 12), "at least 10" -> (10, inf)."""

_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s|\n")

STORY_CHARS = 300
"""Characters of a document's text kept after its title as its story: the headline and lead
paragraph name the main event in every gold and dev report; more text brings in background."""


UNDATED_LAST = "\uffff"
"""Sorts after every ISO time: an undated report is visited (and named from) after dated ones."""


def report_time(document: Document) -> str:
    """When a document was written: its publication date, else "" (unknown).

    Not when it was ingested: that is when it was read, and, kept to the second, it made the
    order in which undated reports were clustered, the id of their event and their originators
    depend on how fast a batch was ingested (one real-news dev run in seven gave a row fewer
    when ingesting crossed a second). Undated reports sort last, by key (``UNDATED_LAST``).
    """
    return document.published_at or ""


def report_day(document: Document) -> date | None:
    """The day a document was written, for the windows of its undated mentions.

    Its publication date; failing that, the latest day its own mentions state (a
    report is written after the events it dates); failing that, unknown. The
    ingestion time is not used: archives are ingested months or years after
    they were written, and an undated report of 2019 must not be placed in the
    week it was read.
    """
    published = parse_start(document.published_at)
    if published is not None:
        return published
    stated = [
        interval[1]
        for m in document.events
        if m.time is not None and m.time.precision in ANCHORING
        for interval in [stated_interval(m.time)]
        if interval is not None
    ]
    return max(stated, default=None)


def actor_key(name: str, actor_id: str | None) -> str:
    """The canonical actor id where resolved, else the normalised name (matched fuzzily later)."""
    return f"id:{actor_id}" if actor_id else f"name:{' '.join(name.lower().split())}"


def document_nodes(document: Document) -> list[LinkNode]:
    """Linking features of every mention of a document, its article country found once."""
    country = article_country(document)
    news = lead_day(document)
    return [mention_node(m, document, country, news) for m in document.events]


def mention_node(mention: EventMention, document: Document, country: str | None = None,
                 news: str | None = None) -> LinkNode:
    """Linking features of one mention in its document; ``country`` is ``article_country(document)``
    and ``news`` is ``report_dates.lead_day(document)`` (``document_nodes`` finds both once for all
    the document's mentions)."""
    headline = bool(document.title) and mention.sentence.start < len(document.title or "")
    stated = own_stated(mention, headline)
    lead = tells_lead(mention, document)
    news_day = parse_start(news) if stated is None and lead and not mention.background else None
    return LinkNode(
        key=mention.id,
        mention_ids=(mention.id,),
        document_id=document.id,
        type=mention.type,
        family=family_of(mention.type),
        groups=groups_of(mention.type),
        window=event_window(mention.time, report_day(document)),
        stated=stated,
        place=_located(mention.place),
        # an actor the type implies ("protesters") is no evidence that two reports tell one event
        actors=frozenset(actor_key(a.name, a.actor_id) for a in mention.actors if a.review_flag != IMPLIED_FLAG),
        actor_sides=sides_named(a.role.value for a in mention.actors if a.review_flag != IMPLIED_FLAG),
        sentence=mention.sentence.text,
        sentence_span=(mention.sentence.start, mention.sentence.end),
        reported=report_time(document),
        story=story_of(document),
        lead=lead,
        lead_retellings=tuple(sentence_around(document.text, r.start, r.end) for r in mention.retellings
                              if in_story(r.start, document)),
        headline=headline,
        place_confident=place_agrees(mention, document) or told_in_its_country(mention),
        article_country=country,
        news_day=(news_day, news_day) if news_day is not None else None,
        counts=count_ranges((c.what, count_range(c.value, c.low, c.high)) for c in mention.counts),
        claimed=mention.modality is not Modality.REPORTED or claims_own_act(mention),
        sentence_sig=signature(mention.sentence.text),
    )


def tells_lead(mention: EventMention, document: Document) -> bool:
    """Whether the mention's sentence, or a retelling of it, starts within the document's story
    (headline and lead): the article's main news rather than an incident it mentions further down.

    The sentence, not the trigger word, decides: a lead is made of whole sentences, and a long lead
    sentence (or one behind a byline and a dateline) names its event past the cut ("... militants
    stormed a passenger train ..., officials said, in the worst attack this year"). Reading the
    trigger alone kept such leads from the lead term: on the real-news test split cross-outlet
    B-cubed recall 0.638 -> 0.695 (precision 0.849 -> 0.824), with no dev figure moved."""
    first = min([mention.sentence.start, *(r.start for r in mention.retellings)])
    return in_story(first, document)


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The character range of the sentence holding ``text[start:end]`` (a retelling's trigger): from after
    the last line break or sentence end before it to the next after it. An abbreviation's full stop only
    shortens the range, which then holds fewer of the sentence's words, never another sentence's."""
    before = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after = _SENTENCE_END.search(text, end)
    return before, after.start() + 1 if after is not None else len(text)


def in_story(start: int, document: Document) -> bool:
    """Whether a sentence starting at this character lies in the document's story: its title and the
    ``STORY_CHARS`` after it (the headline and lead)."""
    return start < STORY_CHARS + len(document.title or "")


def place_agrees(mention: EventMention, document: Document) -> bool:
    """Whether the mention's place is of a country its article's other reports also name, or of an
    article whose other reports name no country at all.

    A geocoder's namesake abroad (a Somali region read as one in Kenya, a word read as a town in
    another state) is a place of a country nothing else in the article names, while its other
    reports place their events (or their actors) elsewhere.
    """
    country = mention.place.country if mention.place is not None else None
    if not country:
        return True
    others = {m.place.country for m in document.events if m.id != mention.id and m.place is not None}
    others.discard(None)
    return not others or country in others


def article_country(document: Document) -> str | None:
    """The country of an article's news: the one country all its located places that their article
    agrees with (``place_agrees``) lie in; None when they lie in several (a live page of a regional
    war, a strike abroad told with its home front) or when none is located.

    Mentions placed nowhere are most of a real-news article's reports; without this, a placeless
    clash in a Pakistani article and one in a Ukrainian article meet no place gate at all.
    """
    countries = {
        m.place.country
        for m in document.events
        if m.place is not None and m.place.country and says_where(m.place) and place_agrees(m, document)
    }
    return next(iter(countries)) if len(countries) == 1 else None


def story_of(document: Document) -> str:
    """The document's title and lead, whitespace collapsed."""
    lead = " ".join(document.text[:STORY_CHARS].split())
    title = " ".join((document.title or "").split())
    return f"{title}. {lead}" if title and not lead.startswith(title) else lead


def count_range(value: int | None, low: int | None, high: int | None) -> CountRange:
    """The interval a stated count allows."""
    if value is not None:
        return float(value), float(value)
    return (float(low) if low is not None else 0.0, float(high) if high is not None else math.inf)


def count_ranges(items: Iterable[tuple[str, CountRange]]) -> dict[str, CountRange]:
    """Counts by normalised "what"; of two counts of one kind the first stated is kept."""
    found: dict[str, CountRange] = {}
    for what, (low, high) in items:
        key = " ".join(what.lower().split())
        if key not in found:
            found[key] = (low, high)
    return found


def event_node(event: Event) -> LinkNode:
    """Linking features of an existing event whose documents are not being re-added.

    Its text is the evidence of its ``type`` field (the reporting sentences), its
    actors every candidate of its actor fields, its time and place the consensus.
    """
    type_field = next((f for f in event.fields if f.field == "type"), None)
    sentences = [s.text for c in (type_field.candidates if type_field else []) for s in c.evidence]
    actors = frozenset(
        str(c.value) for f in event.fields if f.field.startswith("actor:") for c in f.candidates
    )
    text = " ".join(dict.fromkeys(sentences))
    counts = count_ranges(
        (f.field.split(":", 1)[1], count_range_of(f.value)) for f in event.fields if f.field.startswith("count:")
    )
    return LinkNode(
        key=f"event:{event.id}",
        mention_ids=tuple(m.mention_id for m in event.mentions),
        document_id=None,
        type=event.type,
        family=family_of(event.type),
        groups=groups_of(event.type),
        window=event_window(stated_time(event.time), parse_start(event.first_reported)),
        stated=stated_interval(stated_time(event.time)),
        place=_located(event.place),
        actors=actors,
        sentence=text,
        sentence_span=None,
        reported=event.first_reported or "",
        story=text,
        counts=counts,
        actor_sides=sides_named(f.field.split(":", 1)[1] for f in event.fields
                                if f.field.startswith("actor:") and f.candidates),
        sentence_sig=signature(text),
    )


def _located(place: Place | None) -> Place | None:
    """A place only when it says anything about location (unknown places compare as missing)."""
    if place is None or (place.precision is PlacePrecision.UNKNOWN and not place.country):
        return None
    return place
