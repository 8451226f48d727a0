"""Event mentions of one annotated document: triggers, arguments, counts, place, time, modality.

Relies on: a spaCy Doc of ``document.text`` parsed by ``annotate.nlp`` (so
token offsets are document offsets), the document's claims (for attribution
and modality), the actor registry and the gazetteer. Gives: EventMentions in
text order, each value with its evidence spans.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from sitreps.annotate.dateline import Dateline
from sitreps.annotate.doctext import doc_text
from sitreps.attribute.clause_source import clause_attribution
from sitreps.attribute.modality import attribution_for, modality_of
from sitreps.extract.actors import ActorContext, context_for
from sitreps.extract.barrage_tallies import barrage_countries
from sitreps.extract.candidates import Extractor, candidate_matches
from sitreps.extract.captivity import captivity_retyped
from sitreps.extract.casualties import casualty_counts, victims_told
from sitreps.extract.casualty_wording import without_combined_deaths
from sitreps.extract.consequences import find_outcomes, is_violent, takes_toll
from sitreps.extract.english import words
from sitreps.extract.fatal_force import fatal_retyped
from sitreps.extract.finer_place import refine_coarse_places
from sitreps.extract.hosted_tolls import Towns
from sitreps.extract.incidents import Built, incidents
from sitreps.extract.item_places import item_scope
from sitreps.extract.participants import trigger_arguments
from sitreps.extract.place_ranking import locate
from sitreps.extract.places import conjoined_objects, place_phrases, slot_places, unlabelled_places
from sitreps.extract.retype import retyped
from sitreps.extract.roundups import split_roundups
from sitreps.extract.said_abroad import without_words_abroad
from sitreps.extract.same_incident import joined_incidents
from sitreps.extract.stopped_launches import without_stopped_launches
from sitreps.extract.story_place import inherit_places, story_place
from sitreps.extract.target_places import UNIT_PRECISIONS, target_places, town_within
from sitreps.extract.taxonomy_schema import SPEECH_FAMILY, EventType
from sitreps.extract.times import event_time
from sitreps.extract.toll_parts import summed_parts
from sitreps.extract.toll_scope import casualty_owner
from sitreps.extract.town_back import place_placeless
from sitreps.extract.triggers import TriggerFinder, TriggerMatch
from sitreps.models import AcledCode, Claim, Count, EventMention, Modality, PloverCode, Role, Span
from sitreps.resolve.actors import ActorRegistry
from sitreps.resolve.gazetteer import Gazetteer

# Confidence: how reliably each kind of trigger asserts an event of its type,
# raised when the parse found who took part and when a claim attributes it.
# Chosen on the dev split of benchmarks/gold/events (precision by trigger kind).
BASE_CONFIDENCE = {"phrase": 0.7, "verb": 0.6, "noun": 0.45}
ACTOR_BONUS = 0.15
ATTRIBUTION_BONUS = 0.1
MAX_CONFIDENCE = 0.95
# Entity labels of a day or a time of day that can own an event word ("Thursday's bombing", "last night's shelling").
DAY_ENTITIES = frozenset({"DATE", "TIME"})


@dataclass(frozen=True)
class Resources:
    """What extraction needs besides the document: lexicons and model, registry, gazetteer."""

    extractor: Extractor
    registry: ActorRegistry
    gazetteer: Gazetteer

    @property
    def finder(self) -> TriggerFinder:
        return self.extractor.finder


@dataclass(frozen=True)
class DocumentContext:
    """One parsed document and what earlier stages found in it."""

    doc_id: str
    doc: Doc
    published_at: str | None
    dateline: Dateline | None
    countries: tuple[str, ...]
    claims: Sequence[Claim]


def mention_id(doc_id: str, type_id: str, trigger_start: int) -> str:
    """Stable id: the same document reprocessed gives the same mention ids."""
    return hashlib.sha256(f"{doc_id}:{type_id}:{trigger_start}".encode()).hexdigest()[:16]


def _codes(event_type: EventType) -> tuple[AcledCode | None, PloverCode | None, str | None]:
    acled = AcledCode(event_type=event_type.acled.event_type, sub_event_type=event_type.acled.sub_event_type) \
        if event_type.acled else None
    plover = PloverCode(type=event_type.plover.type, mode=event_type.plover.mode) if event_type.plover else None
    return acled, plover, event_type.cameo


def _refers_back(noun: Token) -> bool:
    """"The attack", "its offensive", or a day that owns the event ("Thursday's bombing", "today's
    explosion", "last night's shelling"): news names an incident by its day once it has told it."""
    determiners = words("incidents", "anaphoric_determiners")
    return any((c.dep_ in ("det", "poss") and c.lower_ in determiners)
               or (c.dep_ == "poss" and c.ent_type_ in DAY_ENTITIES) for c in noun.children)


def _is_anaphoric(head: Token) -> bool:
    """"The attack", or a verb whose subject is a definite event or weapon word ("the rocket struck",
    "the confrontation occurred"): the article speaks again of an incident it has told."""
    if head.pos_ in ("NOUN", "PROPN"):
        return _refers_back(head)
    subjects = words("incidents", "retelling_subjects")
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in subjects and _refers_back(c) for c in head.children)


