"""An incident's toll told in parts (each side's dead in a clause of its own), a toll told as "the
number of dead", and a tally counted from a turn of the conflict ("since the coup"). Sentences
written for these tests (fiction in the style of news, several conflicts and outlets)."""

from __future__ import annotations

import pytest
from extract_helpers import first_death_toll


@pytest.mark.parametrize(("text", "toll"), [
    ("Government troops repelled an assault on a base outside Menaka on Saturday. Four soldiers were killed, "
     "and 17 of the attackers died in the fighting, an army spokesman said.", 21),
    ("Militiamen attacked a police post in Beni on Monday; two policemen were killed and six militiamen died, "
     "the governor said.", 8),
    ("Cartel gunmen ambushed a patrol in Michoacan on Friday. Three guardsmen were killed, while nine gunmen "
     "died when troops returned fire, officials said.", 12),
])
def test_each_sides_dead_told_apart_add_up(text: str, toll: int) -> None:
    assert first_death_toll(text) == toll


@pytest.mark.parametrize(("text", "toll"), [
    # two accounts of one toll, told of people: not added
    ("A bomb exploded at a bus stop in Quetta on Sunday. Police said five people were killed, but residents "
     "said eight people died.", 5),
    # a part of the dead counted out of those told: not added
    ("Jihadists attacked the village of Solhan on Friday, killing 30 civilians; six of them died in a "
     "burning mosque, a local official said.", 30),
])
def test_two_figures_of_the_same_dead_are_not_added(text: str, toll: int) -> None:
    assert first_death_toll(text) == toll


@pytest.mark.parametrize(("text", "toll"), [
    ("Russian missiles struck an apartment block in Zaporizhzhia on Saturday, killing five people. The number "
     "of dead climbed to 23 on Sunday, the governor said.", 23),
    ("Gunmen raided the village of Kwall on Tuesday night. The number of people killed in the raid rose to "
     "40 on Wednesday, police said.", 40),
    ("A car bomb ripped through a market in Baidoa on Monday, killing nine people. By nightfall the number "
     "of dead had reached 16, a hospital director said.", 16),
])
def test_a_number_of_dead_is_a_toll(text: str, toll: int) -> None:
    assert first_death_toll(text) == toll


@pytest.mark.parametrize("text", [
    "An air strike hit a bridge near Sagaing on Monday, residents said. The junta's air strikes have killed "
    "more than 1,500 civilians in the region since the coup.",
    "Rebels shelled an army post near Bambari on Thursday, the army said. More than 900 soldiers have been "
    "killed since the collapse of the truce, according to the United Nations.",
    "Security forces fired tear gas at protesters in Conakry on Wednesday. At least 40 protesters have been "
    "killed since the election, rights groups say.",
])
def test_a_toll_since_a_turn_of_the_conflict_is_a_tally(text: str) -> None:
    assert first_death_toll(text) is None


def test_a_toll_still_rising_since_the_attack_is_the_incidents() -> None:
    text = ("Gunmen attacked a church in Owo on Sunday, killing 22 worshippers. Three more people have died "
            "since the attack, a hospital official said.")
    assert first_death_toll(text) is not None


def test_the_dead_of_two_phases_are_not_added() -> None:
    text = ("Gunmen held the passengers of a ferry near Sittwe for two days. Twelve passengers were killed by the "
            "gunmen before the rescue, while one marine lost his life during the operation, the navy said.")
    assert first_death_toll(text) == 12


@pytest.mark.parametrize(("text", "toll"), [
    ("Ten soldiers, 25 rebels killed in Sahel clash\n\nSoldiers fought rebels for several hours near Ansongo on "
     "Wednesday, the army said.", 35),
    ("Two policemen, six gunmen killed in Borno ambush\n\nGunmen ambushed a police patrol on the Maiduguri road "
     "on Friday, officials said.", 8),
    ("Three guards, nine attackers killed in prison raid\n\nArmed men stormed the central prison in Tillaberi on "
     "Monday, the interior ministry said.", 12),
])
def test_a_headlines_comma_list_of_the_dead_adds_up(text: str, toll: int) -> None:
    assert first_death_toll(text) == toll


def test_a_headlines_apposition_that_describes_the_dead_is_not_added() -> None:
    text = ("Three people, a mother and her two sons, killed in Donetsk shelling\n\nShelling hit a house in "
            "Donetsk on Tuesday, officials said.")
    assert first_death_toll(text) == 3
