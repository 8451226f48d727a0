"""A named group before a vague label of the same side, as an incident's first doer.

A headline says who did it in the fewest words ("Islamists seize key town", "Jihadists kill 12
soldiers"); the body then names the group ("fighters of JNIM entered the town", "the attack was
carried out by Ansarul Islam"). Merged into one incident, both are its initiators, and the one told
first, the headline's label, led the row, while ACLED codes the named group. The label's own words
are open-ended (any demonym or creed plus "-ists"), so the test is the shape of the name, not a word
list: a label is a name the actor registry does not know, with no acronym and no capitalised word
after its first ("Islamists", "suspected jihadists", "gunmen"); a named group is one the registry knows
(preferred) or whose name carries a capital after its first word or an acronym ("JNIM fighters", "Baloch
Liberation Front"), and is no state force. Only a label of the same resolved type gives way: a state force and an armed
group are two sides, and the order of two sides is the consolidation's to decide.

Relies on: the actors of a merged incident, each with its registry id, type and evidence.
"""

from __future__ import annotations

from collections.abc import Sequence

from sitreps.extract.unrest import ARMED_TYPES, state_force
from sitreps.models import ActorMention, Role
from sitreps.resolve.registry_data import registered


def _words(actor: ActorMention) -> list[str]:
    """The words of the name the row will show (not of its evidence: a name cut short, "Cooperative" of
    "the Cooperative for the Development of the Congo", names no one the reader can tell)."""
    return actor.name.replace("-", " ").split()


def is_label(actor: ActorMention) -> bool:
    """A description with no name in it: unknown to the registry, no acronym and no capitalised word
    after the first ("Islamists", "suspected jihadists"). A capital on the first word says nothing: it
    opens a headline or a sentence ("Security forces killed nine militants")."""
    if registered(actor.actor_id):
        return False
    words = _words(actor)
    acronym = any(len(w) > 1 and w.isupper() for w in words)
    return bool(words) and not acronym and not any(w[:1].isupper() for w in words[1:])


def _named(actor: ActorMention) -> bool:
    """A named armed group; the registry types a bare force noun it cannot place ("security forces") as
    an armed group, so the noun is asked too."""
    return actor.actor_type in ARMED_TYPES and not is_label(actor) and not state_force(actor)


def named_first(actors: Sequence[ActorMention]) -> list[ActorMention]:
    """The actors in their order, but a named initiator moved before the labels of its own type that
    lead it (see the module's docstring); targets and other roles keep their places."""
    out = list(actors)
    doers = [a for a in out if a.role is Role.INITIATOR]
    lead = doers[0] if doers else None
    if lead is None or not is_label(lead) or lead.actor_type not in ARMED_TYPES:
        return out
    names = [a for a in doers if _named(a) and a.actor_type == lead.actor_type]
    if not names:
        return out
    named = min(names, key=lambda a: not registered(a.actor_id))  # the registry's own name first
    out.remove(named)
    out.insert(out.index(lead), named)
    return out
