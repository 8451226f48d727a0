"""What a pair of one article's incidents looks like to the learned same-incident merger.

Relies on: the article's incidents after the rules' consolidation (``extract.incidents``) and the parsed
document, and a sentence encoder for the cosines of ``extract.pair_meaning``. Gives: per ordered pair
(earlier, later), a vector of generic features (``FEATURES``, in that order) and whether the pair holds a
hard conflict no probability may overrule. The features name no word of any article: kinds and families
of the types, where and how the article tells each (sentence gap, headline and lead, quotes, an opener of
another incident between), whether place, day, toll and sides agree (``extract.agreement``), and how close
the encoder finds their sentences. ``extract.same_incident`` scores them; ``train.merger`` fits the weights.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Doc, Token

from sitreps.extract.agreement import (
    days,
    figures_agree,
    initiators_agree,
    is_local,
    places_agree,
    same_sides,
    same_spot,
    share_named_target,
    times_agree,
)
from sitreps.extract.english import words
from sitreps.extract.incident_time import stated_apart
from sitreps.extract.incidents import LEAD_SENTENCES, sentence_opens_new
from sitreps.extract.items import item_of
from sitreps.extract.kinds_file import kinds_data, type_kinds
from sitreps.extract.pair_meaning import MEANING_FEATURES, Meaning, meaning, meaning_features
from sitreps.link.embedding import Embedder
from sitreps.models import EventMention, Role, Span

FEATURES = (
    "same_type", "same_kind", "same_acled_event_type", "one_unkinded", "both_unkinded", "absorbs",
    "same_sentence", "adjacent_sentence", "log_sentence_gap", "first_in_lead", "later_in_lead",
    "first_in_headline", "first_in_quote", "later_in_quote", "later_refers_back", "opener_between", "other_item",
    "place_missing", "place_same_spot", "place_nested_or_same", "place_coarse", "day_missing", "day_same",
    "toll_both", "toll_agree", "toll_one", "initiators_agree", "initiators_both", "same_sides",
    "shared_named_target", "shared_actor",
    "log_incidents", "same_modality", "background_differs", *MEANING_FEATURES,
)
LISTS = "incidents"
# The sections of data/incident_kinds.yaml that fold one type into another's incident.
ABSORBING_SECTIONS = ("absorbs_when_bound", "absorbs_when_governed", "absorbs_when_sequenced")
# Quotation marks that open and close a quote; straight marks do both.
OPENING_QUOTES = "\u201c"
CLOSING_QUOTES = "\u201d"
STRAIGHT_QUOTES = '"'


@dataclass(frozen=True)
class Telling:
    """Where the article tells one incident: its trigger word, the sentence index, and the item it is in."""

    token: Token
    sentence: int
    item: int


@dataclass(frozen=True)
class Article:
    """An article's incidents, where each is told, which sentences open on another incident, and the
    encoder's vectors of their words."""

    incidents: Sequence[EventMention]
    told: list[Telling]
    opens: list[bool]
    meaning: Meaning


def article(doc: Doc, incidents: Sequence[EventMention], embed: Embedder) -> Article:
    """What the features read of the article, worked out once for all its pairs."""
    sentences = list(doc.sents)
    starts = [s.start for s in sentences]
    told = []
    for mention in incidents:
        token = _word_of(doc, mention.trigger) or doc[0]
        told.append(Telling(token, bisect_right(starts, token.i) - 1, item_of(doc, mention.trigger.start)))
    tellings = [[t.token, *(w for w in (_word_of(doc, r) for r in m.retellings) if w is not None)]
                for t, m in zip(told, incidents, strict=True)]
    return Article(incidents, told, [sentence_opens_new(s) for s in sentences], meaning(tellings, embed))


