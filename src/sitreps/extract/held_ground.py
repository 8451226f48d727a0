"""Who held the ground a capture took, told on the place: "the rebel-held town", "a town held by the army".

A change of territory's object is its place ("recaptured the town of Kitchanga"), and ACLED codes the
side that held it as actor 2. The report often names that side on the place itself: as the modifier
of a participle of holding ("the rebel-held town", "the Houthi-controlled village", "five
insurgent-held villages") or as the agent of one ("Bunagana, a border town held by the Congolese
army"). That side is the capture's target. The holding participles are ``holding_lemmas`` of
``data/en/actor_roles.yaml``; a holder named elsewhere in the story is read by ``extract.story_targets``.
The parser also hangs the capture's own "from" phrase on the place when a place phrase comes between
("seized the border crossing at Kerem from army troops", "took the base from the army"): a phrase on the
place of a preposition the type gives its target (``prep_from`` in data/taxonomy.yaml) that names a party
is the side that lost it, as it is on the verb.

Relies on: the parse of the place phrase (participles as ``amod``/``acl``/``relcl`` of its nouns).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.actors import ActorContext, actor_mention
from sitreps.extract.english import words
from sitreps.extract.kinds_file import type_list
from sitreps.extract.party_modifiers import names_a_doer
from sitreps.extract.phrase_extent import core_bounds
from sitreps.extract.slots import ROLE_LISTS
from sitreps.extract.triggers import TriggerMatch
from sitreps.models import ActorMention, Role
from sitreps.resolve.registry_data import load_lexicon

# The dependencies of a participle that describes the place ("the rebel-held town", "a town held by").
DESCRIBING_DEPS = frozenset({"amod", "acl", "relcl"})
# The dependencies of the holder before a hyphened participle ("rebel" of "rebel-held").
MODIFIER_DEPS = frozenset({"npadvmod", "compound", "nmod"})


def ground_sides(match: TriggerMatch, place: Token, actor_ctx: ActorContext) -> list[ActorMention]:
    """The sides the place phrase says held the ground a capture took, as its targets."""
    sides = (actor_mention(Role.TARGET, h, core_bounds(h), actor_ctx) for h in ground_holders(match, place))
    return [s for s in sides if s is not None]


def ground_holders(match: TriggerMatch, place: Token) -> list[Token]:
    """The heads of the sides the place phrase says held it, for a change of territory only."""
    if match.event_type.id not in type_list("ground_lost_types"):
        return []
    holding = words(ROLE_LISTS, "holding_lemmas")
    participles = [t for t in place.subtree if t.dep_ in DESCRIBING_DEPS and t.lemma_.lower() in holding
                   and t.pos_ == "VERB" and not match.start <= t.i < match.end]
    return [h for p in participles for h in _holders_of(p)] + _taken_from(match, place) + _taken_from_agent(match)


def _taken_from_agent(match: TriggerMatch) -> list[Token]:
    """The parties of the capture's target phrase the parser hung on its passive's agent: "the town was captured
    by the Front from government forces" ("from" on "Front", round 30); not the group of a member noun ("captured
    by fighters from the M23": the fighters are the M23's)."""
    agents = [p for c in match.head.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    preps = [c for a in agents if a.lower_ not in load_lexicon().member_nouns for c in a.children
             if c.dep_ == "prep" and match.event_type.role_for(f"prep_{c.lower_}") is Role.TARGET]
    return [p for c in preps for p in c.children if p.dep_ == "pobj" and names_a_doer(p)]


def _taken_from(match: TriggerMatch, place: Token) -> list[Token]:
    """The parties of the capture's target phrase the parser hung on the place or on a name in its phrase
    ("the crossing at Kerem from army troops", "the town of Tessit from the army"); not a distance or an
    origin, whose object is a place or a thing ("30 km from the border"), which names no party."""
    nouns = [place, *(p for c in place.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")]
    slots = {f"prep_{c.lower_}": c for n in nouns for c in n.children if c.dep_ == "prep"}
    preps = [c for name, c in slots.items() if name not in match.event_type.place_slots
             and match.event_type.role_for(name) is Role.TARGET]  # "the town of X" is where, not whose
    return [p for c in preps for p in c.children if p.dep_ == "pobj" and names_a_doer(p)]


def _holders_of(participle: Token) -> list[Token]:
    """The holder a participle names: the noun before its hyphen, or its agent."""
    before = [c for c in participle.children if c.dep_ in MODIFIER_DEPS and c.i < participle.i
              and c.pos_ in ("NOUN", "PROPN")]
    agents = [p for c in participle.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return before + agents
