"""A party's account of what an unnamed force of its own did: "Security forces killed 11 terrorists ..., the
military's media wing said", "Troops killed 23 bandits ..., the Defence Headquarters said" (round 16).

The registry often knows neither the speaker (a military's media office, a defence headquarters) nor the
doer ("Security forces"), so ``link.own_claims`` cannot tie them by name; an army word as the doer, with no
name and no other country, told by a party (``own_claims._a_party``) striking armed foes
(``own_claims._foes_struck``) is the speaker's own force: no side tells the other side's men as "troops"
killing "terrorists". ``own_claims`` asks those two first; this module reads the doers and the toll.

Words: ``unnamed_force_heads``, ``foe_nouns``, ``force_nouns`` in data/en/modality.yaml.
"""

from __future__ import annotations

from collections.abc import Callable

from sitreps.attribute.lexicon import lexicon
from sitreps.link.seat_speakers import speaker_record
from sitreps.models import ActorMention, Attribution, EventMention, Role
from sitreps.resolve.actors import get_registry
from sitreps.resolve.registry_data import ActorRecord, registered


def unnamed_troops(mention: EventMention, attribution: Attribution) -> bool:
    """Whether every doer of the act is an unnamed force of the speaker's side (module docstring) and its toll
    counts none of the force's own men: "Ten soldiers, 25 rebels killed in clash" tells a clash both sides
    lost men in, as such, not the party's deed."""
    if _own_losses(mention):
        return False
    country = get_registry().infer(attribution.source or "").country
    doers = [a for a in mention.actors if a.role is Role.INITIATOR]
    return bool(doers) and all(_unnamed_force(a, country) for a in doers)


def countrys_soldiers(mention: EventMention, attribution: Attribution, forces: frozenset[str]) -> bool:
    """Whether an army of no stated country ("the armed forces said", "the army said") tells what one
    country's named soldiers did ("Malian soldiers killed about thirty terrorists"), its toll counting none
    of its own men (round 16c). The article's army speaks of its own country's soldiers: an army telling
    the other side's act names that side's country in its own words ("the Ukrainian army said"), and the
    rule that reads a teller as the doer (``own_claims._names_doer``) ties the two the same way, but asks
    for several tellers. ``forces`` are the actor types of soldiers and armies."""
    speaker = get_registry().infer(attribution.source or "")
    if speaker.known or speaker.country is not None or speaker.type not in forces or _own_losses(mention):
        return False
    doers = [a for a in mention.actors if a.role is Role.INITIATOR]
    return bool(doers) and all(a.actor_type in forces and a.country is not None for a in doers)


def countrys_unnamed_force(mention: EventMention, attribution: Attribution, bodies: frozenset[str]) -> bool:
    """Whether a state body the registry knows ("Moscow", "Russia's defence ministry", "the Pakistani
    army") tells what a force the registry does not know, named by the state's own country, did:
    "Russian air defence units shot down 18 drones", "Pakistani security forces killed eight militants"
    (round 21). The resolver types such new names by their words ("forces" reads as an armed group), so
    ``own_claims._own_forces`` cannot see them as the state's own; the country in their own words can. A
    foe's word ("Russian-speaking rebels") or a count of the force's own dead keeps the act as told.
    ``bodies`` are the actor types of a state speaking."""
    registry = get_registry()
    speaker = speaker_record(attribution.source or "")
    if speaker.type not in bodies or speaker.country is None or _own_losses(mention):
        return False
    doers = [a for a in mention.actors if a.role is Role.INITIATOR]
    return bool(doers) and all(_named_by_country(a, speaker.country, registry.infer) for a in doers)


def _named_by_country(actor: ActorMention, country: str, infer: Callable[[str], ActorRecord]) -> bool:
    """An unregistered doer whose own words name ``country`` and no foe ("Pakistani security forces")."""
    text = actor.evidence[0].text if actor.evidence else actor.name
    if registered(actor.actor_id) or {w.strip(",.;:").lower() for w in text.split()} & lexicon().foe_nouns:
        return False
    return infer(text).country == country


def _own_losses(mention: EventMention) -> bool:
    """Whether a count of the act names members of state forces among its dead ("Ten soldiers, 25 rebels")."""
    force = lexicon().force_nouns
    return any(w.strip(",.;:").lower() in force for c in mention.counts for e in c.evidence for w in e.text.split())


def _unnamed_force(actor: ActorMention, country: str | None) -> bool:
    """ "Security forces", "the troops", "troops of Operation Hadin Kai" (an operation or unit of its own
    army after "of"): an army word as the head, no name (a party the registry knows by these words, a
    capitalised word after the first), no foe's word ("rebel forces") and no country of its own words but the
    speaker's ("Israeli troops" told by a Palestinian ministry are the other side's). The words alone decide:
    the resolver gives "Troops" the article's army, which the speaker may be of another state than."""
    lex = lexicon()
    text = actor.evidence[0].text if actor.evidence else actor.name
    words = text.split()
    words = words[:words.index("of")] if "of" in words else words  # "troops of Operation Hadin Kai": a unit
    if not words or words[-1].lower() not in lex.unnamed_force_heads:
        return False
    if any(w[:1].isupper() for w in words[1:]) or {w.lower() for w in words} & lex.foe_nouns:
        return False
    named = get_registry().infer(text)
    return not named.known and named.country in (None, country)
