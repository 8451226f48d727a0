"""The codebook's questions read off the parse decide ACLED sub-types the lexicon's default gets wrong
(round 11, from the fiction check ``benchmarks/subtypes_fiction.py``).

Every sentence here is fiction written for these tests, in the style of wire copy, from several
conflicts; each group has sentences that must change and near-misses that must not.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract


def _types(extract: Extract, text: str) -> list[str]:
    return [m.type for m in extract(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # With what: a verb coordinated with the one whose subject is the weapon shares that subject.
    ("Mortar shells rained down on the camp near Tawila and killed six children, aid workers said.",
     "shelling_missile_attack"),
    ("Two missiles slammed into the port of Odesa overnight and struck a grain warehouse, officials said.",
     "shelling_missile_attack"),
    ("A roadside bomb tore through the convoy near Gao on Monday and killed three soldiers, a source said.",
     "remote_explosive"),
])
def test_a_coordinated_verb_shares_its_weapon_subject(extract: Extract, text: str, expected: str) -> None:
    assert expected in _types(extract, text)


@pytest.mark.parametrize(("text", "expected"), [
    # Near-misses: the coordinated verb has a subject of its own, or the first subject is no weapon.
    ("Artillery units withdrew from the ridge, and fighters killed five civilians in the village of Kalo.",
     "attack_on_civilians"),
    ("Militants crossed the river at dawn and killed 12 villagers near Tillaberi, the governor said.",
     "attack_on_civilians"),
])
def test_a_coordinated_verb_keeps_its_own_subject(extract: Extract, text: str, expected: str) -> None:
    types = _types(extract, text)
    assert expected in types and "shelling_missile_attack" not in types, types


@pytest.mark.parametrize("text", [
    # Who acts: townspeople, not an armed group nor a demonstration (ACLED's mob violence).
    "Residents of a township outside Johannesburg attacked foreign-owned shops with sticks and stones on Thursday.",
    "Villagers in Manipur set fire to dozens of houses belonging to a rival community, officials said.",
    "A group of villagers in Tanganyika province killed two men they accused of witchcraft, police said.",
])
def test_townspeople_who_attack_are_a_mob(extract: Extract, text: str) -> None:
    assert "mob_violence" in _types(extract, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen killed five villagers in Zamfara state on Sunday, police said.", "attack_on_civilians"),
    ("Soldiers burned houses belonging to residents of Kunar village, witnesses said.",
     "looting_property_destruction"),
])
def test_townspeople_as_victims_are_no_mob(extract: Extract, text: str, expected: str) -> None:
    types = _types(extract, text)
    assert expected in types and "mob_violence" not in types, types


@pytest.mark.parametrize("text", [
    # Against whom: people taken by an armed group are abducted, not ground taken.
    "JNIM fighters seized 12 passengers from a bus travelling between Djibo and Ouahigouya on Friday.",
    "Bandits seized 30 worshippers from a church in Kaduna State on Sunday, the diocese said.",
    "Al Shabaab militants captured four aid workers near Baidoa on Tuesday, their agency said.",
])
def test_civilians_seized_are_abducted(extract: Extract, text: str) -> None:
    assert "abduction" in _types(extract, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The army captured 15 rebel fighters near Bunia.", "surrender_capture"),
    ("Militants seized the village of Koro in central Mali on Tuesday.", "non_state_overtakes_territory"),
    # A mine taken with a town is a mining site, not a landmine.
    ("M23 rebels seized the town of Rubaya and its coltan mines on Tuesday, residents said.",
     "non_state_overtakes_territory"),
])
def test_ground_and_fighters_seized_are_not_abductions(extract: Extract, text: str, expected: str) -> None:
    types = _types(extract, text)
    assert expected in types and "abduction" not in types, types


@pytest.mark.parametrize("text", [
    # Was the crowd violent: a riot the police fire on stays a riot (ACLED codes excessive force only
    # against peaceful protesters), so a merged incident told both ways is a violent demonstration.
    "Protesters hurled stones at police in Mombasa on Tuesday, and officers opened fire on the crowd, killing two.",
    "Demonstrators set fire to the governor's office in Sokoto, and police fired live rounds at them, witnesses said.",
    "Rioters attacked a police station in Dhaka on Friday; police opened fire on protesters, killing one, aides said.",
])
def test_a_violent_crowd_fired_on_is_still_a_riot(extract: Extract, text: str) -> None:
    types = _types(extract, text)
    assert "violent_demonstration" in types and "excessive_force_against_protesters" not in types, types


@pytest.mark.parametrize("text", [
    "Police opened fire on peaceful protesters in Khartoum on Thursday, killing six people, a doctors' group said.",
    "Soldiers fired live rounds into a crowd of marchers in Conakry, killing a teenager, opposition leaders said.",
])
def test_force_on_a_peaceful_crowd_is_excessive(extract: Extract, text: str) -> None:
    assert "excessive_force_against_protesters" in _types(extract, text)
