"""The people a struck thing carries or shelters are whom the strike hit.

"A roadside bomb struck a vehicle carrying members of the Popular Mobilisation Forces", "militants
ambushed a bus carrying soldiers", "an air strike hit a school sheltering displaced families", "gunmen
attacked a camp for displaced people": the sentence names a thing as what was hit, and the extractor
kept the thing ("vehicle") as the target, while ACLED's actor 2 is the people in it. The thing's own
phrase names them, by a verb of holding hung on it (``carrying_verbs``) or a preposition of whom it is
for (``holding_prepositions``, ``data/en/victims.yaml``). Those people become a target of the incident
ranked before the thing, which stays (the project's own gold codes the thing hit, see
``extract.apart_victims``). A thing that holds no people ("a truck carrying fuel", "a depot with
weapons") is left as it was.

Relies on: the parsed doc and the incident's targets, each with its evidence span.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sitreps.annotate.doctext import doc_text, root_at
from sitreps.annotate.quantities import counting_lexicon, group_nouns
from sitreps.extract.actors import clean_name, record_mention
from sitreps.extract.english import words
from sitreps.extract.nouns import is_person_noun
from sitreps.extract.phrase_extent import phrase_bounds
from sitreps.models import ActorMention, EventMention, Role, Span
from sitreps.resolve.actors import ActorRegistry

LISTS = "victims"
# How a verb of holding hangs on the thing ("a bus [carrying] soldiers") and what it holds hangs on it.
HOLDING_DEP = "acl"
HELD_DEPS = frozenset({"dobj"})
PREPOSITION_OBJECT = "pobj"


def _people(token: Token) -> bool:
    """People or a group of them: "soldiers", "members of the PMF", "displaced people", "families"."""
    persons, _ = counting_lexicon()
    return is_person_noun(token) or bool({token.lemma_.lower(), token.lower_} & (persons | group_nouns()))


def carried_people(thing: Token) -> list[Token]:
    """The heads of the people ``thing``'s own phrase says it carries, shelters or is for."""
    held = [o for c in thing.children if c.dep_ == HOLDING_DEP and c.lemma_.lower() in words(LISTS, "carrying_verbs")
            for o in c.children if o.dep_ in HELD_DEPS]
    held += [o for c in thing.children if c.dep_ == "prep" and c.lower_ in words(LISTS, "holding_prepositions")
             for o in c.children if o.dep_ == PREPOSITION_OBJECT]
    return [p for p in held if _people(p)]


def _held_target(people: Token, registry: ActorRegistry, countries: Sequence[str]) -> ActorMention:
    start, end = phrase_bounds(people, with_conjuncts=False)
    evidence = Span.of(doc_text(people.doc), start, end)
    name = clean_name(evidence.text)
    return record_mention(Role.TARGET, name, registry.infer(name, context_countries=countries), [evidence])


def _with_people(actor: ActorMention, doc: Doc, registry: ActorRegistry,
                 countries: Sequence[str]) -> list[ActorMention]:
    """The actor, preceded by the people it carries when it is a thing that carries some."""
    if actor.role is not Role.TARGET or actor.actor_id is not None or not actor.evidence:
        return [actor]
    thing = root_at(doc, actor.evidence[0].start, actor.evidence[0].end)
    people = carried_people(thing) if thing is not None else []
    return [_held_target(people[0], registry, countries), actor] if people else [actor]


def with_carried_people(mention: EventMention, doc: Doc, registry: ActorRegistry,
                        countries: Sequence[str]) -> EventMention:
    """The incident with the people each thing it hit carries ranked before that thing (see the module)."""
    actors = [a for actor in mention.actors for a in _with_people(actor, doc, registry, countries)]
    return mention if len(actors) == len(mention.actors) else mention.model_copy(update={"actors": actors})
