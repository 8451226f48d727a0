"""Actors, instruments and argument counts of one trigger, with its sides told apart.

Symmetric events (clashes, talks, agreements, exchanges) have participants, not
a doer and a victim: "fighting between M23 rebels and the Congolese army" names
two participants, and "Ukrainian and Russian troops clashed" one coordinated
phrase for both sides. A type says it is symmetric by mapping ``prep_between``
to ``participant`` in ``data/taxonomy.yaml``.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from spacy.tokens import Token

from sitreps.extract.actor_checks import FORCE_TYPES, PROTEST_FAMILY, is_speaker
from sitreps.extract.actors import ActorContext, actor_mention
from sitreps.extract.answered import answered
from sitreps.extract.arguments import trigger_slots
from sitreps.extract.counts import phrase_count, role_count_what
from sitreps.extract.doer_modifiers import names_doer_kind
from sitreps.extract.doer_triggers import doer_subject, trigger_doer
from sitreps.extract.english import words
from sitreps.extract.held_facility import facility_holder
from sitreps.extract.held_ground import ground_sides
from sitreps.extract.intercepted import stopped_owners
from sitreps.extract.nouns import is_abstract, is_crowd_noun, is_munition
from sitreps.extract.opening_clause import opened
from sitreps.extract.party_modifiers import owner_modifiers
from sitreps.extract.phrase_extent import core_bounds, phrase_bounds
from sitreps.extract.phrase_gaps import gap_slots, in_gap
from sitreps.extract.slots import ROLE_LISTS, Slot, usable
from sitreps.extract.triggers import TriggerMatch
from sitreps.extract.undergoing import harmed_by_another_word
from sitreps.extract.unrest import state_force
from sitreps.models import ActorMention, Count, Role, Span

SPLIT_SLOTS = frozenset({"prep_between"})
# The conjunction of a lone coordinated doer ("X and Y clashed"): data/en/extract_tolls.yaml.
TOLL_LISTS = "extract_tolls"
# Families whose events are done with munitions: "launched 100 projectiles", "bombarded the town with
# shells" name the means, not a target or a side
# (a seizure of weapons, a strategic event, keeps the weapons as what was taken).
MUNITION_MEANS_FAMILIES = frozenset({"remote_violence", "violence_against_civilians", "riot"})
# Families whose verb of defence ("troops repelled the assault") tells the attack it met; in others the
# defence is the event itself ("the plot was foiled": a disrupted weapons use, done by who foiled it).
FIGHT_FAMILIES = frozenset({"battle", "violence_against_civilians"})
# Families of crowds voicing a grievance, peacefully or not.
UNREST_FAMILIES = frozenset({"protest", "riot"})


@dataclass(frozen=True)
class Arguments:
    """What the slots of one trigger hold: actors, counts in their phrases, place phrases."""

    actors: list[ActorMention]
    counts: list[Count]
    places: list[Token]  # heads of phrases in the type's place_slots ("took the town of X")


def phrase_slots(match: TriggerMatch) -> list[Slot]:
    """Slots of a multi-word trigger's inner words: "seized control of [the town]", and the owner of the
    means it names ("[Turkish] warplanes bombed", "[Houthi] drone attack"), who did it."""
    slots: list[Slot] = []
    for token in match.span:
        if token.i != match.head.i and token.lemma_.lower() in match.event_type.instruments:
            slots.extend(Slot("mod", o) for o in owner_modifiers(token) if not match.start <= o.i < match.end)
        if token.i != match.head.i and token.dep_ == "pobj" and is_crowd_noun(token):
            slots.append(Slot(f"prep_{token.head.lower_}", token))  # "opened fire on [protesters]"
        preps = [token] if token.dep_ == "prep" else [c for c in token.children if c.dep_ == "prep"]
        for prep in preps:
            if prep is not match.head:
                slots.extend(Slot(f"prep_{prep.lower_}", p) for p in prep.children
                             if p.dep_ == "pobj" and not match.start <= p.i < match.end)
    return usable(slots)


def _is_place_slot(slot: Slot, match: TriggerMatch) -> bool:
    """A slot of the type's places; the trigger's own passive subject is its active object ("the port
    was retaken", "Varn port retaken from rebels", "the town captured by rebels": where, as in "retook
    the port")."""
    described = match.head.dep_ == "acl" and slot.head.i == match.head.head.i  # "the town captured by rebels"
    own_subject = slot.name == "subjpass" and (slot.head.head.i == match.head.i or described)
    return ("obj" if own_subject else slot.name) in match.event_type.place_slots


def _is_symmetric(match: TriggerMatch) -> bool:
    return match.event_type.role_for("prep_between") == Role.PARTICIPANT


def _slot_phrases(slot: Slot, trigger: Token, *, sides: bool = False) -> list[tuple[Token, tuple[int, int]]]:
    """The phrases a slot stands for: each side of "between X and Y" (or of a subject told as ``sides``),
    else the whole phrase; never one that holds the trigger itself, which a headline's participle parsed
    under its noun, with a place after it taken for a conjunct, would give (the whole headline as actor)."""
    if (slot.name in SPLIT_SLOTS or sides) and slot.head.conjuncts:
        heads = sorted([slot.head, *slot.head.conjuncts], key=lambda t: t.i)
        return [(h, core_bounds(h)) for h in heads]
    if any(is_abstract(c) for c in slot.head.conjuncts):  # "riot police and 48 arrests": the police
        return [(slot.head, core_bounds(slot.head))]
    bounds = phrase_bounds(slot.head)
    if bounds[0] <= trigger.idx < bounds[1]:  # "10 militants killed in gunfight with police in X's Y", Y a conjunct
        return [(slot.head, phrase_bounds(slot.head, with_conjuncts=False))]
    return [(slot.head, bounds)]


def _grievance(slot: Slot, match: TriggerMatch) -> bool:
    """The slot of a protest or riot that names what the crowd opposes ("protests against the government's
    plans", "thousands protested the plans"): no target of it (ACLED codes no second actor for it)."""
    if match.event_type.family not in UNREST_FAMILIES:
        return False
    if slot.name == "obj":
        return match.head.lemma_.lower() in words(ROLE_LISTS, "grievance_verbs")
    return slot.name in {f"prep_{p}" for p in words(ROLE_LISTS, "grievance_prepositions")}


def _sided_subject(slot: Slot, match: TriggerMatch, slots: list[Slot]) -> bool:
    """A coordinated subject of a symmetric event with no one it was done to names its sides: "Karen
    fighters and junta troops exchanged fire", "M23 rebels and the army clashed" (each side a
    participant, as "between X and Y" gives). With an object ("X and Y attacked the base") both did it."""
    if slot.name != "subj" or not _is_symmetric(match) or not any(c.pos_ in ("NOUN", "PROPN")
                                                                   for c in slot.head.conjuncts):
        return False
    return not any(match.event_type.role_for(s.name) in (Role.TARGET, Role.PARTICIPANT) for s in slots
                   if s is not slot and not _is_place_slot(s, match) and not match.start <= s.head.i < match.end)


def _both_sides(actors: list[ActorMention], match: TriggerMatch) -> list[ActorMention]:
    """A lone coordinated doer of a symmetric event is its participants ("X and Y clashed")."""
    if not _is_symmetric(match) or any(a.role in (Role.TARGET, Role.PARTICIPANT) for a in actors):
        return actors
    conjunctions = words(TOLL_LISTS, "coordinating_conjunctions")
    return [a.model_copy(update={"role": Role.PARTICIPANT})
            if a.role == Role.INITIATOR and any(f" {c} " in a.evidence[0].text for c in conjunctions) else a
            for a in actors]


def trigger_arguments(match: TriggerMatch, actor_ctx: ActorContext, excluded: list[tuple[int, int]],
                      other_triggers: Collection[int]) -> Arguments:
    """Actors with roles, instruments, and the counts stated inside their phrases.

    ``excluded`` are character ranges never used (the dateline); ``other_triggers``
    are token indices of other events' triggers, which are events, not actors, unless they name
    a crowd ("rioters clashed with police", "protesters stormed the court": the crowd that did it).
    """
    text = actor_ctx.text
    actors: list[ActorMention] = []
    counts: list[Count] = []
    places: list[Token] = []
    instruments = set(match.event_type.instruments)
    fought = match.event_type.family in FIGHT_FAMILIES
    slots = trigger_slots(match.head, fought=fought) + (phrase_slots(match) if match.kind == "phrase" else [])
    slots += gap_slots(match)  # "took [40 villagers] hostage"
    if fought:  # "soldiers killed nine gunmen after they came under attack": the gunmen attacked
        slots = answered(match.head, slots)
    if match.event_type.family == "battle" and _is_symmetric(match):  # "fighting broke out when X raided Y"
        slots = opened(match.head, slots)
    slots = list({(s.name, s.head.i): s for s in slots}.values())  # "threw stones at": verb and phrase slot
    for slot in slots:
        inside = match.start <= slot.head.i < match.end and not (slot.head.i != match.head.i and (
            is_crowd_noun(slot.head) or names_doer_kind(slot.head) or in_gap(slot, match)))  # "foiled a terror attack"
        if inside or (slot.head.i in other_triggers and not (is_crowd_noun(slot.head) or doer_subject(slot))):
            continue
        if _is_place_slot(slot, match):
            places.append(slot.head)
            actors.extend(_holders(match, slot.head, actor_ctx))  # "captured a police station": the police's
            continue
        role = match.event_type.role_for(slot.name)
        sides = _sided_subject(slot, match, slots)
        role = Role.PARTICIPANT if sides else role
        for head, bounds in _slot_phrases(slot, match.head, sides=sides):
            if any(s < bounds[1] and bounds[0] < e for s, e in excluded):
                continue
            if head.lemma_.lower() in instruments or (
                    role in (Role.TARGET, Role.PARTICIPANT) and match.event_type.family in MUNITION_MEANS_FAMILIES
                    and is_munition(head)):
                actors.append(ActorMention(role=Role.INSTRUMENT, name=text[bounds[0]:bounds[1]],
                                           evidence=[Span.of(text, *bounds)]))
                if role in (Role.INITIATOR, None):  # "struck by Houthi drones"; "came under attack from Turkish
                    actors.extend(_owners(head, actor_ctx))  # drones" (a "from" no role maps): the owner did it
                actors.extend(stopped_owners(match, head, actor_ctx))  # "shot down a Houthi drone"
                continue
            if role is None:
                continue
            actor = actor_mention(role, head, bounds, actor_ctx)
            if _grievance(slot, match) and (actor is None or actor.actor_type not in FORCE_TYPES):
                continue
            if actor is not None:
                actors.append(actor)
            elif role is not Role.TARGET:
                continue  # a target that is no actor still says how many ("killed more than 200")
            if harmed_by_another_word(head, match.head):
                continue  # "killed 24 militants in an airstrike": the casualty count has them
            count = phrase_count(head, role_count_what(match.event_type.counts.get(role), match.span), text)
            if count is not None:
                counts.append(count)
    inner = _inner_count(match, text)
    if inner is not None:  # "exchange 1,000 prisoners" says what was exchanged better than "the two sides"
        counts = [c for c in counts if c.what != inner.what] + [inner]
    actors += trigger_doer(match, actors, actor_ctx)  # "a suicide bomber killed 14 worshippers"
    return Arguments(_both_sides(_crowd_targets(actors, match), match), counts, places)


def _holders(match: TriggerMatch, place: Token, actor_ctx: ActorContext) -> list[ActorMention]:
    """The force that held a facility a capture took, as its target (``extract.held_facility``)."""
    holder = facility_holder(match.event_type.id, place)
    if holder is None:
        return ground_sides(match, place, actor_ctx)  # "recaptured the rebel-held town"
    start = min((c.idx for c in holder.children if c.dep_ == "compound"), default=holder.idx)  # "border guard"
    held = actor_mention(Role.TARGET, holder, (start, holder.idx + len(holder)), actor_ctx)
    return [] if held is None else [held]


def _crowd_targets(actors: list[ActorMention], match: TriggerMatch) -> list[ActorMention]:
    """A crowd's demonstration has no second actor but a force that met it: "students marched on the
    presidential palace", "farmers marched on parliament" name where they went (ACLED codes a protest's
    actor 2 only when a force or group intervened). A telling whose doer is the force keeps whom it
    struck ("police fired tear gas at students": the crowd, actor 1 of the row), and so does one whose
    only other doer is a speaker ("demonstrators were dispersed, witnesses said")."""
    if match.event_type.family != PROTEST_FAMILY or not any(
            a.role is Role.INITIATOR and not state_force(a) and not is_speaker(a, match.head) for a in actors):
        return actors
    return [a for a in actors if a.role is not Role.TARGET or state_force(a)]


def _owners(means: Token, actor_ctx: ActorContext) -> list[ActorMention]:
    """The parties a means of attack belongs to ("Russian drones", "the army's artillery") as initiators."""
    owners = (actor_mention(Role.INITIATOR, o, core_bounds(o), actor_ctx) for o in owner_modifiers(means))
    return [o for o in owners if o is not None]


def _inner_count(match: TriggerMatch, text: str) -> Count | None:
    """A number inside a phrase trigger counts what the type counts: "exchange 1,000 prisoners"."""
    whats = list(match.event_type.counts.values())
    if match.kind != "phrase" or not whats:
        return None
    counted = [t for t in match.span if any(c.dep_ == "nummod" for c in t.children)]
    return phrase_count(counted[0], role_count_what(whats[0], match.span), text) if counted else None
