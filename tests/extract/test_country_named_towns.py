"""A country's name that, in a story of another country, is that country's town named after it
("Benin" in a Nigerian story is Benin City); where the country itself is meant it stays the country."""

from __future__ import annotations

import pytest
from extract_helpers import Extract


def _places(extract: Extract, text: str) -> list[tuple[str | None, str | None, int | None]]:
    return [(m.place.name, m.place.country, m.place.geo_precision) for m in extract(text)
            if m.acled is not None and m.place is not None]


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("Nigerian police said gunmen shot dead three traders at a market in Benin on Sunday night.",
         "Benin City", "Nigeria"),
        ("Cult violence has surged across southern Nigeria this year. Soldiers clashed with suspected "
         "cultists in Benin, the Edo State capital, on Tuesday, a Nigerian army spokesman said.",
         "Benin City", "Nigeria"),
        ("Gun violence in the United States has risen since spring. A gunman opened fire outside a nightclub "
         "in Panama early on Saturday, killing two people, US police said.", "Panama City", "United States"),
        ("Two men were shot dead in Jersey on Friday night, New Jersey police said. Shootings in New Jersey "
         "and New York have doubled this year.", "Jersey City", "United States"),
    ],
)
def test_a_country_name_in_another_countrys_story_is_its_namesake_town(
        extract: Extract, text: str, town: str, country: str) -> None:
    assert (town, country, 1) in _places(extract, text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # moving into the country: the country is meant
        ("Nigerian soldiers crossed into Benin on Monday and clashed with smugglers, the army said.",
         "Benin"),
        # no town of the story's country bears the name
        ("Gunmen attacked a village in Chad on Monday, killing six farmers, Nigerian officials said.", "Chad"),
        # the story is the country's own
        ("Gunmen attacked a bus in Panama on Friday, killing four passengers, Panamanian police said.", "Panama"),
    ],
)
def test_the_country_stays_the_country_where_it_is_meant(extract: Extract, text: str, country: str) -> None:
    places = _places(extract, text)
    assert places, "the fiction should place its event"
    assert all(name == country for name, _, _ in places), places


def test_troops_from_a_country_do_not_place_the_event_at_its_namesake_town(extract: Extract) -> None:
    text = ("Troops from Benin and Chad clashed with Boko Haram fighters near Maiduguri on Sunday, "
            "the Nigerian army said.")
    assert all(name != "Benin City" for name, _, _ in _places(extract, text))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Troops clashed with rebels in eastern Democratic Republic of Congo on Sunday, killing nine.",
         "Democratic Republic of the Congo"),
        ("Army units clashed with militia fighters in the Democratic Republic of the Congo on Friday.",
         "Democratic Republic of the Congo"),
        ("Police fired tear gas at protesters in the United Republic of Tanzania on Monday.", "Tanzania"),
    ],
)
def test_a_countrys_formal_name_with_of_is_the_country(extract: Extract, text: str, country: str) -> None:
    places = _places(extract, text)
    assert places and all(name == country for name, _, _ in places), places


def test_a_village_of_a_province_keeps_its_province(extract: Extract) -> None:
    """Near-miss: "X of Ituri" is no name the gazetteer knows, so the village stays placed at Ituri."""
    text = "Soldiers clashed with rebels in Kwemboro of Ituri province on Sunday, killing six."
    places = _places(extract, text)
    assert places and all(name == "Kwemboro" for name, _, _ in places), places


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers clashed with rebels at the session of the Peace and Security Council, Ethiopian officials said.",
        "Troops clashed with fighters of the Justice and Equality Movement on Sunday, Sudanese officials said.",
        "Police beat protesters outside the offices of the Truth and Reconciliation Commission, Kenyan media said.",
    ],
)
def test_a_name_joined_to_a_bodys_name_is_no_place(extract: Extract, text: str) -> None:
    """"Peace" of "the Peace and Security Council" is part of a body's name, never a missing village."""
    assert all(name not in ("Peace", "Justice", "Truth") for name, _, _ in _places(extract, text))


@pytest.mark.parametrize(("text", "body"), [
    ("The foreign ministry called Tuesday's attack a war crime and said it would raise it at the United Nations.",
     "United Nations"),
    ("The government called the shelling a massacre and said it would raise the attack at the Arab League.",
     "Arab League"),
])
def test_an_international_body_is_no_place(extract: Extract, text: str, body: str) -> None:
    """Round 29: "raise it at the United Nations" named a missing place, placed at the story country's centre."""
    assert all(name != body for name, _, _ in _places(extract, text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russian forces shelled Kherson and Zaporizhzhia on Monday, killing three civilians.", "Kherson"),
        ("Rebels attacked army posts in Goma and Bukavu on Friday, Congolese officials said.", "Goma"),
    ],
)
def test_places_joined_by_and_stay_places(extract: Extract, text: str, place: str) -> None:
    assert place in [name for name, _, _ in _places(extract, text)]
