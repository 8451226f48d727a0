"""The object in the gap of a phrase trigger ("took [40 villagers] hostage", "set [two police vans] on
fire", "beat [a suspected thief] to death") is whom the act was done to, its target; an object that
ends the phrase ("massed its troops", "exchange 1,000 prisoners") stays part of the trigger.

Every sentence here is fiction written for these tests, in the styles of wire copy and local papers.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in, only

from sitreps.models import Role


@pytest.mark.parametrize(("text", "type_id", "target"), [
    ("Bandits took 40 villagers hostage in Katsina state overnight.", "abduction", "villagers"),
    ("Pirates boarded the tanker and took its 19 crew members hostage off Eyl.", "abduction", "crew members"),
    ("Gunmen in Herat took dozens of hotel guests hostage on Friday, police said.", "abduction", "guests"),
    ("The attackers forced the minibus to stop and took more than 30 commuters hostage, including children.",
     "abduction", "commuters"),
    ("Insurgents held the passengers hostage for six hours before commandos freed them.", "abduction",
     "passengers"),
    ("Rebels took 12 soldiers prisoner after overrunning the outpost near Lashio.", "surrender_capture",
     "soldiers"),
    ("A mob beat a suspected thief to death in Kampala on Sunday.", "mob_violence", "thief"),
    ("Rioters set two police vans on fire in Abidjan late on Thursday.", "violent_demonstration", "police vans"),
])
def test_the_object_in_the_gap_is_the_target(extract: Extract, text: str, type_id: str, target: str) -> None:
    mention = only(extract(text), type_id)
    assert any(target in name for name in names_in(mention, Role.TARGET)), names_in(mention, Role.TARGET)


@pytest.mark.parametrize(("text", "type_id"), [
    ("Moscow massed its troops near the border, officials in Vilnius said.", "mobilisation"),
    ("The warring parties agreed to exchange 1,000 prisoners, the mediators said.", "prisoner_exchange"),
])
def test_an_object_that_ends_the_phrase_stays_inside(extract: Extract, text: str, type_id: str) -> None:
    mention = only(extract(text), type_id)
    assert names_in(mention, Role.TARGET) == [], names_in(mention, Role.TARGET)
