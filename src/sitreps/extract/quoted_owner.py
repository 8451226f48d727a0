"""Whose are "our soldiers" in a quote: the speaker's side.

Wire copy quotes commanders and spokesmen telling what their own side suffered: '"Russian drones struck
our soldiers as they rotated out," a Ukrainian platoon commander said', '"I decided to withdraw our units
from the city," the general said'. ACLED's actor 2 is the speaker's side (the Ukrainian military), never
"our soldiers" as written, which names no side at all. A member noun of a group (``member_nouns`` of
``data/actors/generic.yaml``) possessed by a first-person word (``first_person_possessives`` of
``data/en/victims.yaml``) inside a sentence that quotes someone takes the side of the quote's speaker:
the subject of the verb of speaking the quoted clause hangs from, or that hangs from it ('"...," the
commander said' parses "said" under the quoted verb).

The speaker's side is what the registry knows the speaker's phrase by ("a Sudanese army spokesman"), else
a group the phrase names ("the commander of the RSF's 5th division"), else the armed forces of the country
it names ("a Ukrainian platoon commander": Ukraine military, as ``extract.story_targets`` names a state's
forces), else the one country's forces of a story whose speaker a bare force noun titles ("army spokesman
Nabil Abdallah"). A speaker named by surname alone ("Petrenko said:") is read by his earlier, titled mention.
A person the registry knows is no side. A speaker with none of these leaves the phrase as it was. The side
holds for any role: "our units withdrew" is the speaker's forces withdrawing, as "struck our units" hit them.

Relies on: the dependency parse. Gives: :func:`quoted_side`, read by ``extract.actors.actor_mention``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitreps.annotate.doctext import doc_ents
from sitreps.extract.english import word_list, words
from sitreps.resolve.actors import ActorRecord, ActorRegistry
from sitreps.resolve.gazetteer import Gazetteer
from sitreps.resolve.registry_data import load_lexicon

# The word lists read here: the possessives (data/en/victims.yaml) and the state's force nouns that
# name a country's armed forces (data/en/actor_roles.yaml, shared with extract/story_targets.py).
LISTS = "victims"
ROLE_LISTS = "actor_roles"
# Straight and curly double quotes: a sentence with none quotes nobody, and "our" there is the writer's.
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})
# How a quoted clause hangs from its verb of speaking ("X said [ccomp] ...") or the verb of speaking from
# the quoted clause ('"...," X said' gives "said" as parataxis or ccomp of the quoted verb).
QUOTE_DEPS = frozenset({"ccomp", "parataxis"})
# The speaker is the verb of speaking's subject ("a Malian army spokesman said").
SPEAKER_DEPS = frozenset({"nsubj"})
# Entities of a speaker's phrase that can name a side ("the RSF's", "Hamas's armed wing"), and those
# that name a country whose forces the speaker speaks for ("a Ukrainian commander", "Ukraine's 47th").
NAMING_ENTITIES = frozenset({"ORG", "NORP", "PERSON"})
COUNTRY_ENTITIES = frozenset({"NORP", "GPE"})
# The registry's type of a person's record: a person speaks for a side but is none.
PERSON_TYPE = "person"


def _speaking(verb: Token) -> bool:
    """A verb that reports words: "said", "told", "added", "spoke"."""
    return verb.lemma_.lower() in words("cues", "indirect_verbs") | words("places", "speaking_verbs")


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SPEAKER_DEPS), None)


def quote_speaker(token: Token) -> Token | None:
    """The speaker of the quote ``token`` lies in: climbing its clauses to a verb of speaking above them,
    or to a verb that has one hanging from it after the quote."""
    if not any(t.text in QUOTE_MARKS for t in token.sent):
        return None
    node = token
    while node.head.i != node.i:
        head = node.head
        if head.pos_ in ("VERB", "AUX") and node.dep_ in QUOTE_DEPS and _speaking(head):
            return _subject(head)
        if head.pos_ in ("VERB", "AUX"):
            teller = next((c for c in head.children if c.dep_ in QUOTE_DEPS and c.i > token.i and _speaking(c)), None)
            if teller is not None:
                return _subject(teller)
        node = head
    return None


def own_side_speaker(head: Token) -> Token | None:
    """The speaker whose side a phrase such as "our soldiers" names in a quote; None for any other phrase."""
    if head.lower_ not in load_lexicon().member_nouns or not any(
            c.dep_ == "poss" and c.lower_ in words(LISTS, "first_person_possessives") for c in head.children):
        return None
    return quote_speaker(head)


def _phrase(token: Token) -> str:
    return token.doc[token.left_edge.i:token.right_edge.i + 1].text


def _entities(speaker: Token) -> list[SpacySpan]:
    """The named entities inside the speaker's phrase, in text order."""
    first, last = speaker.left_edge.i, speaker.right_edge.i
    return [e for e in doc_ents(speaker.doc) if first <= e.start and e.end <= last + 1]


