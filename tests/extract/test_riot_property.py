"""What a riot damaged is no side of it: a shop, a town hall or burnt cars leave the riot's target empty
(ACLED codes only a party the crowd fought or hurt as a riot's actor 2), while a force's property
("a police station") or a person ("the home of a senator") stays.

Every sentence here is fiction written for these tests, in the styles of wire copy and local papers.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in, only

from sitreps.models import Role

RIOT = "violent_demonstration"


@pytest.mark.parametrize("text", [
    "Rioters ransacked a phone shop in central Lyon overnight, police said.",
    "A town hall in a suburb of Lille was attacked by rioters, who set its doors on fire.",
    "Protesters smashed the windows of a bank and torched cars in Nairobi on Tuesday.",
    "Demonstrators looted a supermarket in Valparaiso and burned a bus, local radio reported.",
    "In downtown Quito, an Adidas sportswear outlet was looted by rioters late on Friday.",
])
def test_damaged_property_is_no_target_of_a_riot(extract: Extract, text: str) -> None:
    riot = only(extract(text), RIOT)
    assert names_in(riot, Role.TARGET) == [], names_in(riot, Role.TARGET)


@pytest.mark.parametrize(("text", "target"), [
    ("A police station in Dakar was set on fire by rioters on Friday.", "police station"),
    ("Rioters attacked police officers with stones in Lyon overnight.", "police officers"),
    ("Rioters torched the offices of the ruling party in Nakuru on Monday.", "ruling party"),
    ("Rioters clashed with police in Dhaka and torched a ruling party office.", "police"),
])
def test_a_force_party_or_person_stays_the_target(extract: Extract, text: str, target: str) -> None:
    riot = only(extract(text), RIOT)
    assert any(target in name for name in names_in(riot, Role.TARGET)), names_in(riot, Role.TARGET)


@pytest.mark.parametrize("text", [
    "Gunmen torched a market in Maiduguri on Sunday, killing four traders.",
    "Gunmen burned down a church in Plateau state on Sunday, residents said.",
    "Insurgents blew up a bridge near Mopti overnight.",
])
def test_property_stays_the_target_of_an_armed_attack(extract: Extract, text: str) -> None:
    targets = [name for m in extract(text) for name in names_in(m, Role.TARGET)]
    assert targets, [(m.type, m.actors) for m in extract(text)]
