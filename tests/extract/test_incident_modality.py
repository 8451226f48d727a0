"""The modality of an incident told several times: a hedge at its telling is not lifted by a retelling
that only refers back to it. Sentences written for these tests (fiction in the style of news)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import Modality


def _modalities(extract: Extract, text: str, type_id: str) -> list[Modality]:
    return [m.modality for m in extract(text) if m.type == type_id]


@pytest.mark.parametrize(("text", "type_id"), [
    # an appositive retelling ("the latest assault") of a suspected attack
    ("A suspected rocket attack by militants hit an army post near Kirkuk on Sunday, police said, the latest "
     "assault on the base this month.", "shelling_missile_attack"),
    # a definite retelling in the next sentence
    ("Gunmen allegedly torched a church in Ondo state on Friday. The arson left the building in ruins, "
     "residents said.", "looting_property_destruction"),
    ("An alleged chemical attack struck the suburb of Harasta overnight. The attack sent dozens of people to "
     "hospital, a monitoring group said.", "chemical_weapon"),
])
def test_a_hedged_incident_stays_alleged_through_its_retellings(extract: Extract, text: str, type_id: str) -> None:
    assert _modalities(extract, text, type_id) == [Modality.ALLEGED]


@pytest.mark.parametrize(("text", "type_id"), [
    # a retelling that asserts the incident itself vouches for it
    # (the rockets backing the attack on a convoy fold into that clash at Bama that day: round 12b)
    ("Militants allegedly attacked a convoy near Bama on Monday. The army said the militants attacked the "
     "convoy with rockets near Bama on Monday.", "armed_clash"),
    # a threat carried out is the news, not a hedge
    ("Rebels threatened to storm the town of Goma. The assault came on Tuesday, officials said.", "armed_clash"),
])
def test_an_incident_told_plainly_is_reported(extract: Extract, text: str, type_id: str) -> None:
    assert _modalities(extract, text, type_id) == [Modality.REPORTED]


@pytest.mark.parametrize(("text", "type_id"), [
    # round 23: a headline drops the hedge its lead tells the incident with; it vouches for nothing
    ("Drone strike kills 11 at wedding in Helmand\n\nA suspected drone strike killed 11 guests at a wedding party "
     "in a village of Helmand province on Saturday, local officials said.\n", "air_drone_strike"),
    ("Car bomb hits army checkpoint in Diyala\n\nAn apparent car bomb exploded at an army checkpoint north of "
     "Baquba on Monday, wounding six soldiers, police said.\n", "remote_explosive"),
    ("Jets bomb market in Darfur town\n\nMilitary jets allegedly bombed a crowded market in the town of Kabkabiya "
     "on Friday, killing at least 15 people, a local monitoring group said.\n", "air_drone_strike"),
    ("Gunmen kidnap 20 students in Kaduna\n\nGunmen reportedly abducted 20 students from a boarding school in "
     "Kaduna state overnight, a community leader said.\n", "abduction"),
    ("Rocket hits fuel depot in Belgorod\n\nA rocket reportedly hit a fuel depot on the edge of Belgorod late on "
     "Thursday, setting two tanks ablaze, regional media said.\n", "shelling_missile_attack"),
])
def test_a_flat_headline_over_a_hedged_lead_leaves_the_incident_alleged(extract: Extract, text: str,
                                                                         type_id: str) -> None:
    assert Modality.ALLEGED in _modalities(extract, text, type_id)
    assert Modality.REPORTED not in _modalities(extract, text, type_id)


@pytest.mark.parametrize(("text", "type_id"), [
    # the lead tells it plainly
    ("Drone strike kills 11 at wedding in Helmand\n\nA drone strike killed 11 guests at a wedding party in a "
     "village of Helmand province on Saturday, local officials said.\n", "air_drone_strike"),
    # a hedged doer ("suspected militants") questions who, not whether
    ("Militants attack police post in Tillaberi\n\nSuspected militants attacked a police post near Tillaberi on "
     "Sunday, killing three officers, the interior ministry said.\n", "armed_clash"),
    # a body sentence vouches for the blast the lead hedges
    ("Car bomb hits army checkpoint in Diyala\n\nAn apparent car bomb exploded at an army checkpoint north of "
     "Baquba on Monday, police said. The blast wounded six soldiers, a hospital official said, and the army said "
     "a suicide bomber had driven the car.\n", "suicide_bomb"),
])
def test_a_flat_headline_over_a_plain_telling_stays_reported(extract: Extract, text: str, type_id: str) -> None:
    assert _modalities(extract, text, type_id) == [Modality.REPORTED]
