"""Air strikes or shelling merged into one story of a ground fight are the armed clash.

ACLED codes remote violence where one side strikes from afar and no ground fight is reported: an
incident that a word of two armed sides fighting tells ("clashes raged ... as warplanes carried out
air strikes", "troops backed by drone strikes clashed with rebels", or "fought fierce battles in El
Obeid on Tuesday" and, in another sentence, "warplanes bombed RSF positions during the fighting")
tells an armed clash in which one side had air or artillery support. Consolidation merges the fight
word and the strike words into one incident and types it by the weapon (a weapon beats a bare
"attack"); the retype rules type "battled" by the jets its clause names. Both are right for an attack
and wrong for a fight, which this step puts back. A fight told over days ("fierce battles over the
previous few days") is a campaign, not the fight the day's strikes backed: those keep their type.

Relies on: the article's merged incidents with their ``retellings`` (``extract.consolidate``) and
the document they were read from. The types come from ``ground_fight`` in
``data/incident_kinds.yaml``, the fight words from ``ground_fight_words`` in ``data/en/triggers.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitreps.errors import ConfigError
from sitreps.extract.english import words
from sitreps.extract.kinds_file import kinds_data
from sitreps.extract.placename import toponym_in
from sitreps.extract.places import locative_places
from sitreps.models import DatePrecision, EventMention, Place, PlacePrecision, Span
from sitreps.resolve.normalise import fold
from sitreps.resolve.times import resolve_time

LISTS = "triggers"
# A participle that modifies a noun names no fight of its own ("five wars fought since 2008", spaCy's
# English label of a reduced relative clause) unless it names the side fought (the parse also hangs
# "troops backed by drone strikes clashed with rebels" so): an object, or a phrase of ``side_prepositions``.
REDUCED_RELATIVE_DEP = "acl"
# spaCy's English label of a relative clause ("fighters, who have held it since August").
RELATIVE_CLAUSE_DEP = "relcl"
OBJECT_DEP = "dobj"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})  # "[fighting] intensified": the noun's clause verb tells its course
MODIFIER_DEP = "amod"  # "[escalating] clashes"
PREPOSITION_DEP = "prep"
# spaCy's English label of a time phrase ("on Tuesday", "over the previous few days").
DATE_LABEL = "DATE"
# Any date serves to read how long a time phrase lasts: only its precision is asked.
STAND_IN_DATE = "2001-01-01"
# A fight dated to a week or longer spans days (real-news dev: "fierce battles ... over the previous few days"
# beside the day's bombardment, which the gold codes as its own shelling).
SPANS_OF_DAYS = frozenset({DatePrecision.WEEK, DatePrecision.MONTH, DatePrecision.YEAR})
OVER_DAYS = "over days"
# The Penn tag of a plural noun: the head of a time phrase that counts units of time ("months", "two years").
PLURAL_NOUN_TAG = "NNS"


@dataclass(frozen=True)
class GroundFight:
    """``ground_fight`` of ``data/incident_kinds.yaml``: the remote types a ground fight overrides."""

    remote: frozenset[str]
    becomes: str


@lru_cache(maxsize=1)
def ground_fight() -> GroundFight:
    """The ``ground_fight`` section of ``data/incident_kinds.yaml``, read once."""
    try:
        section = kinds_data()["ground_fight"]
        return GroundFight(remote=frozenset(section["remote"]), becomes=str(section["becomes"]))
    except (KeyError, TypeError) as error:
        raise ConfigError(f"data/incident_kinds.yaml: 'ground_fight' needs remote and becomes ({error})") from error


def _fight_word(doc: Doc, span: Span) -> Token | None:
    """The word's head when it tells two armed sides fighting: a fight word that names its sides if it
    modifies a noun ("five wars fought since 2008" tells none)."""
    words_of = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words_of is None or not len(words_of):
        return None
    root = words_of.root
    sides = any(c.dep_ == OBJECT_DEP or (c.dep_ == PREPOSITION_DEP and c.lower_ in words(LISTS, "side_prepositions"))
                for c in root.children)
    fight = root.lemma_.lower() in words(LISTS, "ground_fight_words") and (root.dep_ != REDUCED_RELATIVE_DEP or sides)
    return root if fight and not _trend(root) else None


def _trend(fight: Token) -> bool:
    """Whether a fight word is told as a trend ("fighting between the army and the militants intensified across
    the province", "escalating clashes", "the fighting has worsened"): a war's course over days, not the
    day's fight a strike backed. Round 23, issue #13 "Types": a drone strike told "as fighting intensified"
    was retyped as the armed clash (own fiction of five conflicts, tests/extract/test_trend_fights.py)."""
    trends = words(LISTS, "trend_verbs")
    verb = fight.head if fight.dep_ in SUBJECT_DEPS else fight
    return verb.lemma_.lower() in trends or any(c.dep_ == MODIFIER_DEP and c.lemma_.lower() in trends
                                                 for c in fight.children)


def _on_one_day(sentences: Sequence[SpacySpan]) -> bool:
    """Whether the story's sentences date nothing to a span of days and name no two days. "Fierce battles
    over the previous few days" tell a campaign, not the fight that one day's bombardment backed (ACLED codes
    that bombardment apart); "clashes on Tuesday" and strikes "on Saturday", or "last month", are two
    incidents that an article of no publication date could not tell apart by their dates."""
    dates = [_day_or_span(e) for sentence in sentences for e in sentence.ents
             if e.label_ == DATE_LABEL and not _in_relative_clause(e.root)]
    return OVER_DAYS not in dates and len({d for d in dates if d is not None}) <= 1


def _in_relative_clause(token: Token) -> bool:
    """Whether a time phrase lies in a relative clause, which describes a party or a place rather than dating the
    story ("JNIM fighters, who have controlled it since August"; "the town, which fell last year"): its span is no
    campaign of the fight. Round 16, issue #13: own fiction of an offensive on a town held "since August"."""
    return any(t.dep_ == RELATIVE_CLAUSE_DEP for t in (token, *token.ancestors))


