"""A headline that names a province by its namesake town tells the incident its lead places in a town of
that province; two towns of the lead, or of the body, stay two incidents.

Outlets' headlines write the bare province ("Airstrike hits Idlib town", "Gunmen abduct 40 in Kaduna"),
which the gazetteer reads as the province's capital; the lead then names the town where it happened.
Every article here is fiction written for these tests, in the style of news.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, incident_telling

from sitreps.extract.agreement import province_namesake
from sitreps.models import Place, PlacePrecision

TOLD_ONCE = {
    "syria live blog": (
        "09:05 - Airstrike on Idlib town\n\n"
        "Warplanes struck a market in the town of Ariha in Idlib province on Thursday, killing six civilians, "
        "rescuers said.",
        "Airstrike", "Warplanes struck"),
    "nigeria wire": (
        "Gunmen abduct 30 worshippers in Kaduna\n\n"
        "Gunmen abducted 30 worshippers from a church in Kajuru, Kaduna State, on Sunday, police said.",
        "abduct 30", "Gunmen abducted"),
    "afghanistan local press": (
        "Bomb blast kills four in Kandahar\n\n"
        "A roadside bomb exploded in Spin Boldak district of Kandahar province on Monday, killing four "
        "border guards, a provincial spokesman said.",
        "Bomb blast", "bomb exploded"),
}
TOLD_APART = {
    "two towns of one lead": (
        "Russian strikes kill four in Kharkiv region\n\n"
        "Russian drones struck Kharkiv overnight, killing two people, the governor said. "
        "Russian shelling killed two more people in Chuhuiv on Tuesday, he said.",
        "drones struck", "shelling killed"),
    "a headline town of another province": (
        "Bomb blast kills four in Kandahar\n\n"
        "A roadside bomb exploded in Lashkar Gah in Helmand province on Monday, killing four police officers, "
        "a provincial spokesman said.",
        "Bomb blast", "bomb exploded"),
    "two towns of the body": (
        "Shelling kills two in Kherson\n\n"
        "Russian artillery shelled Kherson on Monday, killing two people, the governor said.\n\n"
        "On Monday, a drone also struck a bus in Beryslav, wounding the driver, he said.",
        "artillery shelled", "drone also struck"),
}


@pytest.mark.parametrize("name", sorted(TOLD_ONCE))
def test_a_headline_naming_the_province_by_its_town_tells_the_leads_incident(extract: Extract, name: str) -> None:
    text, headline, lead = TOLD_ONCE[name]
    events = extract(text)
    assert incident_telling(events, headline, text) is incident_telling(events, lead, text)


@pytest.mark.parametrize("name", sorted(TOLD_APART))
def test_two_towns_told_below_the_headline_stay_two_incidents(extract: Extract, name: str) -> None:
    text, first, second = TOLD_APART[name]
    events = extract(text)
    assert incident_telling(events, first, text) is not incident_telling(events, second, text)


def test_a_province_namesake_is_a_town_named_as_its_province() -> None:
    def town(name: str, admin1: str) -> Place:
        return Place(text=name, name=name, country="Syria", admin1=admin1, precision=PlacePrecision.EXACT,
                     lat=35.9, lon=36.6, evidence=[])
    idlib, ariha = town("Idlib", "Idlib Governorate"), town("Ariha", "Idlib Governorate")
    assert province_namesake(idlib, ariha) and not province_namesake(ariha, idlib)
    assert not province_namesake(town("Aleppo", "Aleppo Governorate"), ariha)  # another province
