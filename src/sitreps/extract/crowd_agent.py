"""The crowd a demonstration's "by" phrase names, when a force's verb took the demonstration as object.

"Riot police broke up a rally by opposition supporters", "soldiers dispersed a sit-in by relatives of
missing men", "police charged a march organised by the teachers' union": the demonstration is the
object of the force's verb, and the crowd is named only as the agent of the demonstration noun (the
parser often hangs "by" on the verb). ``extract.arguments`` reads the verb's subject as the doer and the
noun ("sit-in") or nobody as what it acted on, so ``implied_actors`` then adds a nameless
"protesters" where the text names the crowd. ACLED codes the named crowd as actor 1 of the
demonstration, the force as actor 2.

Here the phrase is added as the side the force acted on (its target; ``link.row_sides`` sides the row
crowd first, as for an implied crowd), replacing a demonstration noun read as that target; a mention
whose force is not the doer takes the crowd as its initiator. A "by" phrase on a passive verb ("a rally
was broken up by police") names the force, not the crowd, and is left alone.

The demonstration may also be what the force's means aim at ("fired tear gas and rubber bullets at a
procession by activists", "at" hanging from the verb) or the object of the means' purpose clause ("used
water cannon to end a sit-in by students"); a hyphenated noun the tokenizer splits ("sit-in") is read whole.

Relies on: the parse of the mention's trigger; incidents with their final types (run before
``implied_actors``). Words: ``demonstration_nouns``, ``crowd_agent_participles`` in
``data/en/actor_roles.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from sitreps.annotate.doctext import doc_text, root_at
from sitreps.extract.actor_checks import FORCE_TYPES
from sitreps.extract.actors import clean_name, record_mention
from sitreps.extract.english import words
from sitreps.extract.implied_actors import implied_crowd_name, incident_countries
from sitreps.extract.phrase_extent import phrase_bounds
from sitreps.extract.slots import ROLE_LISTS
from sitreps.models import ActorMention, EventMention, Role, Span
from sitreps.resolve.actors import ActorRegistry

AGENT_PREPOSITION = "by"
"""The preposition of an agent, on the noun or on the active verb that took it as object."""
OBJECT_DEPS = frozenset({"dobj", "npadvmod"})
"""Dependencies of the demonstration as the verb's object: the parser reads some ("broke up a march by
miners") as an adverbial noun, seen in spaCy's English models on phrasal verbs."""
PURPOSE_DEP = "xcomp"
"""The dependency of a purpose clause on the verb of a means ("used water cannon to end a sit-in"), as
spaCy's English models attach "to" + verb after a direct object."""


def noun_word(token: Token) -> str:
    """The word a noun token ends: its lemma, or the whole hyphenated word when the tokenizer split one
    ("sit-in" is read as "sit", "-", "in", with "in" the noun's head)."""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        return f"{doc[i - 2].lower_}-{token.lower_}"
    return token.lemma_.lower()


def _aimed(root: Token) -> list[Token]:
    """The nouns a trigger aims at: through a preposition on the trigger itself, the trigger being the
    preposition ("tear gas at" read as "at"), or on the verb whose object the trigger names ("fired tear gas
    and rubber bullets at a procession": "at" hangs from "fired", not from "bullets"); or the object of that
    verb's purpose clause ("used water cannon to end a sit-in")."""
    preps = [c for c in root.children if c.dep_ == "prep"]
    if root.dep_ == "prep":
        preps.append(root)
    means = root
    while means.dep_ == "conj" and means.head.i != means.i:
        means = means.head
    purposes: list[Token] = []
    if means.dep_ == "dobj":
        preps.extend(c for c in means.head.children if c.dep_ == "prep")
        purposes = [c for c in means.head.children if c.dep_ == PURPOSE_DEP]
    return [g for p in preps for g in p.children if g.dep_ == "pobj"] + [
        o for v in purposes for o in v.children if o.dep_ in OBJECT_DEPS]


def _demonstrations(root: Token) -> Iterator[Token]:
    """The demonstration nouns the trigger is, takes as its object or aims at ("fired tear gas at a
    procession")."""
    nouns = words(ROLE_LISTS, "demonstration_nouns")
    if noun_word(root) in nouns and root.pos_ == "NOUN":
        yield root
    aimed = _aimed(root)
    yield from (c for c in (*root.children, *aimed) if (c.dep_ in OBJECT_DEPS or c in aimed)
                and noun_word(c) in nouns)


def _by_object(holder: Token) -> Token | None:
    prep = next((c for c in holder.children if c.dep_ in ("prep", "agent") and c.lower_ == AGENT_PREPOSITION), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def crowd_of(noun: Token) -> Token | None:
    """The head of the phrase naming who held the demonstration ``noun`` names, or None."""
    found = _by_object(noun)
    if found is None:
        participles = words(ROLE_LISTS, "crowd_agent_participles")
        found = next((_by_object(c) for c in noun.children
                      if c.dep_ == "acl" and c.lemma_.lower() in participles and _by_object(c) is not None), None)
    verb = noun.head
    if found is None and noun.dep_ in OBJECT_DEPS and not any(c.dep_ == "auxpass" for c in verb.children):
        found = _by_object(verb)
    return None if found is None or found.pos_ == "PRON" else found


def _named_crowd(mention: EventMention, doc: Doc) -> tuple[Token, Span] | None:
    trigger = root_at(doc, mention.trigger.start, mention.trigger.end)
    for noun in _demonstrations(trigger) if trigger is not None else ():
        found = crowd_of(noun)
        if found is not None:
            start, end = phrase_bounds(found)
            return noun, Span.of(doc_text(doc), start, end)
    return None


def _kept(actor: ActorMention, noun: Token, crowd: Span) -> bool:
    """Whether an actor stays beside the named crowd: not the crowd itself, the demonstration read as a
    target, or an implied crowd."""
    evidence = actor.evidence[0] if actor.evidence else None
    if evidence is None:
        return True
    if evidence.start < crowd.end and crowd.start < evidence.end:
        return False
    return not (actor.role is Role.TARGET and evidence.start <= noun.idx < evidence.end)


def with_crowd_agent(mention: EventMention, doc: Doc, registry: ActorRegistry,
                     countries: Sequence[str]) -> EventMention:
    """The demonstration with the crowd its "by" phrase names (see the module)."""
    if implied_crowd_name(mention.type) is None:
        return mention
    named = _named_crowd(mention, doc)
    if named is None:
        return mention
    noun, crowd = named
    if any(a.role is Role.INITIATOR and a.actor_type not in FORCE_TYPES and a.evidence
           and a.evidence[0].start < crowd.end and crowd.start < a.evidence[0].end for a in mention.actors):
        return mention  # "a march by teachers": read as the doer already
    forced = any(a.role is Role.INITIATOR and a.actor_type in FORCE_TYPES for a in mention.actors)
    name = clean_name(crowd.text)
    record = registry.infer(name, context_countries=incident_countries(mention, countries))
    actor = record_mention(Role.TARGET if forced else Role.INITIATOR, name, record, [crowd])
    kept = [a for a in mention.actors if _kept(a, noun, crowd)]
    return mention.model_copy(update={"actors": [*kept, actor]})
