"""From the mentions of one article to its incidents: drop non-events, flag background, merge retellings.

Relies on: each mention with the trigger it was built from (``extract.mentions``).
Gives: the article's incidents in text order, each a mention with merged fields
(``extract.consolidate``), flagged ``background`` when dated well before the news.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from sitreps.annotate.doctext import doc_text, ents_in
from sitreps.extract.actor_checks import checked_actors, with_riot_sides
from sitreps.extract.answered import with_answered_sides
from sitreps.extract.apart_victims import with_told_victims
from sitreps.extract.background import is_background, is_followed_up
from sitreps.extract.claimants import with_claimant, with_loose_claimants
from sitreps.extract.clause_slots import inherited_subject
from sitreps.extract.consolidate import consolidate
from sitreps.extract.crowd_agent import with_crowd_agent
from sitreps.extract.crowd_arrests import with_crowd_arrests
from sitreps.extract.days_apart import measured_apart
from sitreps.extract.english import phrases, words
from sitreps.extract.eventness import Eventness, eventness
from sitreps.extract.force_killings import with_force_toll
from sitreps.extract.ground_fight import with_ground_fights
from sitreps.extract.implied_actors import with_implied_actors
from sitreps.extract.incident_kinds import incident_kinds
from sitreps.extract.items import item_of
from sitreps.extract.kinds_file import type_list
from sitreps.extract.lead_roles import with_lead_initiators
from sitreps.extract.memo import per_document
from sitreps.extract.protest_grievance import grievance_apart
from sitreps.extract.retelling import Told
from sitreps.extract.riot_property import without_riot_property
from sitreps.extract.story_targets import with_other_sides
from sitreps.extract.territory import with_foreign_ground
from sitreps.extract.towns_apart import towns_apart
from sitreps.extract.triggers import TriggerMatch
from sitreps.extract.unrest import in_unrest
from sitreps.extract.victim_figures import in_headline
from sitreps.models import EventMention
from sitreps.resolve.actors import ActorRegistry
from sitreps.resolve.reference import document_reference, url_month

LISTS = "incidents"
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# The trigger's own arguments, whose modifiers can mark a new incident.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "agent"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# A section heading glued to the next sentence is at most this many tokens long.
HEADING_TOKENS = 6
# Incidents whose initiator a claim of responsibility or a blame can name: the violent kind.
CLAIMABLE_KIND = "violence"
# Headline, standfirst and first sentence: where an article tells its main incident.
LEAD_SENTENCES = 3


@dataclass(frozen=True)
class Built:
    """A mention and what the article says around its trigger."""

    match: TriggerMatch
    mention: EventMention
    anaphoric: bool


def opens_new_incident(trigger: Token) -> bool:
    """Whether the trigger's sentence announces another incident ("Separately, ...", "meanwhile",
    "a new strike", "on the same day")."""
    if sentence_opens_new(trigger.sent):
        return True
    fresh = words(LISTS, "fresh_modifiers")
    nouns = [trigger, *(c for c in trigger.children if c.dep_ in ARGUMENT_DEPS)]  # "a new strike killed..."
    return any(c.dep_ in ("amod", "det") and c.lower_ in fresh for noun in nouns for c in noun.children)


@per_document  # asked for every trigger of the sentence and again by the lead's place
def sentence_opens_new(sentence: Span) -> bool:
    """Whether the sentence itself announces another incident: an opener, an adverb or a same-day phrase."""
    start = " ".join(sentence.text.lower().replace(",", " , ").split()[:4])
    if any(start == opener or start.startswith(opener + " ") for opener in phrases(LISTS, "new_incident_openers")) \
            and not _another_telling(sentence[0]):
        return True
    if any(t.dep_ == "advmod" and t.lower_ in words(LISTS, "new_incident_adverbs") for t in sentence):
        return True
    told = " ".join(sentence.text.lower().split())
    return any(pattern.search(told) for pattern in _same_day_patterns())


def _another_telling(first: Token) -> bool:
    """Whether an opener of another incident ("In a separate ...", "In another ...") opens on a party's
    published word ("In a separate statement, the air force said its jets bombed the fleeing insurgents"): what
    is separate is the telling, a second source on the story, not the incident; the place, day and sides
    guards of ``extract.consolidate`` still keep another incident it tells apart. Round 18, issue #13: own
    wire fiction (a Borno assault and the air force's own statement on its jets) kept the strike a row of its
    own beside the fight it backed. The nouns are ``statement_nouns`` of data/en/sources.yaml."""
    noun = next((c for c in first.children if c.dep_ == "pobj"), None)
    return noun is not None and noun.lemma_.lower() in words("sources", "statement_nouns")


@cache
def _same_day_patterns() -> tuple[re.Pattern[str], ...]:
    """The same-day phrases as whole words not followed by "as" ("on the same day", not "the same day
    as"), compiled once: every trigger's sentence is searched for them."""
    return tuple(re.compile(rf"\b{re.escape(phrase)}\b(?! as\b)") for phrase in phrases(LISTS, "same_day_phrases"))


def retells_victim(trigger: Token) -> bool:
    """Whether the event verb's passive subject is a pronoun ("He was reportedly arrested") or "the victims"
    ("The victims were attacked by gunmen firing from a hillock", round 27): the victim, and so the
    incident, was told before."""
    return any(c.dep_ == "nsubjpass" and (c.lower_ in words(LISTS, "victim_pronouns") or _the_victims(c))
               for c in trigger.children)


def _the_victims(noun: Token) -> bool:
    """A definite noun of the victims as such ("the victims", "the two victims"), who were told before."""
    return noun.lemma_.lower() in words(LISTS, "victim_descriptions") and any(
        c.dep_ == "det" and c.lower_ in words(LISTS, "definite_determiners") for c in noun.children)


def retells_doers(trigger: Token) -> bool:
    """Whether the event word's subject, its own or shared with an earlier verb of its sentence, names the doers
    by their act with "the" or "these" ("The attackers arrived at dawn ... and set fire to the shops"): the
    incident told just before, whose next act this is (``retelling_doers``)."""
    own = [c for c in trigger.children if c.dep_ in SUBJECT_DEPS]
    subjects = own or [slot.head for slot in inherited_subject(trigger)]
    doers, determiners = words(LISTS, "retelling_doers"), words(LISTS, "anaphoric_determiners")
    return any(s.lower_ in doers and any(c.dep_ == "det" and c.lower_ in determiners for c in s.children)
               for s in subjects)


def _through_sequence(token: Token) -> bool:
    """Whether a word on a path between two event words chains them in time ("after", "following")."""
    markers = words(LISTS, "sequence_markers")
    return token.lower_ in markers or any(c.dep_ == "mark" and c.lower_ in markers for c in token.children)


@dataclass(frozen=True)
class Links:
    """The other event words of a trigger's sentence that govern it or that it governs: directly
    (bound: one incident) or through "after"/"following" (sequenced: one after another); ``apart``: those
    a span of days or more sets apart from it ("three years after", ``extract.days_apart``)."""

    bound: frozenset[int]
    sequenced: frozenset[int]
    apart: frozenset[int] = frozenset()


def _stand_in(trigger: Token) -> Token:
    """An event noun that is a clause's subject stands for its verb ("an air strike hit a school,
    razing it": the strike is what hit and razed)."""
    return trigger.head if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in SUBJECT_DEPS else trigger


def sentence_links(trigger: Token, heads: Sequence[Token], protests: frozenset[int] = frozenset()) -> Links:
    """How this event word relates to the others of its sentence: "massacred 46 people and burned
    their shelters" are bound; "shelled the town after rebels attacked a post" are sequenced; "marched on
    Friday, a week after police shot two students", "marched against the crackdown" (``protests``: the
    protest words, ``extract.protest_grievance``) and "rally in Belgrade as men attack a blockade in Novi Sad"
    (``extract.towns_apart``) are apart."""
    bound: set[int] = set()
    sequenced: set[int] = set()
    sentence = trigger.sent  # once: finding a word's sentence walks back to its start
    apart = frozenset(o.i for o in heads if o.i != trigger.i and sentence.start <= o.i < sentence.end
                      and (measured_apart(trigger, o) or towns_apart(trigger, o))) \
        | grievance_apart(trigger, heads, protests)
    for other in heads:
        if other.i == trigger.i or not sentence.start <= other.i < sentence.end or other.i in apart:
            continue
        mine, theirs = _stand_in(trigger), _stand_in(other)
        if mine.i == theirs.i:
            bound.add(other.i)
            continue
        low, high = (mine, theirs) if theirs in mine.ancestors else (theirs, mine)
        if high not in low.ancestors:
            continue
        path = [low, *(a for a in low.ancestors if a.i != high.i and high in a.ancestors)]
        if any(token.dep_ == "relcl" and token.head.i != high.i for token in path):
            continue  # "the town where a student was killed": the clause describes a noun, not this event
        # the verb an event noun stands in for can chain it itself: "today's attack followed bombings"
        stand_in_chains = high.i not in (trigger.i, other.i) and high.lower_ in words(LISTS, "sequence_markers")
        (sequenced if stand_in_chains or any(_through_sequence(token) for token in path) else bound).add(other.i)
    return Links(frozenset(bound), frozenset(sequenced), apart)


def opening_place(trigger: Token) -> str | None:
    """The place a sentence opens on ("In Dhaka, a man was killed..."): round-ups move town by town."""
    sentence = trigger.sent
    breaks = [t.i for t in sentence[:HEADING_TOKENS] if "\n" in t.text_with_ws]
    start = breaks[-1] + 1 if breaks else sentence.start  # a section heading glued before ("Dhaka\n\nIn Dhaka,")
    first = sentence.doc[start] if start < sentence.end else sentence[0]
    if first.lower_ not in words(LISTS, "opening_prepositions") or sentence.end - first.i < 3:
        return None
    entity = next((e for e in ents_in(sentence) if e.start == first.i + 1 and e.label_ in PLACE_LABELS), None)
    if entity is None or entity.end >= sentence.end or sentence.doc[entity.end].text != ",":
        return None
    return entity.text


def left_place(trigger: Token) -> str | None:
    """The place a word of leaving names ("withdrew from the town of Vuhledar", "pulled out of Goma", "the
    withdrawal of Russian forces from Kherson"): the town a withdrawal lost, which the place rules leave
    out as "from" mostly gives an origin. Read for any trigger, used only for the types that fold into a
    change of territory at one spot (``extract.consolidate``)."""
    particles = words(LISTS, "leaving_particles")
    heads = [trigger, *(c for c in trigger.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ in particles)]
    preps = [p for head in heads for p in head.children
             if p.dep_ == "prep" and p.lower_ in words(LISTS, "leaving_prepositions")]
    for obj in (c for prep in preps for c in prep.children if c.dep_ == "pobj"):
        # the object itself ("from Dedougou") or the place a place noun is "of" ("from the town of Vuhledar")
        for token in (obj, *(g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                             for g in p.children if g.dep_ == "pobj")):
            name = token if token.pos_ == "PROPN" else _named_before(token)
            if name is not None:
                return _proper_name(name)
    return None


def _named_before(noun: Token) -> Token | None:
    """The proper name a common noun is named by ("from Avdiivka town", "out of Bakhmut city"): its last
    proper-noun compound, which ``_proper_name`` reads with the words before it. A name that is no place
    ("from Wagner positions") matches no resolved place, so it joins nothing."""
    return next((c for c in reversed(list(noun.lefts)) if c.dep_ == "compound" and c.pos_ == "PROPN"), None)


def _proper_name(token: Token) -> str:
    """A proper noun with the compound words before it ("Bulo Burde"): a town's name whatever label the
    entity recogniser gave it (it often reads a town it does not know as an organisation); the merge
    compares it with a resolved place, so a name that is no place matches none."""
    start = min((c.i for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), default=token.i)
    return token.doc[start:token.i + 1].text


def incidents(built: Sequence[Built], published_at: str | None, registry: ActorRegistry,
              countries: Sequence[str], retype: Callable[[EventMention, str], EventMention]) -> list[EventMention]:
    """The article's incidents and background incidents; non-events are left out.

    ``countries`` are those the article names most, first first: generic forces ("the army")
    are taken to be the first one's.
    """
    anchor = document_reference(published_at, doc_text(built[0].match.head.doc),
                                month=url_month(built[0].match.head.doc)) if built else None
    reference = anchor.day if anchor else None
    told = []
    sentences = list(built[0].match.head.doc.sents) if built else []
    lead_end = min(LEAD_SENTENCES, len(sentences))
    heads = [item.match.head for item in built]
    event_words = frozenset(head.i for head in heads)
    protests = frozenset(item.match.head.i for item in built if item.match.event_type.id in type_list("crowd_led"))
    for item in built:
        if eventness(item.match.head, item.match.event_type.family, item.mention, reference,
                     event_words) is Eventness.NOT_EVENT:
            continue
        head = item.match.head
        mention = checked_actors(item.mention, head, item.match.event_type.family, registry,
                                 countries[0] if countries else None)
        mention = mention.model_copy(update={"background": is_background(mention, reference)})
        links = sentence_links(head, heads, protests)
        pronominal = retells_victim(head) or retells_doers(head)
        told.append(Told(mention, item.anaphoric or pronominal, opens_new_incident(head), opening_place(head),
                         lead=head.sent.start < sentences[lead_end - 1].end, head=head.i, bound=links.bound,
                         sequenced=links.sequenced, apart=links.apart, nominal=head.pos_ in ("NOUN", "PROPN"),
                         followed_up=is_followed_up(mention, reference), nearest=pronominal,
                         left=left_place(head), headline=in_headline(head), item=item_of(head.doc, head.idx)))
    merged = [with_riot_sides(m) for m in consolidate(told, retype)]
    claimable = {t for t, kind in incident_kinds().kind_of.items() if kind == CLAIMABLE_KIND}
    if built:
        doc = built[0].match.head.doc
        merged = [with_claimant(m, doc, registry, countries) if m.type in claimable else m for m in merged]
        merged = with_loose_claimants(merged, doc, registry, countries, claimable)
        merged = [with_answered_sides(m, doc) for m in merged]
        merged = with_lead_initiators(merged, sentences[lead_end - 1].end_char)
        merged = [with_riot_sides(with_force_toll(m, retype))
                  for m in with_crowd_arrests(with_foreign_ground(in_unrest(merged, retype), retype), retype)]
        merged = with_ground_fights(merged, doc, retype)
        merged = [with_implied_actors(with_crowd_agent(m, doc, registry, countries), registry, countries)
                  for m in merged]
        merged = with_other_sides(merged, registry, countries, doc)
        merged = with_told_victims(merged, doc, registry, countries)
        merged = [without_riot_property(m, doc) for m in merged]
    return [m.model_copy(update={"background": is_background(m, reference)}) for m in merged]
