"""Checks on the actors of one mention: who speaks is not who acts; figures and fragments are nobody.

"A local official said at least 20 civilians were killed in the strike": the
official is the source (the mention's attribution), not the initiator of the
strike; "the army said it killed 24" is the army telling of its own act. "A Russian
strike" is struck by Russia's forces, not by Russian civilians; "the army" of an
article about Sudan is Sudan's army. A bare figure ("207", "48") or a lower-case
fragment of a place name ("al" from "Deir al-Balah") is not an actor at all.

Relies on: the mention's trigger token in the parsed Doc, and each actor's first
evidence span (the phrase the parse found it in).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from sitreps.attribute.lexicon import lexicon
from sitreps.extract.english import words
from sitreps.extract.infinitives import to_infinitive
from sitreps.extract.slots import ROLE_LISTS
from sitreps.extract.taxonomy import load_taxonomy
from sitreps.extract.taxonomy_schema import SPEECH_FAMILY
from sitreps.models import ActorMention, EventMention, Role
from sitreps.resolve.actors import ActorRegistry
from sitreps.resolve.normalise import fold
from sitreps.resolve.registry_data import load_lexicon, load_roles, registered

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Families whose initiator uses force: a bare demonym doing it is that state's forces.
ARMED_FAMILIES = frozenset({"battle", "remote_violence", "violence_against_civilians"})
CIVILIANS = "civilians"
RIOT_FAMILY = "riot"
# The family of protests, whose caller organises them ("the union called for a march").
PROTEST_FAMILY = "protest"
STATE_MILITARY = "state_military"
# Generic state actors a bare noun can stand for ("the army", "police", "security forces").
STATE_TYPES = frozenset({"state_military", "military_personnel", "police", "government"})
# The state's forces a crowd faces ("police", "security forces", "soldiers"); a body of government
# is no side in a street riot ("supporters of the prime minister" may be typed after him).
FORCE_TYPES = frozenset({"state_military", "military_personnel", "police"})
# A generic force is named in one or two words ("army", "security forces"); longer is a description.
GENERIC_WORDS = 2
# A lower-case name this short is a particle or fragment ("al", "el", "de"), not an actor.
FRAGMENT_LETTERS = 3


def _calls_for(verb: Token, trigger: Token) -> bool:
    """The verb calls for the protest its "for" introduces: "the union called for a march", "opposition
    parties called for mass protests". Who calls a protest organises it (ACLED codes the organiser as
    the protest's actor 1); a call for restraint or an inquiry names no protest and never comes here."""
    return verb.lemma_.lower() in words(ROLE_LISTS, "organising_lemmas") and trigger.dep_ == "pobj" and (
        trigger.head.lower_ == "for" and trigger.head.head.i == verb.i)


