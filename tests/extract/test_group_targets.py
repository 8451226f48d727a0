"""A struck group is no place: "jets struck the PKK in northern Iraq" is not Pakokku, Myanmar, though
GeoNames knows a town abroad by the group's name or one of its alternate names; a struck town still is.

Every sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract


def _first_place_country(extract: Extract, text: str) -> str | None:
    place = next((m.place for m in extract(text) if m.place is not None), None)
    return place.country if place is not None else None


@pytest.mark.parametrize(("text", "country"), [
    ("Israeli forces battle Hamas in southern Gaza\n\nIsraeli troops fought Hamas fighters in eastern Rafah on "
     "Tuesday, the military said.", "Palestinian Territory"),
    ("Turkish jets strike PKK in northern Iraq\n\nTurkish warplanes struck PKK hideouts in the mountains of "
     "northern Iraq on Sunday, the defence ministry said.", "Iraq"),
    ("Colombian army attacks ELN in Arauca\n\nColombian soldiers attacked ELN rebels in Arauca department on "
     "Friday, killing three, the army said.", "Colombia"),
])
def test_a_struck_group_is_no_place_abroad(extract: Extract, text: str, country: str) -> None:
    assert _first_place_country(extract, text) == country


@pytest.mark.parametrize(("text", "town"), [
    ("Russian missiles struck Kharkiv on Friday, killing four people, the governor said.", "Kharkiv"),
    ("Russian forces shelled Orikhiv overnight, wounding two civilians, Ukrainian officials said.", "Orikhiv"),
])
def test_a_struck_town_is_still_the_place(extract: Extract, text: str, town: str) -> None:
    place = next(m.place for m in extract(text) if m.place is not None)
    assert town in (place.name or "")
