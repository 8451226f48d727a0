"""A word for armed people before an attack names its doer, even tagged an adjective (round 18).

"Security forces foiled a terrorist attack on an army camp": the tagger reads "terrorist" as an
adjective, so the attack named no doer, the verb of defence was not read as the attack, and the forces
that foiled it became the initiator. ``extract.doer_modifiers`` reads such a word as the doer when it is
both a word of armed work and a noun for people; "an armed attack", "a terror attack" or "a kidnapping
attempt" say what kind of act it was and name no one.

Sentences written for these tests (fiction in the style of news), from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in

from sitreps.models import EventMention, Role


def _names(events: list[EventMention], role: Role) -> list[str]:
    return [name for m in events for name in names_in(m, role)]


FOILED = [
    ("Security forces foiled a terrorist attack on an army camp in Lower Dir on Friday, the military said.",
     "terrorist", "forces"),
    ("Police foiled a terrorist attack on a church in Lahore on Sunday, a police spokesman said.",
     "terrorist", "Police"),
    ("Paramilitary troops thwarted a terrorist attack on a checkpoint in Kurram late on Tuesday.",
     "terrorist", "troops"),
    ("A militant attack on a police division in Kajuru was foiled by the police on Monday, a spokesman said.",
     "militant", "police"),
]


@pytest.mark.parametrize(("text", "doer", "defender"), FOILED)
def test_the_foiled_attack_is_the_terrorists(extract: Extract, text: str, doer: str, defender: str) -> None:
    events = extract(text)
    initiators = _names(events, Role.INITIATOR)
    assert any(doer in name for name in initiators), initiators
    assert not any(defender in name for name in initiators), initiators


NAMES_NO_ONE = [
    "Police foiled an armed attack on a bank in Quetta on Monday, officials said.",
    "Troops foiled a kidnapping attempt on the highway near Kaduna on Saturday.",
]


@pytest.mark.parametrize("text", NAMES_NO_ONE)
def test_a_word_of_the_act_names_no_doer(extract: Extract, text: str) -> None:
    initiators = _names(extract(text), Role.INITIATOR)
    assert not any(word in name.lower() for name in initiators for word in ("armed", "kidnapping")), initiators
