"""The story's countries count a country's own name whatever the small tagger calls it ("Chad has
deployed troops" read as a person, "near Niger on Friday" as a date), so a village the gazetteer lacks
is put in the story's country instead of nowhere; a village name that is only a foreign city's alternate
spelling ("Boni" for Bonn) does not pull that country in. Fiction written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only

from sitreps.annotate.nlp import load_nlp
from sitreps.pipeline import _context_countries, get_gazetteer


@pytest.mark.parametrize(
    ("text", "type_id", "name", "country"),
    [
        ("Militants raided the village of Sabon Kafi Tudu on Tuesday, killing seven people. Chad has deployed "
         "troops along the lake.", "attack_on_civilians", "Sabon Kafi Tudu", "Chad"),
        ("Jihadists attacked an army post at Kouaribara, near Niger, killing five soldiers, the army said on "
         "Friday. Benin has sent more troops north.", "armed_clash", "Kouaribara", "Benin"),
        ("Gunmen killed six traders at Doumbala market on Monday. Mali needs help to secure its roads, the "
         "minister said.", "attack_on_civilians", "Doumbala", "Mali"),
        # a country the tagger labels as one already counted
        ("Rebels ambushed a convoy near Kalemie Ouest on Sunday, killing four soldiers. Congo blamed the rebels.",
         "armed_clash", "Kalemie Ouest", "Democratic Republic of the Congo"),
    ],
)
def test_a_country_name_counts_whatever_its_label(extract: Extract, text: str, type_id: str, name: str,
                                                  country: str) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and (place.name, place.country) == (name, country) and place.approximate


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # demonyms the small tagger leaves unlabelled or calls a person: the village still has a country
        ("Somali government forces clashed with militants near the village of Warhole on Tuesday.", "Somalia"),
        ("Burkinabe government forces clashed with militants near the village of Warhole on Tuesday.",
         "Burkina Faso"),
        ("Ugandan government forces clashed with militants near the village of Warhole on Tuesday.", "Uganda"),
        ("Nigerien government forces clashed with militants near the village of Warhole on Tuesday.", "Niger"),
        # the longer demonym of two capitalised words wins: South Sudan, not Sudan
        ("South Sudanese soldiers clashed with rebels near the village of Mbili Kaji on Sunday.", "South Sudan"),
    ],
)
def test_a_demonym_counts_whatever_its_label(extract: Extract, text: str, country: str) -> None:
    place = only(extract(text), "armed_clash").place
    assert place is not None and place.country == country and place.approximate


def test_no_demonym_no_country(extract: Extract) -> None:
    place = only(extract("Troops clashed with rebels near the village of Warhole on Tuesday."), "armed_clash").place
    assert place is not None and place.country is None and place.lat is None

def _countries(text: str) -> tuple[str, ...]:
    return _context_countries(load_nlp()(text), get_gazetteer())


@pytest.mark.parametrize(
    ("text", "home", "foreign"),
    [
        # fiction in the style of news: "Boni" is an alternate spelling of Bonn, Germany
        ("Jihadists ambushed a supply convoy near Boni in central Mali on Sunday, killing four soldiers, "
         "the Malian army said.", "Mali", "Germany"),
        ("Protesters gathered in Boni, a market town in Burkina Faso's east, on Tuesday, residents said.",
         "Burkina Faso", "Germany"),
    ],
)
def test_an_alternate_name_of_a_foreign_city_does_not_add_its_country(text: str, home: str, foreign: str) -> None:
    countries = _countries(text)
    assert home in countries
    assert foreign not in countries


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # near misses: a city's own name counts, and an alternate name counts when nothing else names a country
        ("Protesters marched through Bonn on Saturday against the new pension law, police said.", "Germany"),
        ("Riot police fired tear gas at protesters in Marseille, France, on Saturday.", "France"),
        ("Protesters gathered in Boni on Tuesday, police said.", "Germany"),
    ],
)
def test_a_named_city_still_names_its_country(text: str, country: str) -> None:
    assert country in _countries(text)



@pytest.mark.parametrize(
    ("text", "home", "dateline"),
    [
        # round 24: a story filed from a neighbour's capital names its own country in words the small tagger
        # leaves unlabelled ("Togo's capital"); they count, so a headline and a lead naming it outrank the dateline
        ("Togo rights groups say seven dead after Lome protests\n\nACCRA - At least seven people have died in "
         "three days of protests in Togo's capital, a coalition of rights groups said on Sunday.", "Togo", "Ghana"),
        ("Aid workers killed in South Sudan ambush\n\nNAIROBI - Gunmen killed four aid workers near the town of "
         "Yei in South Sudan's Central Equatoria on Friday, the agency said.", "South Sudan", "Kenya"),
        ("Guinea protest deaths\n\nDAKAR - Soldiers shot dead three protesters in Guinea's capital on Thursday, an "
         "opposition coalition said.", "Guinea", "Senegal"),
    ],
)
def test_unlabelled_country_names_outrank_the_dateline(text: str, home: str, dateline: str) -> None:
    countries = _countries(text)
    assert countries[0] == home and dateline in countries, countries


def test_an_unlabelled_country_name_counts_once_named() -> None:
    # one mention each: the dateline, counted first, still wins the tie, yet the story's country is among them
    countries = _countries("ACCRA - At least seven people have died in protests in Togo's capital, rights groups said.")
    assert countries[:2] == ("Ghana", "Togo"), countries


def test_a_dateline_alone_still_names_the_story_country() -> None:
    # near miss: no other country named, the dateline's stays the story's
    assert _countries("ACCRA - Police fired tear gas at traders protesting in the central market on Monday.")[:1] \
        == ("Ghana",)
