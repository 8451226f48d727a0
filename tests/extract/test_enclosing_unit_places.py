"""A place written with its enclosing unit ("Chhattisgarh's Bijapur district", "Kani Township,
Sagaing Region") lies inside that unit: a namesake district of another state, or a same-name town
abroad, is not meant (resolve/gazetteer.py, ``_unit_named(within=...)`` and ``_seats_at_home``).
A possessive that is no unit ("Russia's Kursk offensive", "Kenya's Ruto") changes nothing. Fiction
written for these tests, in the style of wire copy from several conflicts."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention, Place, PlacePrecision


def only_place(events: list[EventMention]) -> Place:
    """The place of the text's single incident."""
    assert len(events) == 1, [(m.type, m.trigger.text) for m in events]
    assert events[0].place is not None
    return events[0].place


@pytest.mark.parametrize(
    ("text", "admin1", "country"),
    [
        # two Indian districts of the name: the state written with it chooses
        ("Maoist rebels killed three police officers in Chhattisgarh's Bijapur district on Monday, police said.",
         "Chhattisgarh", "India"),
        ("Police said gunmen killed two shopkeepers in Bihar's Aurangabad district on Monday.", "Bihar", "India"),
        # Myanmar's Kani is missing from the gazetteer: the region named, never Japan's Kani
        ("Soldiers burned 40 houses in Sagaing Region's Kani Township on Tuesday, residents said.",
         "Sagaing Region", "Myanmar"),
        ("Soldiers raided Kani Township, Sagaing Region, on Tuesday, killing seven villagers, residents said.",
         "Sagaing Region", "Myanmar"),
    ],
)
def test_a_district_lies_inside_the_unit_written_with_it(extract: Extract, text: str, admin1: str,
                                                          country: str) -> None:
    place = only_place(extract(text))
    assert (place.admin1, place.country) == (admin1, country)
    assert place.precision in (PlacePrecision.DISTRICT, PlacePrecision.REGION)


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # the unit named is the namesake the gazetteer already ranks first: unchanged
        ("Gunmen shot dead a village headman in Rajasthan's Pratapgarh district on Sunday, police said.",
         "Pratapgarh", "Rajasthan"),
        ("M23 rebels killed 12 civilians in North Kivu's Rutshuru territory on Wednesday, local officials said.",
         "Rutshuru Territory", "North Kivu"),
        # a possessive that is a person, not a unit
        ("Police fired tear gas at protesters in Nairobi on Tuesday, defying Kenya's Ruto.", "Nairobi",
         "Nairobi County"),
    ],
)
def test_near_misses_keep_their_place(extract: Extract, text: str, name: str, admin1: str) -> None:
    place = only_place(extract(text))
    assert (place.name, place.admin1) == (name, admin1)


def test_an_offensive_named_for_a_country_is_no_enclosing_unit(extract: Extract) -> None:
    place = only_place(extract("Ukrainian troops clashed with Russian forces during Russia's Kursk offensive "
                               "on Monday."))
    assert place.country == "Russia" and place.precision is PlacePrecision.COUNTRY


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Boko Haram fighters killed nine farmers in Borno's Gwoza local government area on Sunday, officials "
         "said.", "Gwoza", "Borno State"),
        ("Bandits killed 11 villagers in Zamfara's Tsafe local government area on Thursday, police said.", "Tsafe",
         "Zamfara State"),
    ],
)
def test_a_unit_word_of_several_words_makes_the_name_a_district(extract: Extract, text: str, name: str,
                                                                 admin1: str) -> None:
    place = only_place(extract(text))
    assert (place.name, place.admin1, place.precision) == (name, admin1, PlacePrecision.DISTRICT)


def test_the_town_of_the_name_stays_a_town(extract: Extract) -> None:
    place = only_place(extract("Boko Haram fighters killed nine farmers in the town of Gwoza on Sunday, officials "
                               "said."))
    assert (place.name, place.precision) == ("Gwoza", PlacePrecision.EXACT)