def _claim_for(sentence_start: int, claims: Sequence[Claim]) -> Claim | None:
    return next((c for c in claims if c.span.start <= sentence_start < c.span.end), None)


def _owner(token: Token, heads: Sequence[Token]) -> Token | None:
    """The trigger a word belongs to: its nearest trigger ancestor, else the nearest trigger."""
    for ancestor in token.ancestors:
        if ancestor in heads:
            return ancestor
    if token in heads:
        return token
    return min(heads, key=lambda h: abs(h.i - token.i)) if heads else None


def _belongs_to(match: TriggerMatch, matches: Sequence[TriggerMatch]) -> Callable[[int, int], bool]:
    """A test of whether a character range of the sentence describes this trigger's event."""
    sentence = match.head.sent
    # by position, not by each head's own sentence: finding a word's sentence walks back to its start
    heads = [m.head for m in matches if sentence.start <= m.head.i < sentence.end]

    def belongs(start: int, end: int) -> bool:
        span = sentence.doc.char_span(start, end, alignment_mode="expand")
        return span is None or _owner(span.root, heads) == match.head

    return belongs


def _modality(match: TriggerMatch, claim: Claim | None, tolls: Sequence[Token] = ()) -> Modality:
    """The trigger's modality; a speech act (accusing, denying, urging) is itself reported, not alleged.

    The doubt an unvouched source casts belongs to the act spoken of ("accused X of
    shelling": the shelling is alleged), not to the speaking (docs/gold-sets.md).
    A hedge on the trigger's clause alone does not make alleged an incident whose toll its own
    sentence tells plainly (``tolls``: the casualty words whose figures it took): in "gunmen killed
    five villagers and reportedly abducted 12 others" the killing is vouched for, so the incident is.
    """
    modality = modality_of(match.head, claim)
    if match.event_type.family == SPEECH_FAMILY and modality is Modality.ALLEGED:
        return Modality.REPORTED
    if modality is Modality.ALLEGED and any(
            t.sent == match.head.sent and t.pos_ == "VERB" and modality_of(t, claim) is Modality.REPORTED
            for t in tolls):
        return Modality.REPORTED
    return modality


def _mention(match: TriggerMatch, ctx: DocumentContext, res: Resources, actor_ctx: ActorContext,
             casualties: list[tuple[Token, Count]], belongs: Callable[[int, int], bool],
             others: frozenset[int]) -> EventMention:
    text = doc_text(ctx.doc)
    sentence = match.head.sent
    dateline = (ctx.dateline.start, ctx.dateline.end) if ctx.dateline else None
    excluded = [dateline] if dateline else []
    match = captivity_retyped(match, res.finder.type_by_id)  # a swap's "returned from captivity"
    args = trigger_arguments(match, actor_ctx, excluded, others)
    event_type = retyped(match.event_type, match.head, args.actors, args.places, res.finder.type_by_id)
    if event_type is not match.event_type:
        match = replace(match, event_type=event_type)
        args = trigger_arguments(match, actor_ctx, excluded, others)
    match = fatal_retyped(match, casualties, res.finder.type_by_id, named=frozenset(a.role for a in args.actors))
    actors, counts = args.actors, args.counts
    tolls = [count for _, count in casualties]
    counts = [c for c in counts if not victims_told(c, tolls)]
    counts += [c for c in tolls if c.what not in {k.what for k in counts}]
    counts = without_combined_deaths(counts)  # "30 killed" above "30 killed or wounded" (``casualty_wording``)
    actor_ranges = [(a.evidence[0].start, a.evidence[0].end) for a in actors if a.role != Role.INSTRUMENT]
    targets = [ctx.doc.char_span(a.evidence[0].start, a.evidence[0].end, alignment_mode="expand")
               for a in actors if a.role == Role.TARGET and is_violent(match)]  # a struck town, not a sanctioned state
    targets += conjoined_objects(match.head) if is_violent(match) else []
    phrases = slot_places(args.places) + place_phrases(sentence, match.head, excluded + actor_ranges, belongs) \
        + target_places([t for t in targets if t is not None], res.gazetteer, ctx.countries)
    acled, plover, cameo = _codes(match.event_type)
    if acled is not None:  # an act ACLED maps is never where words about it were spoken abroad
        phrases = without_words_abroad(phrases, text, res.gazetteer, ctx.countries)
    place = locate(phrases, text, res.gazetteer, ctx.countries)
    if place is None or place.lat is None or place.precision in UNIT_PRECISIONS:  # a town the tagger missed
        unlabelled = unlabelled_places(sentence, match.head, excluded + actor_ranges, belongs)
        place = town_within(place, unlabelled, text, res.gazetteer, ctx.countries)
    sentence_span = Span.of(text, sentence.start_char, sentence.end_char)
    claim = _claim_for(sentence.start_char, ctx.claims)
    attribution = clause_attribution(match.head, attribution_for(sentence_span, ctx.claims))  # two speakers' clauses
    if match.score is not None:  # calibrated from the model's probability (extract.candidates)
        confidence = match.score
    else:
        confidence = BASE_CONFIDENCE[match.kind]
        confidence += ACTOR_BONUS if any(a.role in (Role.INITIATOR, Role.TARGET) for a in actors) else 0.0
        confidence += ATTRIBUTION_BONUS if attribution is not None else 0.0
    trigger = match.span
    return EventMention(
        id=mention_id(ctx.doc_id, match.event_type.id, trigger.start_char),
        type=match.event_type.id,
        acled=acled,
        plover=plover,
        cameo=cameo,
        trigger=Span.of(text, trigger.start_char, trigger.end_char),
        sentence=sentence_span,
        actors=actors,
        counts=counts,
        place=place,
        time=event_time(sentence, match.head, ctx.published_at, dateline, belongs),
        modality=_modality(match, claim, [token for token, _ in casualties]),
        attribution=attribution,
        confidence=round(min(confidence, MAX_CONFIDENCE), 2),
        extractor=match.source,
    )


