"""A district by the name news still writes after a renaming ("Bolan" for Kachhi District) is that
district, at its point, not its province's centre; the current name and the province's towns keep
their answers. Fiction written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import PlacePrecision
from sitreps.resolve.gazetteer import get_gazetteer

KACHHI = (29.6693, 67.49092)


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked a checkpoint in Bolan district on Tuesday, killing four soldiers, officials in "
        "Balochistan said.",
        "Gunmen stopped a passenger train near Bolan on Monday and took dozens of passengers hostage, Pakistani "
        "officials said.",
        "Two Levies personnel were shot dead in Bolan District on Friday, the Balochistan home department said.",
        "Security forces killed six militants in a raid in Kachhi district, the Pakistani military said.",
    ],
)
def test_a_former_district_name_is_the_district(extract: Extract, text: str) -> None:
    (mention,) = extract(text)
    place = mention.place
    assert place is not None and (place.precision, place.country) == (PlacePrecision.DISTRICT, "Pakistan")
    assert (round(place.lat or 0, 2), round(place.lon or 0, 2)) == (round(KACHHI[0], 2), round(KACHHI[1], 2))
    assert not place.approximate


@pytest.mark.parametrize(("name", "precision"), [("Quetta", PlacePrecision.EXACT),
                                                  ("Bolan Pass", PlacePrecision.EXACT)])
def test_the_province_towns_and_the_pass_keep_their_answers(name: str, precision: PlacePrecision) -> None:
    found = get_gazetteer().resolve(name, context_countries=["Pakistan"])
    assert (found.name, found.precision) == (name, precision)
