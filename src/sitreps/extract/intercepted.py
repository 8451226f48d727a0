"""Whose weapon an interception stopped: "a frigate shot down a Houthi drone" stopped the Houthis.

A disrupted weapons use names the stopped means as its object ("shot down two Houthi drones",
"intercepted a missile launched by the Houthis"), which the argument rules keep as the instrument.
ACLED codes the side whose weapon was stopped as actor 2, so the means' owner, named by its modifier
("Houthi drones", "Russia's missiles") or by the agent of a participle on it ("launched by the
Houthis", "fired by Hezbollah"), is the target. Only the types listed as ``intercepted_means_types``
in ``data/incident_kinds.yaml`` read it.

Relies on: the parse of the means phrase and ``party_modifiers.owner_modifiers``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.actor_checks import as_state_forces
from sitreps.extract.actors import ActorContext, actor_mention
from sitreps.extract.kinds_file import type_list
from sitreps.extract.party_modifiers import owner_modifiers
from sitreps.extract.phrase_extent import core_bounds
from sitreps.extract.triggers import TriggerMatch
from sitreps.models import ActorMention, Role

# The dependencies of a participle hung on the means ("a missile launched by the Houthis").
PARTICIPLE_DEPS = frozenset({"acl", "relcl"})


def stopped_owners(match: TriggerMatch, means: Token, actor_ctx: ActorContext) -> list[ActorMention]:
    """The sides whose stopped means ``means`` was, as targets of an interception."""
    if match.event_type.id not in type_list("intercepted_means_types"):
        return []
    owners = (actor_mention(Role.INITIATOR, o, core_bounds(o), actor_ctx) for o in _owner_words(means))
    # "Russian drones" fired by Russia's forces, as a demonym that strikes is (``actor_checks.as_state_forces``)
    armed = (as_state_forces(o, actor_ctx.registry) for o in owners if o is not None)
    return [o.model_copy(update={"role": Role.TARGET}) for o in armed]


def _owner_words(means: Token) -> list[Token]:
    """The heads that name the means' owner: its modifiers, else the agent of a participle on it."""
    modifiers = owner_modifiers(means)
    if modifiers:
        return modifiers
    return [p for c in means.children if c.dep_ in PARTICIPLE_DEPS for a in c.children if a.dep_ == "agent"
            for p in a.children if p.dep_ == "pobj"]