def _day_or_span(phrase: SpacySpan) -> str | None:
    """The day a time phrase names, or ``OVER_DAYS`` when it counts a plural of time units that names no day
    ("for more than two years", "for months", "in recent weeks"): a duration, whatever its number, is a
    campaign's span. Round 18, issue #13: the resolver reads no date from such a phrase, so a strike story that
    absorbed "fighting around the town has been frequent for months" was retyped as that fight (own fiction of
    Burkina Faso, Sudan, Myanmar). "Two days ago" names its day and stays one."""
    day = _day_of(phrase.text)
    return OVER_DAYS if day is None and phrase.root.tag_ == PLURAL_NOUN_TAG else day


@lru_cache(maxsize=1024)
def _day_of(words_of_time: str) -> str | None:
    """The day a time phrase names read against a stand-in day ("on Tuesday"), ``OVER_DAYS`` for a week or
    longer ("over the past week", "last month"), None for a phrase read as no day ("Thursday last week")."""
    time = resolve_time(words_of_time, STAND_IN_DATE)
    if time.precision in SPANS_OF_DAYS:
        return OVER_DAYS
    return time.start if time.precision is DatePrecision.DAY else None


def _places_named(sentence: SpacySpan) -> frozenset[str]:
    """The place names a sentence gives, after a locative preposition ("near Khiam") or as a phrase of
    its own ("bombed the village of Kafr Umeim-Gharbi"), as written (``extract.placename`` tells a
    place's name from an armed group's)."""
    phrases = [*locative_places(sentence, []), *sentence.noun_chunks]
    return frozenset(name.text for phrase in phrases if (name := toponym_in(phrase)) is not None)


def _country_wide(place: Place | None) -> bool:
    """Whether the incident is placed only in a whole country ("fighting broke out ... in Sudan"): a war's
    front, not one fight's area, so strikes "in Sudan" that day are no part of it."""
    return place is not None and place.precision is PlacePrecision.COUNTRY and place.name == place.country


def fought_on_ground(mention: EventMention, doc: Doc) -> bool:
    """Whether a fight word of one day tells the incident: the strikes merged with it are then parts of one
    story of one fight, which ACLED codes as the fight. The merge already found the fight and the strikes of
    one place, day and pair of sides (``extract.consolidate``), whether in one sentence ("clashes raged as
    warplanes carried out air strikes") or in two ("fought fierce battles in El Obeid on Tuesday ...
    warplanes bombed RSF positions during the fighting"). Round 14, issue #13: a fight word of another
    sentence was once no proof; own fiction of twelve fights in ten conflicts
    (``benchmarks/gold/fight_parts/r14.jsonl``, scored by ``benchmarks/retellings_fiction.py``) says it
    is, unless the story's sentences date a span of days or two days (``_on_one_day``)."""
    spans = (mention.trigger, *mention.retellings)
    if _country_wide(mention.place):
        return False
    heads = [(span, w.root) for span in spans
             if (w := doc.char_span(span.start, span.end, alignment_mode="expand")) is not None and len(w)]
    sentences = {head.sent.start: head.sent for _, head in heads}
    fought = {head.sent.start for span, head in heads if _fight_word(doc, span)}
    if not fought:
        return False
    fight_places = {fold(p) for start in fought for p in _places_named(sentences[start])}
    return _on_one_day(list(sentences.values())) and all(
        _at_fight_places(_places_named(sentence), fight_places) for sentence in sentences.values())


def _at_fight_places(named: frozenset[str], fight_places: set[str]) -> bool:
    """Whether a telling's sentence places its words at the fight: it names no place, or one of the fight's
    places (the fight's town beside a finer spot of it: "bombed positions in the Abu Shouk camp on the northern
    edge of El Fasher"; a town by its bare name beside "Ann township"), or the fight's sentences name none ("heavy
    fighting raged on the edge of the town": the story places it). A sentence naming only other places ("a village
    in Kachin State", two villages the gazetteer lacks) tells another front. Round 16, issue #13: the round-14
    check wanted every name of every sentence among the fight's, so a strike naming the town and a camp of it, or
    the town by a shorter name, kept its strike type (own fiction of Sudan, Mali, Myanmar)."""
    if not named or not fight_places:
        return True
    return any(_one_name(fold(name), place) for name in named for place in fight_places)


def _one_name(name: str, other: str) -> bool:
    """Whether two folded names are one place's: equal, or one the other's leading words ("ann", "ann township")."""
    short, long = sorted((name, other), key=len)
    return long == short or long.startswith(short + " ")


def with_ground_fights(mentions: Sequence[EventMention], doc: Doc,
                       retype: Callable[[EventMention, str], EventMention]) -> list[EventMention]:
    """The incidents, strikes told in one story with a ground fight of one day retyped as the clash."""
    rules = ground_fight()
    return [retype(m, rules.becomes) if m.type in rules.remote and fought_on_ground(m, doc) else m
            for m in mentions]
