"""An armed group's home country is the story's country when no place, demonym or dateline names one:
a town name shared by several countries goes to the group's, a village the gazetteer lacks is put in
it. Groups that fight abroad as often as at home, groups of no one country, and a country the story
names keep the old answers. Fiction written for these tests; the villages' names are made up."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention


def the_place(events: list[EventMention]) -> tuple[str | None, float | None]:
    """The country and latitude of the single mention's place."""
    assert len(events) == 1, [(m.type, m.trigger.text) for m in events]
    place = events[0].place
    assert place is not None
    return place.country, place.lat


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("ELN rebels attacked a military base near San Pablo on Tuesday, killing three soldiers.", "Colombia"),
        ("M23 rebels seized the town of Rubaya on Tuesday after heavy fighting with the army and allied militias.",
         "Democratic Republic of the Congo"),
        ("Al-Shabaab militants ambushed a convoy near Buulo Mareer on Sunday, killing six soldiers.", "Somalia"),
        ("Fighters of the Rapid Support Forces looted the village of Um Kadada Gharb and killed 14 farmers on "
         "Friday.", "Sudan"),
        ("Arakan Army fighters overran a police outpost in Kyein Chaung village after two days of fighting, "
         "residents said.", "Myanmar"),
        ("New People's Army guerrillas ambushed an army patrol in the village of Malinao Baybay, killing two "
         "soldiers.", "Philippines"),
    ],
)
def test_a_named_group_gives_the_story_its_country(extract: Extract, text: str, country: str) -> None:
    found, lat = the_place(extract(text))
    assert found == country and lat is not None


@pytest.mark.parametrize(
    "text",
    [
        "Wagner fighters killed dozens of men in Moura during a five-day operation, witnesses said.",
        "Hamas gunmen killed 12 residents of Nir Hadar Gimel on Saturday, rescuers said.",
        "JNIM fighters attacked the village of Dourouwel Koro on Sunday, killing 11 civilians.",
        "Troops clashed with rebels near the village of Warhole on Tuesday.",
    ],
)
def test_a_group_abroad_of_no_country_or_none_places_nothing(extract: Extract, text: str) -> None:
    assert the_place(extract(text)) == (None, None)


def test_a_country_the_story_names_beats_the_group(extract: Extract) -> None:
    text = "Al-Shabaab militants raided the village of Korisa Wabe in Kenya on Sunday, killing three."
    assert the_place(extract(text))[0] == "Kenya"


@pytest.mark.parametrize(
    "text",
    [
        "Army helicopters struck ADF camps on Tuesday, killing 12 rebels, the military said.",
        "Soldiers raided BLA hideouts on Monday, killing nine militants, the army said.",
        "Security forces shelled OLA bases in the hills on Sunday, killing 15 fighters, state media said.",
    ],
)
def test_a_groups_name_is_no_place(extract: Extract, text: str) -> None:
    (mention,) = extract(text)
    assert mention.place is None or mention.place.name not in ("ADF", "Bla", "BLA", "OLA", "Ola", "Olá")


def test_a_town_written_like_a_groups_acronym_stays_a_town(extract: Extract) -> None:
    text = "Jihadists attacked an army post in Bla on Sunday, killing four soldiers, Malian officials said."
    assert the_place(extract(text))[0] == "Mali"