def _word_of(doc: Doc, span: Span) -> Token | None:
    """The head word of a trigger or retelling span of the document."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    return words.root if words is not None and len(words) else None


def in_quote(token: Token) -> bool:
    """Whether the word lies inside quotation marks of its sentence (a witness's or an official's words)."""
    before = token.doc.text[token.sent.start_char:token.idx]
    opened = sum(before.count(c) for c in OPENING_QUOTES) - sum(before.count(c) for c in CLOSING_QUOTES)
    return opened > 0 or before.count(STRAIGHT_QUOTES) % 2 == 1


def refers_back(token: Token) -> bool:
    """"The attack", "its offensive", or a verb whose subject is such a word: told before."""
    determiners = words(LISTS, "anaphoric_determiners")
    nouns = [token, *(c for c in token.children if c.dep_ in ("nsubj", "nsubjpass"))]
    return any(c.dep_ in ("det", "poss") and c.lower_ in determiners for noun in nouns for c in noun.children)


def hard_conflict(first: EventMention, later: EventMention) -> bool:
    """Two incidents no score may join: tolls that cannot agree, two local places neither of which lies
    in the other (or two countries), or two different stated days."""
    local = first.place is not None and later.place is not None and is_local(first.place) \
        and is_local(later.place)
    countries = first.place is not None and later.place is not None and bool(first.place.country) \
        and bool(later.place.country) and first.place.country != later.place.country
    return (not figures_agree(first, later, lead_total=False) or countries
            or (local and not places_agree(first.place, later.place))
            or stated_apart(first, later) or not times_agree(first.time, later.time))


def _kind_features(first: EventMention, later: EventMention) -> list[float]:
    kinds = type_kinds()
    same_acled = first.acled is not None and later.acled is not None \
        and first.acled.event_type == later.acled.event_type
    unkinded = [m.type not in kinds for m in (first, later)]
    return [first.type == later.type, kinds.get(first.type, first.type) == kinds.get(later.type, later.type),
            same_acled, any(unkinded) and not all(unkinded), all(unkinded), _absorbs(first.type, later.type)]


def _absorbs(first: str, later: str) -> bool:
    """Whether the rules let one of the two types fold into the other when one word governs, binds or
    follows the other (``data/incident_kinds.yaml``): a known part of one incident."""
    data = kinds_data()
    tables = [data[section] for section in ABSORBING_SECTIONS]
    return any(b in table.get(a, ()) for table in tables for a, b in ((first, later), (later, first)))


def _told_features(a: Telling, b: Telling, opener: bool) -> list[float]:
    gap = abs(b.sentence - a.sentence)
    return [gap == 0, gap == 1, math.log1p(gap), a.sentence < LEAD_SENTENCES, b.sentence < LEAD_SENTENCES,
            a.sentence == 0, in_quote(a.token), in_quote(b.token), refers_back(b.token), opener, a.item != b.item]


def _agreement_features(first: EventMention, later: EventMention) -> list[float]:
    place_missing = first.place is None or later.place is None
    coarse = not place_missing and not (is_local(first.place) and is_local(later.place))  # type: ignore[arg-type]
    day_a, day_b = days(first.time), days(later.time)
    tolls = [bool(first.counts), bool(later.counts)]
    initiators = [any(a.role is Role.INITIATOR for a in m.actors) for m in (first, later)]
    ids = ({a.actor_id for a in m.actors if a.actor_id} for m in (first, later))
    return [place_missing, same_spot(first.place, later.place),
            not place_missing and places_agree(first.place, later.place), coarse,
            day_a is None or day_b is None, day_a is not None and day_a == day_b,
            all(tolls), all(tolls) and figures_agree(first, later, lead_total=False), any(tolls) and not all(tolls),
            initiators_agree(first, later), all(initiators), same_sides(first, later),
            share_named_target(first, later), bool(set.intersection(*ids))]


def in_scope(first: EventMention, later: EventMention) -> bool:
    """Pairs the merger judges: both incidents of a type ACLED codes, the rows an analyst counts. A statement
    or an arrest told beside an attack is its own row of another table, not a retelling."""
    return first.acled is not None and later.acled is not None


def pair_features(told: Article, first: int, later: int) -> np.ndarray:
    """The feature vector (``FEATURES``) of incidents ``first`` and ``later`` (told after it) of one article."""
    a, b = told.incidents[first], told.incidents[later]
    low, high = sorted((told.told[first].sentence, told.told[later].sentence))
    opener = any(told.opens[low + 1:high + 1])
    values = [*_kind_features(a, b), *_told_features(told.told[first], told.told[later], opener),
              *_agreement_features(a, b), math.log(len(told.incidents)), a.modality == b.modality,
              a.background != b.background, *meaning_features(told.meaning, first, later)]
    return np.asarray(values, dtype=np.float64)