def speaker_side(speaker: Token, registry: ActorRegistry, gazetteer: Gazetteer,
                 countries: Sequence[str]) -> ActorRecord | None:
    """The side a speaker speaks for: the registry's reading of the phrase, a group it names, else the armed
    forces of the country it names (see the module)."""
    record = registry.resolve(_phrase(speaker), context_countries=countries)
    if _is_side(record):
        return record
    country = None
    for entity in _entities(speaker):
        place = gazetteer.country_of(entity.text) if entity.label_ in COUNTRY_ENTITIES else None
        country = country or place
        named = registry.resolve(entity.text, context_countries=countries) if (
            place is None and entity.label_ in NAMING_ENTITIES) else None
        if _is_side(named):
            return named
    for noun in word_list(ROLE_LISTS, "state_forces_nouns") if country else ():
        forces = registry.resolve(f"{country} {noun}")
        if forces is not None:
            return forces
    return _force_title(speaker, registry, countries)


def _force_title(speaker: Token, registry: ActorRegistry, countries: Sequence[str]) -> ActorRecord | None:
    """The story country's forces for a speaker titled by a bare force noun ("army spokesman Nabil
    Abdallah", "a military official"), where the document has one country: with two ("Russia", "Ukraine")
    a bare "army" could be either's. A force noun with words of its own ("the rebel army's spokesman") is
    left."""
    forces = words(ROLE_LISTS, "state_forces_nouns")
    noun = next((t for t in speaker.subtree if t.i != speaker.i and t.lower_ in forces and not list(t.children)),
                None)
    record = registry.resolve(f"{countries[0]} {noun.lower_}") if noun is not None and len(countries) == 1 else None
    return record if _is_side(record) else None


def _is_side(record: ActorRecord | None) -> bool:
    """A known group: a person the registry knows ("army spokesman Nabil Abdallah") speaks for a side but
    is none, and "our units" are not his."""
    return record is not None and record.known and record.type != PERSON_TYPE


def _titled(speaker: Token) -> Token | None:
    """The head of the earlier, fuller mention of a speaker named by surname alone: "Petrenko said" after
    "the country's army chief, General Ivan Petrenko" (the title there says whose side he is)."""
    if speaker.pos_ != "PROPN":  # the tagger often leaves a bare surname untagged
        return None
    root = next((e.root for e in doc_ents(speaker.doc) if e.label_ == "PERSON" and e.end <= speaker.i
                 and e[-1].text == speaker.text and e.root.i != speaker.i), None)
    return root.head if root is not None and root.dep_ == "appos" else root  # "army chief, General Ivan Petrenko"


def quoted_side(head: Token, registry: ActorRegistry, gazetteer: Gazetteer,
                countries: Sequence[str]) -> ActorRecord | None:
    """The side "our soldiers" of a quote stands for (see the module); None for any other phrase."""
    speaker = own_side_speaker(head)
    if speaker is None:
        return None
    titled = _titled(speaker)
    return speaker_side(speaker, registry, gazetteer, countries) or (
        speaker_side(titled, registry, gazetteer, countries) if titled is not None else None)