def extract_mentions(ctx: DocumentContext, res: Resources) -> list[EventMention]:
    """The incidents of a document: one mention per incident however often it is told; no non-events."""
    sentences = list(ctx.doc.sents)
    outcomes = find_outcomes(candidate_matches(ctx.doc, res.extractor), sentences,
                             Towns(res.gazetteer, tuple(ctx.countries)))
    matches = outcomes.kept
    casualties_by_trigger: dict[int, list[tuple[Token, Count]]] = {}
    for sentence in sentences:
        violent = [m for m in matches if sentence.start <= m.head.i < sentence.end and takes_toll(m)]
        host = outcomes.hosts.get(sentence.start)
        by_head = {m.head: m for m in violent}
        for token, count in casualty_counts(sentence, doc_text(ctx.doc)):
            if not by_head:
                owner = host
            else:
                head = casualty_owner(token, list(by_head))
                owner = by_head[head] if head is not None else None
            if owner is not None:
                casualties_by_trigger.setdefault(owner.start, []).append((token, count))
    actor_ctx = context_for(ctx.doc, res.registry, res.gazetteer, ctx.countries)
    heads = frozenset(m.head.i for m in matches)
    built = [Built(m, _mention(m, ctx, res, actor_ctx, summed_parts(casualties_by_trigger.get(m.start, [])),
                               _belongs_to(m, matches), heads - {m.head.i}), _is_anaphoric(m.head)) for m in matches]
    built = without_stopped_launches(built)  # "drones launched by Russia" that air defences shot down
    built = split_roundups(built, res.gazetteer, ctx.countries, lambda match: _belongs_to(match, matches))

    def retype(mention: EventMention, type_id: str) -> EventMention:
        return _with_type(mention, res.finder.type_by_id(type_id))

    told = incidents(built, ctx.published_at, res.registry, ctx.countries, retype)
    excluded = [(ctx.dateline.start, ctx.dateline.end)] if ctx.dateline else []
    placed = inherit_places(told, story_place(ctx.doc, res.gazetteer, told, excluded),
                            item_scope(ctx.doc, res.gazetteer, ctx.countries))
    placed = barrage_countries(ctx.doc, res.gazetteer, placed)  # "shot down 41 of 73 drones": the country
    refined = refine_coarse_places(ctx.doc, res.gazetteer, placed, excluded)
    placeless = place_placeless(ctx.doc, res.gazetteer, refined, excluded)  # "the city" after its owner: ``town_back``
    return joined_incidents(ctx.doc, placeless, retype)  # what the rules kept apart and a model finds one


def _with_type(mention: EventMention, event_type: EventType) -> EventMention:
    """A mention recoded as another type (the most specific type of a merged incident)."""
    acled, plover, cameo = _codes(event_type)
    return mention.model_copy(update={"type": event_type.id, "acled": acled, "plover": plover, "cameo": cameo})
