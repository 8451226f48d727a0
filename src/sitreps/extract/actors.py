"""Turning an argument phrase into an ActorMention resolved against the actor registry.

Named things (entities, proper nouns, groups of people) become canonical actors,
new ones inferred when the registry lacks them; common-noun targets such as "a
market" stay as written with no actor id, since they are objects, not actors.
A person keeps the rank or role this article gives them, and a surname alone
("Alfyorov") stands for the full name the article used first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from sitreps.annotate.doctext import doc_ents, doc_text
from sitreps.annotate.quantities import counting_lexicon, group_nouns
from sitreps.extract.antecedents import members_speaker
from sitreps.extract.doer_modifiers import names_doer_kind
from sitreps.extract.english import words
from sitreps.extract.nouns import is_abstract, is_bare_number, is_crowd_noun, is_person_noun, is_region
from sitreps.extract.owned_targets import owner_record
from sitreps.extract.phrase_extent import core_bounds, phrase_bounds, phrase_tokens
from sitreps.extract.quoted_owner import quoted_side
from sitreps.extract.settlement_names import names_a_settlement
from sitreps.extract.slots import ROLE_LISTS
from sitreps.models import ActorMention, Role, Span
from sitreps.resolve.actors import ActorRecord, ActorRegistry, person_role, role_conflict
from sitreps.resolve.gazetteer import Gazetteer
from sitreps.resolve.normalise import fold
from sitreps.resolve.registry_data import held_capitals

ACTOR_ENTITY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


@dataclass(frozen=True)
class ActorContext:
    """What resolving an actor needs from the document: registry, gazetteer, countries, persons."""

    text: str
    registry: ActorRegistry
    gazetteer: Gazetteer
    countries: tuple[str, ...]
    persons: dict[str, tuple[int, int]]


def person_index(doc: Doc) -> dict[str, tuple[int, int]]:
    """Surname -> offsets of the first full name the article gives for it."""
    index: dict[str, tuple[int, int]] = {}
    for entity in doc_ents(doc):
        if entity.label_ == "PERSON" and len(entity) > 1:
            index.setdefault(entity[-1].text, (entity.start_char, entity.end_char))
    return index


def clean_name(text: str) -> str:
    """The phrase without a leading article or possessive ("the Russian army" -> "Russian army")."""
    first, _, rest = text.partition(" ")
    return rest if first.lower() in words(ROLE_LISTS, "leading_words") and rest else text


def is_actor_like(head: Token) -> bool:
    """Entities, proper nouns, people and organised groups are actors; other nouns are objects.

    An abstract head is no actor whatever entities its phrase holds ("reports by the Libya Observer").
    """
    persons, _ = counting_lexicon()
    if is_abstract(head):
        return False
    if head.ent_type_ in ACTOR_ENTITY_LABELS or head.pos_ == "PROPN":
        return True
    counted = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    lemmas = {t.lemma_.lower() for t in (head, *counted)}  # "thousands of people", "11 of his men": the counted noun
    if lemmas & persons or lemmas & group_nouns() or any(is_crowd_noun(t) for t in (head, *counted)):
        return True
    phrase_ents = {t.ent_type_ for t in phrase_tokens(head)}  # not "assaults [on the Ukrainian capital]"
    return bool(phrase_ents & {"ORG", "NORP", "PERSON"}) and not names_a_settlement(head)


def _armed(head: Token) -> bool:
    """A noun an armed or criminal word describes is a band that can act ("armed thugs", "armed herders",
    "bandit gangs"), whatever the noun's usual sense: ``armed_modifiers`` of data/en/actor_roles.yaml; and
    so is a noun armed by its name that WordNet holds no usual person ("attacked by separatists",
    "extremists", "raiders", "paramilitaries": ``armed_doers`` of data/en/triggers.yaml)."""
    armed = words(ROLE_LISTS, "armed_modifiers")
    return head.pos_ == "NOUN" and (head.lemma_.lower() in words("triggers", "armed_doers") or any(
        c.dep_ in ("amod", "compound") and c.lower_ in armed for c in head.children))


def _person_name(head: Token, ctx: ActorContext) -> tuple[int, int] | None:
    """Offsets of the person a phrase names: its PERSON entity, or the full name of a bare surname."""
    for entity in doc_ents(head.doc):
        if entity.label_ == "PERSON" and entity.start <= head.i < entity.end:
            return entity.start_char, entity.end_char
    if head.pos_ == "PROPN" and head.text in ctx.persons:
        return ctx.persons[head.text]
    return None


def _demonym_country(head: Token, ctx: ActorContext) -> str | None:
    """The country a modifier such as "Russian" gives a person ("Russian Lieutenant X")."""
    for token in head.subtree:
        if token.ent_type_ in ("NORP", "GPE") and token.i < head.i:
            return ctx.gazetteer.country_of(token.text)
    return None


def record_mention(role: Role, name: str, record: ActorRecord, evidence: list[Span],
                   review_flag: str | None = None) -> ActorMention:
    """An actor as the text names it, resolved to the registry's ``record``: one place that copies a
    record's id, canonical name, type and country onto a mention, for every rule that resolves an actor."""
    return ActorMention(role=role, name=name, actor_id=record.id, canonical_name=record.name,
                        actor_type=record.type, country=record.country, review_flag=review_flag, evidence=evidence)


