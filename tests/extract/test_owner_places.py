"""A place the gazetteer lacks, written inside a town ("Gaza City's Shejaiya neighbourhood", "Tripoli's
Bab al-Tabbaneh district"), is placed at that town in the town's own country, even when the story is
counted as another country's (an attacker's demonym) or also counts a larger namesake abroad. Fiction
written for these tests; the quarters' names are made up or missing from GeoNames."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import PlacePrecision


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("An Israeli airstrike killed eight people in Gaza City's Shejaiya neighbourhood on Sunday, the civil "
         "defence said.", "Gaza", "Palestinian Territory"),
        ("Clashes in Lebanon's north\n\nGunmen clashed in Tripoli's Bab al-Tabbaneh district on Sunday, killing "
         "two, the Lebanese army said.", "Tripoli", "Lebanon"),
        ("Russian troops shelled Kherson's Korabel Ostriv quarter on Monday, killing a woman, the Russian "
         "defence ministry and Russian bloggers said.", "Kherson", "Ukraine"),
    ],
)
def test_a_missing_quarter_is_placed_at_the_town_that_holds_it(extract: Extract, text: str, town: str,
                                                               country: str) -> None:
    place = next(m.place for m in extract(text) if m.place is not None and m.place.approximate)
    assert place.country == country
    # at the town, or at the centre of its unit of that name (Kherson oblast), never at the country's middle
    assert place.precision is not PlacePrecision.COUNTRY and town in (place.note or "")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Militias clashed in Tripoli's Abu Salim district on Sunday, killing two, Libyan officials said.", "Libya"),
        ("Gunmen killed three traders in the Gamboru quarter of Maiduguri on Monday, Nigerian police said.",
         "Nigeria"),
    ],
)
def test_a_quarter_of_the_storys_own_town_stays_in_its_country(extract: Extract, text: str, country: str) -> None:
    place = extract(text)[0].place
    assert place is not None and place.country == country
