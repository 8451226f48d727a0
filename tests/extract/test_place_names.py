"""Only names are geocoded: common nouns, conflict adjectives and organisation names never are.

Every sentence here was written for sitreps. Each has an event the pipeline finds, so a missing
place is the place rules' doing, not a missed event.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import Place
from sitreps.resolve.places import acled_geo_precision

COMMON_NOUN_SENTENCES = [
    "Troops clashed with militiamen in the area on Monday, officials said.",
    "Fighters attacked villages near the border, residents said.",
    "Gunmen killed 12 people in the forest, the army said.",
    "Soldiers shelled positions along the front line overnight.",
    "Dozens of civilians were killed in the Fano conflict, aid workers said.",
    "Gunmen killed 12 people in the Fano conflict zone, officials said.",
    "Rebels attacked the town, killing several villagers.",
    "Militiamen attacked the camp on Tuesday, survivors said.",
    "Wagner group fighters killed dozens of villagers in the region, witnesses said.",
    "The Arakan Army attacked the base on Friday.",
    "Security forces fired on protesters in the capital on Sunday.",
    "Gunmen attacked soldiers at the checkpoint near the river.",
]


@pytest.mark.parametrize("text", COMMON_NOUN_SENTENCES)
def test_common_nouns_are_never_geocoded(extract: Extract, text: str) -> None:
    events = extract(text)
    assert events, "the sentence must hold an event for this test to mean anything"
    assert [m.place for m in events if m.place is not None] == []


def _place(extract: Extract, text: str) -> Place:
    placed = [m.place for m in extract(text) if m.place is not None]
    assert placed, text
    return placed[0]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Gunmen ambushed a Malian army convoy 30 kilometres north of Gao.", "Gao", "Mali"),
        ("A Russian drone struck a fuel depot 10 km from Kramatorsk.", "Kramatorsk", "Ukraine"),
        ("Militants killed nine herders near the village of Sokolo in Mali, officials said.", "Sokolo", "Mali"),
    ],
)
def test_near_a_named_place_keeps_it_at_geo_precision_2(extract: Extract, text: str, name: str,
                                                         country: str) -> None:
    place = _place(extract, text)
    assert (place.name, place.country, place.geo_precision) == (name, country, 2)
    assert acled_geo_precision(place) == 2 and place.lat is not None


def test_a_town_is_geo_precision_1(extract: Extract) -> None:
    place = _place(extract, "Russian forces shelled Kherson on Monday.")
    assert (place.name, place.geo_precision, place.approximate) == ("Kherson", 1, None)


def test_the_most_precise_place_of_a_sentence_wins(extract: Extract) -> None:
    place = _place(extract, "Jihadists attacked the town of Djibo in northern Burkina Faso, killing 20 soldiers.")
    assert (place.name, place.country, place.geo_precision) == ("Djibo", "Burkina Faso", 1)


def test_a_region_gets_its_centre_at_geo_precision_3(extract: Extract) -> None:
    place = _place(extract, "Myanmar junta forces clashed with the resistance in northern Sagaing region.")
    assert (place.name, place.country, place.geo_precision) == ("Sagaing Region", "Myanmar", 3)
    assert place.lat is not None and place.approximate is None


def test_a_missing_village_takes_the_unit_named_with_it(extract: Extract) -> None:
    place = _place(extract, "Junta airstrikes hit a school in Pale township, Sagaing region, killing 11.")
    assert (place.name, place.admin1, place.approximate, place.geo_precision) == ("Pale", "Sagaing Region", True, 3)
    assert place.note is not None and "Sagaing Region" in place.note


def test_a_sea_is_a_place(extract: Extract) -> None:
    place = _place(extract, "Houthi forces attacked a cargo ship in the Red Sea on Monday.")
    assert (place.name, place.country, place.geo_precision) == ("Red Sea", None, 3)


def test_an_event_without_a_place_takes_the_storys_and_says_so(extract: Extract) -> None:
    text = ("Jihadists attacked the town of Djibo in northern Burkina Faso on Sunday. "
            "Hours later a roadside bomb exploded under a bus, killing three civilians.")
    events = extract(text)
    second = [m for m in events if m.trigger.start > text.index("Hours")]
    assert second and all(m.place is not None and m.place.name == "Djibo" for m in second)
    note = second[0].place.note if second[0].place else None
    assert note is not None and "not named in its sentence" in note


def test_a_coordinated_act_shares_the_scene_of_the_verb_before_it(extract: Extract) -> None:
    text = "Armed men stormed the village of Kadugli on Monday and killed six farmers."
    (killing,) = [m for m in extract(text) if m.trigger.text == "killed"]
    assert killing.place is not None and killing.place.name == "Kadugli" and killing.place.country == "Sudan"