def _person_mention(role: Role, head: Token, name_at: tuple[int, int], evidence: list[Span],
                    ctx: ActorContext) -> ActorMention:
    name = ctx.text[name_at[0]:name_at[1]]
    seat = _seat_of_power(name, ctx) if role is not Role.TARGET and " " not in name else None
    if seat is not None:  # "Sanaa said it had struck": a capital the tagger took for a person's name
        return record_mention(role, name, seat, evidence)
    record = ctx.registry.resolve(name, context_countries=ctx.countries) or ctx.registry.infer(
        name, context_countries=ctx.countries, entity_label="PERSON")
    stated = person_role(ctx.text, (head.left_edge.idx, head.idx + len(head)))
    stated = stated or person_role(ctx.text, name_at)
    return ActorMention(role=role, name=name, actor_id=record.id, canonical_name=record.name,
                        actor_type=record.type, country=record.country or _demonym_country(head, ctx),
                        rank_or_role=stated,
                        review_flag=role_conflict(record, stated), evidence=evidence)


def _group_record(head: Token, bounds: tuple[int, int], ctx: ActorContext) -> tuple[str, ActorRecord]:
    """The canonical actor of a group phrase; coordinated phrases resolve through their first part."""
    name = clean_name(ctx.text[bounds[0]:bounds[1]])
    record = ctx.registry.resolve(name, context_countries=ctx.countries)
    if record is None:
        core = core_bounds(head)
        if core != bounds:
            record = ctx.registry.resolve(clean_name(ctx.text[core[0]:core[1]]), context_countries=ctx.countries)
    if record is None and head.pos_ == "NOUN" and not (is_person_noun(head) or is_crowd_noun(head)
                                                       or head.lemma_.lower() in group_nouns()):
        record = owner_record(head, ctx.registry, ctx.countries)  # "PKK hideouts": a thing the PKK holds
    label = head.ent_type_ or None
    return name, record or ctx.registry.infer(name, context_countries=ctx.countries, entity_label=label)


def _seat_of_power(name: str, ctx: ActorContext) -> ActorRecord | None:
    """A capital that acts is its country's government ("Baku said it had taken control", "Moscow denied"),
    or the authority that holds it where that is another (``held_capitals``: "Sanaa said" is the Houthis)."""
    held = held_capitals().get(fold(name))
    if held is not None:
        return ctx.registry.get(held)
    capital = ctx.gazetteer.capital_of(name)
    if capital is None or capital.country is None or fold(capital.name) != fold(name):
        return None
    return ctx.registry.resolve(capital.country)


def _speakers_members(head: Token, speaker: Token, ctx: ActorContext) -> ActorRecord | None:
    """Whose "its fighters" the speaker's are: a known group's, or a capital's state ("Baku said its troops
    attacked": Azerbaijan's, never the Armenian side the sentence's demonym would give bare "troops")."""
    speaker_name, speaking = _group_record(speaker, phrase_bounds(speaker), ctx)
    if not speaking.known and speaker.pos_ == "PROPN":
        speaking = _seat_of_power(speaker_name, ctx) or speaking
    if not speaking.known:
        return None
    if speaking.type == "government" and speaking.country:  # the state's own forces, not its cabinet
        return ctx.registry.resolve(f"{speaking.country} {head.lower_}") or speaking
    return speaking


def _bare_region(head: Token) -> bool:
    """A region named by common nouns alone ("districts", "the town"): where, not whom. A phrase that names
    the place ("the town of Varno") stays, for the place finder reads a struck town from its targets."""
    return is_region(head) and not any(t.pos_ == "PROPN" for t in phrase_tokens(head))


def actor_mention(role: Role, head: Token, bounds: tuple[int, int], ctx: ActorContext) -> ActorMention | None:
    """An ActorMention for the phrase at ``bounds`` headed by ``head``; None for a non-actor doer.

    A doer may be any person ("killed by terrorists", "an assailant opened fire": WordNet's persons).
    A target that is no actor stays as written when it is a thing ("a market"); an abstraction
    ("responsibility", "six lives"), a region ("battles rocked districts") or a bare figure ("more than
    200") is no target at all.
    """
    evidence = [Span.of(ctx.text, *bounds)]
    quoted = quoted_side(head, ctx.registry, ctx.gazetteer, ctx.countries)
    if quoted is not None:  # '"drones struck our soldiers," a Ukrainian commander said': his side
        return record_mention(role, quoted.name, quoted, evidence)
    if not (is_actor_like(head) or (role == Role.INITIATOR and (
            is_person_noun(head) or _armed(head) or names_doer_kind(head)))):
        if role in (Role.TARGET, Role.PARTICIPANT) and not (is_abstract(head) or _bare_region(head)
                                                             or is_bare_number(head)):
            name = clean_name(ctx.text[bounds[0]:bounds[1]])
            owner = owner_record(head, ctx.registry, ctx.countries)  # "HTS positions": the group's
            return record_mention(role, name, owner, evidence) if owner is not None \
                else ActorMention(role=role, name=name, evidence=evidence)
        return None
    name_at = _person_name(head, ctx)
    if name_at is not None:
        return _person_mention(role, head, name_at, evidence, ctx)
    name, record = _group_record(head, bounds, ctx)
    if not record.known and role in (Role.INITIATOR, Role.PARTICIPANT) and head.pos_ == "PROPN":
        record = _seat_of_power(name, ctx) or record
    speaker = members_speaker(head) if not record.known else None
    speaking = _speakers_members(head, speaker, ctx) if speaker is not None else None
    if speaking is not None:  # "the RSF said its fighters took the town": the RSF's, named so (not "fighters")
        name, record = speaking.name, speaking
    return record_mention(role, name, record, evidence)


def context_for(doc: Doc, registry: ActorRegistry, gazetteer: Gazetteer,
                countries: Sequence[str]) -> ActorContext:
    """The actor-resolution context of one parsed document."""
    return ActorContext(doc_text(doc), registry, gazetteer, tuple(countries), person_index(doc))
