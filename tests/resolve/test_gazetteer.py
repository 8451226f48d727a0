"""Gazetteer: countries before cities, transliterations, regions, ambiguity and fallbacks."""

from __future__ import annotations

import pytest

from sitreps.models import PlacePrecision
from sitreps.resolve.gazetteer import Gazetteer, get_gazetteer

EXACT, DISTRICT, REGION, COUNTRY, UNKNOWN = (
    PlacePrecision.EXACT,
    PlacePrecision.DISTRICT,
    PlacePrecision.REGION,
    PlacePrecision.COUNTRY,
    PlacePrecision.UNKNOWN,
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return get_gazetteer()


@pytest.mark.parametrize("name", ["Ukraine", "Georgia", "Jordan", "Sudan"])
def test_countries_before_cities(gazetteer: Gazetteer, name: str) -> None:
    found = gazetteer.resolve(name)
    assert (found.precision, found.country) == (COUNTRY, name)
    assert found.lat is not None and found.lon is not None  # the mean of its populated places


def test_georgia_is_the_us_state_in_a_us_context(gazetteer: Gazetteer) -> None:
    found = gazetteer.resolve("Georgia", context_countries=["United States"])
    assert (found.precision, found.country, found.admin1) == (REGION, "United States", "Georgia")


@pytest.mark.parametrize(
    ("variants", "name", "country"),
    [
        (["Kyiv", "Kiev", "Київ"], "Kyiv", "Ukraine"),
        (["Kharkiv", "Kharkov"], "Kharkiv", "Ukraine"),
        (["Bakhmut", "Artemivsk"], "Bakhmut", "Ukraine"),
        (["El Fasher", "Al-Fashir", "al Fashir"], "El Fasher", "Sudan"),
        (["Sanaa", "Sana'a"], "Sanaa", "Yemen"),
        (["Hodeidah", "Al Hudaydah"], "Al Ḩudaydah", "Yemen"),
        (["Mekelle", "Mek'ele"], "Mek'ele", "Ethiopia"),
        (["Port-au-Prince", "port au prince"], "Port-au-Prince", "Haiti"),
        (["Gaza City"], "Gaza", "Palestinian Territory"),
    ],
)
def test_transliterations(gazetteer: Gazetteer, variants: list[str], name: str, country: str) -> None:
    for variant in variants:
        found = gazetteer.resolve(variant)
        assert (found.name, found.country, found.precision) == (name, country, EXACT), variant
        assert found.lat is not None and found.lon is not None


@pytest.mark.parametrize(
    ("toponym", "name", "country"),
    [
        ("Donetsk region", "Donetsk Oblast", "Ukraine"),
        ("Darfur", "Darfur", "Sudan"),
        ("North Kivu", "North Kivu", "Democratic Republic of the Congo"),
        ("Tigray", "Tigray", "Ethiopia"),
        ("Rakhine State", "Rakhine State", "Myanmar"),
        ("the Gaza Strip", "Gaza Strip", "Palestinian Territory"),
    ],
)
def test_regions(gazetteer: Gazetteer, toponym: str, name: str, country: str) -> None:
    found = gazetteer.resolve(toponym)
    assert (found.name, found.country, found.precision) == (name, country, REGION)
    assert found.lat is not None and found.lon is not None


def test_the_sahel_spans_countries(gazetteer: Gazetteer) -> None:
    found = gazetteer.resolve("the Sahel")
    assert found.precision == REGION and found.country is None and found.note


def test_cities_carry_their_region(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Kramatorsk").admin1 == "Donetsk Oblast"


def test_district_of_a_city(gazetteer: Gazetteer) -> None:
    found = gazetteer.resolve("Pokrovsk district", context_countries=["Ukraine"])
    assert found.precision == PlacePrecision.DISTRICT and found.country == "Ukraine"
    assert found.name == "Pokrovsk Raion" and found.admin1 == "Donetsk Oblast"


def test_context_prefers_its_country(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Tripoli", context_countries=["Lebanon"]).country == "Lebanon"
    assert gazetteer.resolve("Tripoli", context_countries=["Libya"]).country == "Libya"


@pytest.mark.parametrize("name", ["Tripoli", "Springfield"])
def test_ambiguous_without_context_is_unknown(gazetteer: Gazetteer, name: str) -> None:
    found = gazetteer.resolve(name)
    assert found.precision == UNKNOWN and found.lat is None
    assert found.note is not None and "ambiguous" in found.note


def test_population_decides_a_lopsided_ambiguity(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Damascus").country == "Syria"


def test_missing_village_falls_back_to_country(gazetteer: Gazetteer) -> None:
    found = gazetteer.resolve("Novoselivka Druha", context_countries=["Ukraine"])
    assert (found.precision, found.country, found.name, found.approximate) == (
        COUNTRY, "Ukraine", "Novoselivka Druha", True)
    assert found.lat is not None and found.note is not None and "centre of Ukraine" in found.note


def test_missing_village_falls_back_to_region(gazetteer: Gazetteer) -> None:
    found = gazetteer.resolve("Zamzam camp", context_countries=["North Darfur", "Sudan"])
    expected = (REGION, "Zamzam camp", "Sudan", "North Darfur")
    assert (found.precision, found.name, found.country, found.admin1) == expected
    assert found.approximate and found.lat is not None
    assert found.note is not None and "centre of North Darfur" in found.note


def test_unknown_script_or_no_context_is_unknown(gazetteer: Gazetteer) -> None:
    no_context = gazetteer.resolve("Novoselivka Druha")
    assert no_context.precision == UNKNOWN and no_context.note
    script = gazetteer.resolve("ቀበሌ ሰባት")
    assert script.precision == UNKNOWN and script.note is not None and "script" in script.note


def test_misspelling_within_context_is_matched_and_said(gazetteer: Gazetteer) -> None:
    found = gazetteer.resolve("Kramatorks", context_countries=["Ukraine"])
    assert found.name == "Kramatorsk" and found.note is not None and "approximately" in found.note


@pytest.mark.parametrize("short", ["Cape", "Wadi", "Tal"])
def test_a_short_name_is_never_matched_approximately(gazetteer: Gazetteer, short: str) -> None:
    found = gazetteer.resolve(short, context_countries=["United Kingdom", "Yemen", "Syria"])
    assert found.note is None or "approximately" not in found.note, found


def test_country_of(gazetteer: Gazetteer) -> None:
    assert gazetteer.country_of("Ukrainian") == "Ukraine"
    assert gazetteer.country_of("Ukraine") == "Ukraine"
    assert gazetteer.country_of("Kyiv") == "Ukraine"
    assert gazetteer.country_of("DRC") == "Democratic Republic of the Congo"
    assert gazetteer.country_of("South Sudan's") == "South Sudan"  # the tagger's entity, possessive kept
    assert gazetteer.country_of("Qwertyuiopolis") is None


def test_state_country(gazetteer: Gazetteer) -> None:
    assert gazetteer.state_country("Sinaloa") == "Mexico"
    assert gazetteer.state_country("Balochistan's") == "Pakistan"
    assert gazetteer.state_country("Punjab") is None  # a state of India and a province of Pakistan
    assert gazetteer.state_country("Reuters") is None


def test_congo_alone_is_the_drc(gazetteer: Gazetteer) -> None:
    assert gazetteer.country_of("Congo") == "Democratic Republic of the Congo"
    assert gazetteer.country_of("Congo-Brazzaville") == "Republic of the Congo"


def test_a_state_name_beats_a_historical_alternate_name(gazetteer: Gazetteer) -> None:
    assert gazetteer.country_of("Edo") == "Nigeria"  # a Nigerian state, not Tokyo's old name
    assert gazetteer.country_of("Ekiti") == "Nigeria"
    assert gazetteer.country_of("Kiev") == "Ukraine"  # a city's alternate name still counts


@pytest.mark.parametrize(
    ("toponym", "near", "country", "town"),
    [
        ("Haret Hreik", ["Beirut"], "Lebanon", "Beirut"),
        ("Kafr Mirzaqa", ["Saraqib"], "Syria", "Saraqib"),
        ("Nyamirambo Sud", ["Goma", "North Kivu"], "Democratic Republic of the Congo", "Goma"),
    ],
)
def test_missing_place_goes_to_the_town_named_with_it(gazetteer: Gazetteer, toponym: str, near: list[str],
                                                     country: str, town: str) -> None:
    found = gazetteer.resolve(toponym, context_countries=[country], context_units=near)
    assert (found.name, found.country, found.precision, found.approximate) == (toponym, country, DISTRICT, True)
    assert found.note is not None and f"placed at {town}" in found.note


def test_a_town_abroad_is_no_fallback(gazetteer: Gazetteer) -> None:
    """A town of another country named in the sentence does not place a village of the story's country."""
    found = gazetteer.resolve("Novoselivka Druha", context_countries=["Ukraine"], context_units=["Warsaw"])
    assert found.country == "Ukraine" and found.precision == COUNTRY


@pytest.mark.parametrize(
    ("toponym", "country", "town"),
    [
        ("Lagos-Badagry Expressway", "Nigeria", "Lagos"),
        ("Kandahar-Spin Boldak Highway", "Afghanistan", "Kandahār"),
        ("Mekelle Referral Hospital", "Ethiopia", "Mek'ele"),
    ],
)
def test_a_site_is_placed_at_the_town_in_its_name(gazetteer: Gazetteer, toponym: str, country: str,
                                                  town: str) -> None:
    found = gazetteer.resolve(toponym, context_countries=[country])
    assert (found.name, found.country, found.precision, found.approximate) == (toponym, country, DISTRICT, True)
    assert found.note is not None and town in found.note


def test_a_part_of_a_country_moves_its_point_not_its_precision(gazetteer: Gazetteer) -> None:
    whole = gazetteer.resolve("Mali")
    north = gazetteer.country_part(whole, frozenset({"north"}))
    south = gazetteer.country_part(whole, frozenset({"south"}))
    assert north.lat is not None and south.lat is not None and whole.lat is not None
    assert north.lat > whole.lat > south.lat
    assert north.precision == COUNTRY and north.approximate and north.note is not None and "northern" in north.note
    northeast = gazetteer.country_part(gazetteer.resolve("Syria"), frozenset({"north", "east"}))
    assert northeast.note is not None and "north-eastern part of Syria" in northeast.note
    town = gazetteer.resolve("Kidal", context_countries=["Mali"])
    assert gazetteer.country_part(town, frozenset({"north"})) == town  # only a country answer moves


@pytest.mark.parametrize(("country", "first", "second"),
                         [("Lebanon", "south", "east"), ("Burkina Faso", "north", "east"), ("Syria", "north", "east"),
                          ("Nigeria", "north", "west")])
def test_two_parts_of_a_country_are_both_not_their_corner(gazetteer: Gazetteer, country: str, first: str,
                                                           second: str) -> None:
    whole = gazetteer.resolve(country)
    both = gazetteer.country_part(whole, frozenset({first}), frozenset({second}))
    corner = gazetteer.country_part(whole, frozenset({first, second}))
    one = gazetteer.country_part(whole, frozenset({first}))
    other = gazetteer.country_part(whole, frozenset({second}))
    assert both.note is not None and f"{first}ern and {second}ern parts of {country}" in both.note
    assert (both.lat, both.lon) != (corner.lat, corner.lon)
    assert None not in (both.lat, both.lon, one.lat, one.lon, other.lat, other.lon)
    # the point is one of the parts' own places: within the span of the two parts' points
    lats = sorted([one.lat, other.lat])  # type: ignore[type-var]
    lons = sorted([one.lon, other.lon])  # type: ignore[type-var]
    margin = 1.5  # degrees: a place of a part may lie a little beyond that part's mean
    assert lats[0] - margin <= both.lat <= lats[1] + margin  # type: ignore[operator]
    assert lons[0] - margin <= both.lon <= lons[1] + margin  # type: ignore[operator]
    assert gazetteer.country_part(whole, frozenset({first}), frozenset({first})) == one  # one part written twice


def test_importing_loads_nothing() -> None:
    import subprocess
    import sys

    code = (
        "import sitreps.resolve as r;"
        "from sitreps.resolve import registry_data as d;"
        "assert r.get_gazetteer.cache_info().currsize == 0;"
        "assert r.get_registry.cache_info().currsize == 0;"
        "assert d.load_lexicon.cache_info().currsize == 0"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_small_towns_alternate_spelling_names_no_country(gazetteer: Gazetteer) -> None:
    # "Bule" is a GeoNames spelling of Bulle (Switzerland, about 20,000 people) and the whole name
    # of villages in Congo and Ethiopia: a story naming it is not thereby about Switzerland.
    assert gazetteer.country_of("Bule") is None
    found = gazetteer.resolve("Bule", context_countries=["Democratic Republic of the Congo"])
    assert found.country == "Democratic Republic of the Congo"
    # A large city's old or foreign spelling still names its country.
    assert gazetteer.country_of("Bombay") == "India"
    assert gazetteer.country_of("Leningrad") == "Russia"


@pytest.mark.parametrize(
    ("country", "article", "seat"),
    [
        ("India", ["Manipur", "Manipur’s Jiribam district"], "Jiribam"),
        ("Mali", ["Douentza cercle"], "Douentza"),
        ("Burkina Faso", ["the Djibo department"], "Djibo"),
        ("Myanmar", ["Sagaing", "Kale township"], "Kalemyo"),
    ],
)
def test_a_missing_village_goes_to_the_district_seat_its_story_names(gazetteer: Gazetteer, country: str,
                                                                     article: list[str], seat: str) -> None:
    """A district written with its seat's name ("Jiribam district") is where a village the gazetteer
    lacks most likely lies: its seat is nearer than the centre of the state or country."""
    found = gazetteer.resolve("Kongolo Nyaba", context_countries=[country], article_units=article)
    assert (found.name, found.country, found.precision, found.approximate) == ("Kongolo Nyaba", country, DISTRICT,
                                                                               True)
    assert found.note is not None and f"placed at {seat}, the seat of the district" in found.note


def test_a_district_seat_outside_the_state_named_is_no_fallback(gazetteer: Gazetteer) -> None:
    """The state the sentence names wins over a district seat of the story in another state."""
    found = gazetteer.resolve("Kongolo Nyaba", context_countries=["India"], context_units=["Assam"],
                              article_units=["Jiribam district"])
    assert found.admin1 == "Assam" and found.precision == REGION


def test_a_district_of_another_country_is_no_seat(gazetteer: Gazetteer) -> None:
    found = gazetteer.resolve("Kongolo Nyaba", context_countries=["Mali"], article_units=["Kasese district"])
    assert (found.country, found.precision) == ("Mali", COUNTRY)


@pytest.mark.parametrize(
    ("country", "article", "district", "state"),
    [
        ("Nigeria", ["Borno", "Gwoza local government area"], "Gwoza", "Borno State"),
        ("Pakistan", ["Khyber Pakhtunkhwa", "Bannu district"], "Bannu District", "Khyber Pakhtunkhwa"),
    ],
)
def test_a_missing_village_goes_to_the_district_the_story_names_in_its_state(
        gazetteer: Gazetteer, country: str, article: list[str], district: str, state: str) -> None:
    found = gazetteer.resolve("Kongolo Nyaba", context_countries=[country], article_units=article)
    assert (found.precision, found.admin1, found.approximate) == (DISTRICT, state, True)
    assert found.note is not None and f"centre of {district}" in found.note


@pytest.mark.parametrize(
    ("name", "countries", "town"),
    [
        ("Benin", ["Nigeria", "Benin"], "Benin City"),
        ("Panama", ["United States"], "Panama City"),
        ("Benin", ["Benin", "Nigeria"], None),  # the story is the country's own
        ("Chad", ["Nigeria", "Chad"], None),  # no Nigerian town bears the name
        ("Kano", ["Nigeria"], None),  # not a country's name
        ("Benin", [], None),  # no story country
    ],
)
def test_town_named_for_a_country(gazetteer: Gazetteer, name: str, countries: list[str], town: str | None) -> None:
    found = gazetteer.town_named_for(name, countries)
    assert (found.name if found else None) == town
    if found is not None:
        assert found.precision is PlacePrecision.EXACT and found.lat is not None and not found.approximate


@pytest.mark.parametrize(
    ("countries", "article", "country"),
    [
        (["Ukraine", "Russia"], ["Moscow"], "Ukraine"),  # "Moscow did not comment"
        (["Somalia", "Kenya", "United States"], ["Nairobi", "Washington"], "Somalia"),  # "Nairobi condemned"
        (["Lebanon", "Israel"], ["Jerusalem"], "Lebanon"),
    ],
)
def test_a_unit_of_another_country_named_elsewhere_does_not_take_a_missing_village(
        gazetteer: Gazetteer, countries: list[str], article: list[str], country: str) -> None:
    """A capital written elsewhere in the story as its government is also a unit of that name; a village
    the gazetteer lacks stays in the story's first country, not at that unit's middle abroad."""
    found = gazetteer.resolve("Kongolo Nyaba", context_countries=countries, article_units=article)
    assert (found.country, found.approximate) == (country, True)


def test_a_unit_of_the_story_country_named_elsewhere_still_places_a_missing_village(gazetteer: Gazetteer) -> None:
    found = gazetteer.resolve("Kongolo Nyaba", context_countries=["Nigeria", "Niger"], article_units=["Borno"])
    assert (found.country, found.admin1, found.precision) == ("Nigeria", "Borno State", REGION)


@pytest.mark.parametrize(("name", "precision", "country"), [
    ("Burkina", COUNTRY, "Burkina Faso"),  # AFP's and headlines' short name ("Gunmen kill 20 in Burkina")
    ("Somaliland", REGION, "Somalia"),  # a self-declared state that ACLED codes in Somalia
])
def test_short_and_self_declared_names(gazetteer: Gazetteer, name: str, precision: PlacePrecision,
                                       country: str) -> None:
    found = gazetteer.resolve(name)
    assert (found.precision, found.country) == (precision, country) and found.lat is not None
