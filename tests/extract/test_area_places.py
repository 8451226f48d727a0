"""A headline's wide area and the lead's town are one place when the town lies in a province named after
the area ("Kordofan", "North Kordofan") or the town is unknown and placed at the area's own point.

Every article and sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.extract.agreement import nests
from sitreps.models import EventMention, Place, PlacePrecision


def _of(events: list[EventMention], type_id: str) -> list[EventMention]:
    return [m for m in events if m.type == type_id]


@pytest.mark.parametrize(("text", "type_id"), [
    ("Drone strike hits market in Kordofan\n\nA drone struck a crowded market in El Obeid on Thursday, killing "
     "at least 12 civilians, a local official said.", "air_drone_strike"),
    ("Shelling kills five in Darfur\n\nParamilitary fighters shelled a camp in Nyala on Tuesday, killing five "
     "people, medics said.", "shelling_missile_attack"),
    ("Gunmen kill 11 in Darfur\n\nGunmen killed 11 villagers in an attack near Tawila on Sunday, local activists "
     "said.", "attack_on_civilians"),
])
def test_the_headline_s_area_holds_the_lead_s_town(extract: Extract, text: str, type_id: str) -> None:
    assert len(_of(extract(text), type_id)) == 1


def test_a_town_of_another_province_is_another_incident(extract: Extract) -> None:
    events = extract("Clashes reported in Kordofan\n\nFighting broke out between the army and the RSF in Kadugli on "
                     "Monday, residents said.\n\nIn Damazin, soldiers clashed with SPLM-N fighters on Monday, an "
                     "official said.")
    assert len(_of(events, "armed_clash")) == 2


def _place(name: str, precision: PlacePrecision, country: str, admin1: str | None, lat: float, lon: float,
           approximate: bool | None = None) -> Place:
    return Place(text=name, name=name, country=country, admin1=admin1, precision=precision, lat=lat, lon=lon,
                 approximate=approximate, evidence=[])


KORDOFAN = _place("Kordofan", PlacePrecision.REGION, "SD", None, 12.5, 29.5)
PUNJAB = _place("Punjab", PlacePrecision.REGION, "PK", None, 31.0, 72.0)


@pytest.mark.parametrize(("area", "town", "inside"), [
    (KORDOFAN, _place("El Obeid", PlacePrecision.EXACT, "SD", "North Kordofan", 13.18, 30.22), True),
    (KORDOFAN, _place("Damazin", PlacePrecision.EXACT, "SD", "Blue Nile", 11.79, 34.36), False),
    (PUNJAB, _place("Amritsar", PlacePrecision.EXACT, "IN", "Punjab", 31.63, 74.87), False),  # another country's
    (KORDOFAN, _place("Um Sayala", PlacePrecision.REGION, "SD", None, 12.5, 29.5, approximate=True), True),
    (KORDOFAN, _place("Um Sayala", PlacePrecision.REGION, "SD", None, 12.5, 29.5), False),  # a known area, not placed
])
def test_an_area_holds_the_towns_of_its_provinces(area: Place, town: Place, inside: bool) -> None:
    assert nests(area, town) is inside
