"""A body the article names by its bare noun, telling its own side's act: "Israeli jets struck Hezbollah sites
overnight, the military said", "Colombian troops killed six ELN rebels, the defence ministry said", "JNIM
fighters attacked an army post in Djibo, the group said" (round 22, issue #13 "Scope of modality").

The outlet tells the act in its own words and names who told it at the end. The source is a definite
description with no country or name in it, so the actor registry reads it as no known party ("the military"
as an armed group of no country, "the defence ministry" as a government of none), and ``link.own_claims``
found no side to match the doer with: the act stayed ``reported`` where ACLED codes it ``claimed``. The bare
noun points back at a body the article named (its headline, its lead); whose body it is the act says: a
state's army or ministry tells of its own forces striking armed foes, taking ground or downing drones, an
armed group ("the group", "the movement") of its own fighters. The other side's telling of the act hurts its
own people or places ("Russian forces shelled Kherson, killing two, the ministry said": Ukraine's ministry),
so an act with a victim that is no armed party, or with no victim but of a kind not only its doer tells, is
left as it is.
"""

from __future__ import annotations

from sitreps.attribute.lexicon import lexicon
from sitreps.extract.english import without_possessive
from sitreps.link.mouthpieces import mouthpiece_party
from sitreps.link.party_voices import STATE_BODIES, actor_words, spokesperson
from sitreps.link.seat_speakers import speaker_record
from sitreps.models import ActorMention, Attribution, EventMention, Role, SourceKind
from sitreps.resolve.actors import get_registry
from sitreps.resolve.registry_data import registered

# Actor types (resolve/actors.py) of a state's armed forces, whose acts its bare "army" or "ministry" tells.
STATE_SIDE = STATE_BODIES | {"military_personnel"}
# Actor types of the armed parties a side tells of striking: its foes, not bystanders.
ARMED_TYPES = STATE_SIDE | {"armed_group", "police"}
# Punctuation around a name in a victim's words ("(RSF)", "Hezbollah,").
NAME_STRIP = "()\",."


def bare_body_tells_own(mention: EventMention, attribution: Attribution, doerless_types: frozenset[str]) -> bool:
    """Whether a bare body ("the ministry", "the group") tells its own side's act (module docstring).
    ``doerless_types`` are the kinds of act only their doer tells with no victim named (a capture of ground,
    a drone downed)."""
    side = _bare_side(attribution)
    if side is None:
        return False
    doers = [a for a in mention.actors if a.role is Role.INITIATOR]
    if not doers or not all(_of_side(a, side) for a in doers):
        return False
    victims = [a for a in mention.actors if a.role is Role.TARGET]
    if not victims:
        return mention.type in doerless_types
    return all(_armed(a) for a in victims)


def _bare_side(attribution: Attribution) -> str | None:
    """ "state" for "the army", "the defence ministry", "the general staff"; "group" for "the group", "the
    movement"; None for any other source (a named one, an unnamed person, a description naming a country)."""
    lex = lexicon()
    if (attribution.source_kind is not SourceKind.ORGANISATION and not spokesperson(attribution)) \
            or attribution.source is None:
        return None
    party = mouthpiece_party(attribution.source) or attribution.source
    words = [w.lower() for w in party.split()]
    words = words[1:] if words and words[0] in lex.definite_determiners | lex.indefinite_determiners else words
    record = speaker_record(party)
    if not words or record.known or record.country is not None:
        return None  # "the Israeli military", "Ankara": a named party, matched by ``own_claims``
    if words[-1] in lex.state_body_heads:
        return "state"
    return "group" if len(words) == 1 and words[0] in lex.own_party_nouns else None


def _of_side(actor: ActorMention, side: str) -> bool:
    """Whether the doer is of the side a bare body speaks for: a state's forces or bodies, or an armed group."""
    if side == "state":
        return actor.actor_type in STATE_SIDE and actor.country is not None
    return actor.actor_type == "armed_group"


def _armed(victim: ActorMention) -> bool:
    """An armed party, its fighters or its positions: "six ELN rebels", "Hezbollah sites", "enemy troops". The
    registry types any words it does not know as an armed group ("a hospital", "Kherson"), so its type alone is
    no proof: the victim is a party the registry knows, or its words name one or armed men."""
    lex = lexicon()
    if victim.actor_type in ARMED_TYPES and registered(victim.actor_id):
        return True
    words = actor_words(victim)
    if set(words) & (lex.foe_nouns | lex.force_nouns | lex.armed_target_words):
        return True
    registry = get_registry()
    named = (registry.resolve(w) for w in _names(victim))
    return any(r is not None and r.type in ARMED_TYPES for r in named)


def _names(actor: ActorMention) -> list[str]:
    """The capitalised words of an actor's evidence, bare of punctuation and possessive ("Hezbollah's")."""
    words = (actor.evidence[0].text if actor.evidence else actor.name).split()
    return [without_possessive(w.strip(NAME_STRIP)) for w in words if w[:1].isupper()]