def is_speaker(actor: ActorMention, trigger: Token) -> bool:
    """The actor is the subject of a verb of saying (the caller keeps speakers of speech events)."""
    span = trigger.doc.char_span(actor.evidence[0].start, actor.evidence[0].end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    # "police blamed the attack on...", "police attributed the blast to..." (incidents.yaml blame_lemmas)
    reporting = lexicon().speech_verbs | lexicon().accusation_verbs | words("incidents", "blame_lemmas")
    # The trigger itself may be a verb of saying read as an act ("the agency said" taken for the attack it
    # reports): its subject is still the source; speech events never come here.
    if not (root.dep_ in SUBJECT_DEPS and root.head.lemma_.lower() in reporting):
        return False
    return not _own_act(trigger) and not _charged(root.head) and not _described(root.head)


def _described(verb: Token) -> bool:
    """A verb of saying or believing that only describes its subject ("armed men believed to belong to the ELN
    kidnapped a councillor", "gunmen said to be jihadists"): the parser makes it the clause's verb and the act
    its complement, but its subject is the doer so described, not a speaker (round 27). Told by a "to be" or
    "to belong" complement of the verb."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in words(ROLE_LISTS, "described_complements")
               and to_infinitive(c) for c in verb.children)


def _charged(verb: Token) -> bool:
    """A verb of accusing without an object whose preposition tells the act: its subject is the party
    charged, not the accuser ("the army was accused of killing", a headline's "RSF accused of massacre")."""
    return verb.lemma_.lower() in words(ROLE_LISTS, "accusation_lemmas") and not any(
        c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ in words(ROLE_LISTS, "object_control_prepositions") for c in verb.children)


def _own_act(trigger: Token) -> bool:
    """The speaker tells of its own act: the act's subject is a pronoun ("the army said it killed 24") or
    the speaker's own ("Kyiv said its drones struck a depot"), or the act has no subject of its own and
    takes the speaker's ("rebels claimed to have killed dozens")."""
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "xcomp" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return True
    owned = words(ROLE_LISTS, "speaker_possessives")
    return any(c.dep_ == "nsubj" and (c.pos_ == "PRON" or any(
        o.dep_ == "poss" and o.lower_ in owned for o in c.children)) for c in verb.children)


def is_media(name: str) -> bool:
    """A wire agency or outlet ("AP", "Reuters", "state media", "local TV"): it reports, it does not act.

    "The insurgent network", "a smuggling network" end in a media noun but name who acted: a word
    of armed or criminal work before it (``armed_modifiers``) makes the phrase a doer.
    """
    bare = name.strip("()[]\"“”' ")
    parts = bare.split()
    if bare in lexicon().media_acronyms:
        return True
    if not parts or parts[-1].lower() not in lexicon().media_nouns:
        return False
    armed = words(ROLE_LISTS, "armed_modifiers")
    return not any(word.lower().strip(",") in armed for word in parts[:-1])


def is_nobody(name: str) -> bool:
    """A bare figure, a lower-case fragment, or a rank without its name ("Gen.", "Lt. Col."): no actor."""
    letters = [c for c in name if c.isalpha()]
    if not letters or (len(letters) < FRAGMENT_LETTERS and name == name.lower()):
        return True
    key = fold(name)
    return bool(key) and (key in _ranks() or all(word in _ranks() for word in key.split()))


@cache
def _ranks() -> frozenset[str]:
    return frozenset(fold(rank) for rank in load_roles()["ranks"])


def as_state_forces(actor: ActorMention, registry: ActorRegistry) -> ActorMention:
    """"A Russian strike": the demonym that does violence is Russia's forces, not Russian civilians."""
    if actor.role != Role.INITIATOR or actor.actor_type != CIVILIANS:
        return actor
    record = registry.resolve(f"{actor.name} forces")
    if record is None or record.type != STATE_MILITARY or record.country != actor.country:
        return actor
    return actor.model_copy(update={"actor_id": record.id, "canonical_name": record.name, "actor_type": record.type})


def in_country(actor: ActorMention, registry: ActorRegistry, country: str | None) -> ActorMention:
    """"The army", "police": a state's generic forces, of the country the article is about.

    Also capitalised as the first word of a sentence or in a title-case headline ("Soldiers killed
    19 gunmen", "Troops Repel Attack"): news opens sentences with the force more often than not. A
    name in capitals ("RSF") or mixed case is a name, and the lexicon's generic nouns never hold one.
    """
    bare = " ".join(w for w in actor.name.split() if w.lower() not in words(ROLE_LISTS, "articles"))
    country = actor.country or country
    if country is None or not bare or not (bare.islower() or bare.istitle()) or len(bare.split()) > GENERIC_WORDS:
        return actor
    if fold(bare) not in load_lexicon().generic_nouns:
        return actor  # "militants", "gunmen": nobody's state forces (the registry would keep only the country)
    if registered(actor.actor_id):
        return actor
    record = registry.resolve(f"{country} {bare}")
    if record is None or record.country != country or record.type not in STATE_TYPES:
        return actor
    return actor.model_copy(update={"actor_id": record.id, "canonical_name": record.name,
                                    "actor_type": record.type, "country": record.country})


def _within(short: ActorMention, long: ActorMention) -> bool:
    """``short`` is a part of ``long``'s phrase that adds nothing ("Anglophone" of "Anglophone separatists")."""
    if short is long or short.role != long.role or len(short.name) >= len(long.name):
        return False
    if registered(short.actor_id) and short.actor_id != long.actor_id:
        return False  # "Russian" (Russia's forces) says more than "Russian drone operators" left unresolved
    return f" {short.name.lower()} " in f" {long.name.lower()} "


def without_fragments(actors: list[ActorMention]) -> list[ActorMention]:
    """Actors without those whose whole phrase is a word run of another of the same role."""
    return [a for a in actors if not any(_within(a, other) for other in actors)]


def riot_sides(actors: list[ActorMention]) -> list[ActorMention]:
    """State forces in a riot are what the rioters faced: "protesters hurled stones at police", "police
    responded with tear gas", "rioters clashed with police" told of the riot make the police its target,
    never its initiator or a mere participant (a riot is done by its crowd; ACLED codes the state as the
    second actor), and its first target, before the cars and shops the crowd also hit."""
    sided = [a.model_copy(update={"role": Role.TARGET})
             if a.role in (Role.INITIATOR, Role.PARTICIPANT) and a.actor_type in FORCE_TYPES else a for a in actors]
    return sorted(sided, key=lambda a: not (a.role == Role.TARGET and a.actor_type in FORCE_TYPES))


def with_riot_sides(mention: EventMention) -> EventMention:
    """An incident merged into a riot keeps the sides of a riot, whatever its tellings' types made of
    them ("police fired tear gas", a telling of the intervention, names the police as its initiator)."""
    if load_taxonomy().get(mention.type).family != RIOT_FAMILY:
        return mention
    actors = riot_sides(mention.actors)
    return mention if actors == mention.actors else mention.model_copy(update={"actors": actors})


def checked_actors(mention: EventMention, trigger: Token, family: str, registry: ActorRegistry,
                   country: str | None) -> EventMention:
    """The mention without speakers or outlets as initiators of what they speak of, without non-actors, with
    demonyms that use force resolved to their state's forces and generic forces to the article's country."""
    kept = [a for a in mention.actors if not is_nobody(a.name) and not (
        family != SPEECH_FAMILY and a.role == Role.INITIATOR and (is_speaker(a, trigger) or is_media(a.name))
        and not (family == PROTEST_FAMILY and _calls_for(trigger.head.head, trigger)))]
    kept = [in_country(a, registry, country) for a in without_fragments(kept)]
    if family in ARMED_FAMILIES:
        kept = [as_state_forces(a, registry) for a in kept]
    return mention if kept == mention.actors else mention.model_copy(update={"actors": kept})
