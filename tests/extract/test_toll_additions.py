"""More dead told in a later sentence ("two more died in hospital", "another four villagers died") add to
the incident's toll told before; "more than" is a bound, and a figure of the wounded adds nothing.
Sentences written for these tests (fiction in the style of news, several conflicts and outlets)."""

from __future__ import annotations

import pytest
from extract_helpers import first_death_toll


@pytest.mark.parametrize(("text", "toll"), [
    ("Gunmen fired on a minibus near Kenscoff on Friday, killing five passengers. Two more died later in "
     "hospital, a local official said.", 7),
    ("Bandits raided the village of Kadisau in Katsina on Sunday, killing 12 people. Another four villagers "
     "died of their wounds on Monday, police said.", 16),
    ("A roadside bomb struck an army truck near Kidal on Tuesday, killing three soldiers. Two additional "
     "soldiers died overnight, the army said.", 5),
])
def test_more_dead_told_later_add_to_the_toll(text: str, toll: int) -> None:
    assert first_death_toll(text) == toll


@pytest.mark.parametrize(("text", "toll"), [
    # "more than" bounds the figure of the wounded: no addition to the dead
    ("An Israeli strike hit a house in Deir al-Balah on Wednesday, killing six people. More than 20 were "
     "wounded, medics said.", 6),
    # a revised toll stated by a toll noun is the toll, not an addition
    ("A bomb hit a bus in Quetta on Monday, killing eight people. The death toll rose to 11 on Tuesday, "
     "officials said.", 11),
    # more people wounded, not dead
    ("Shelling hit a market in Kherson on Thursday, killing two people. Three more were injured, the "
     "governor said.", 2),
])
def test_figures_that_are_no_addition_leave_the_toll(text: str, toll: int) -> None:
    assert first_death_toll(text) == toll


@pytest.mark.parametrize(("text", "toll"), [
    ("Troops killed seven gunmen who raided a checkpoint near Mora on Saturday, and three soldiers also died "
     "in the fighting, the army said.", 10),
    ("Police shot dead four cartel gunmen in Zacatecas on Sunday; two officers were also killed in the "
     "shootout, the state security office said.", 6),
])
def test_dead_told_as_also_killed_add_to_the_toll(text: str, toll: int) -> None:
    assert first_death_toll(text) == toll


def test_also_on_the_report_adds_nothing() -> None:
    text = ("Gunmen killed five farmers in Benue state on Monday. Police also said two suspects were arrested "
            "on Tuesday.")
    assert first_death_toll(text) == 5


@pytest.mark.parametrize(("text", "toll"), [
    ("Gunmen opened fire on worshippers at a mosque in Herat on Friday, killing six. Two of the injured later "
     "died in hospital, a provincial spokesman said.", 8),
    ("Al-Shabaab fighters stormed a hotel in Kismayo on Saturday, killing 11 guests. Three of the wounded died "
     "in hospital, the regional administration said in a statement.", 14),
    ("A landmine blast killed three children in Shan State on Sunday. A fourth child died of his wounds in "
     "hospital, the relief group said.", 4),
    ("Police fired live rounds at protesters in Nairobi on Tuesday, killing two. A third protester succumbed "
     "to his injuries overnight, hospital staff said.", 3),
    ("A suicide car bomb hit a military convoy near Kirkuk on Monday, killing five soldiers, the defence "
     "ministry said. A sixth soldier later died of his injuries.", 6),
])
def test_wounded_who_died_later_add_to_the_toll(text: str, toll: int) -> None:
    assert first_death_toll(text) == toll


@pytest.mark.parametrize(("text", "toll"), [
    # the revision already holds the dead its clause explains
    ("Gunmen stormed a market in Kaduna state on Monday, killing six traders, police said. The toll later "
     "rose to 11 after five of the wounded died in hospital.", 11),
    ("Gunmen killed seven people in a bar in Zacatecas on Sunday. The death toll rose to nine when two more "
     "victims died in hospital.", 9),
    # an ordinal of the attack, not of the dead
    ("Shelling killed two civilians in Kherson on Tuesday, the third such attack this week, the governor "
     "said.", 2),
    # the wounded of an earlier strike among the dead told
    ("An airstrike killed eight people in a market in Marib on Saturday, including two of the wounded from "
     "an earlier strike who were being treated nearby.", 8),
])
def test_dead_already_in_the_toll_add_nothing(text: str, toll: int) -> None:
    assert first_death_toll(text) == toll


@pytest.mark.parametrize(("text", "toll"), [
    ("Militants attacked an army post near Diffa on Monday, killing five soldiers. Two of the attackers were "
     "killed, the defence ministry said.", 7),
    ("Jihadists stormed a military camp in Soum province on Wednesday, killing 12 soldiers, the army said. "
     "Twenty of the assailants were killed.", 32),
    ("Taliban fighters attacked a checkpoint in Kunduz overnight, killing four policemen. Six of the attackers "
     "died in the clash, officials said.", 10),
    ("Al-Shabaab fighters attacked a base near Baidoa on Sunday, killing two soldiers. Eight of the attackers "
     "were killed, the regional government said.", 10),
    ("Gunmen raided a police station in Zamfara on Friday and killed three officers. Four of the attackers "
     "were also killed in the exchange of fire.", 7),
])
def test_the_attacking_sides_dead_told_later_add_to_the_toll(text: str, toll: int) -> None:
    assert first_death_toll(text) == toll


@pytest.mark.parametrize(("text", "toll"), [
    # a part of the side's dead counted before
    ("Troops killed 12 militants in Borno on Monday, the army said. Three of the militants were killed by an "
     "airstrike.", 12),
    ("Thirty militants died in the fighting near Palma on Saturday, the army said. Ten of the militants were "
     "killed in air strikes.", 30),
    ("Security forces killed eight gunmen in a raid near Culiacan on Friday. Two of the gunmen killed were "
     "local commanders, officials said.", 8),
    # the attackers arrested or hurt, not dead
    ("Gunmen killed five villagers in Zamfara on Sunday. Two of the gunmen were arrested on Monday, police "
     "said.", 5),
    ("Rebels killed six soldiers in an ambush near Beni on Thursday. Two of the rebels were wounded, the army "
     "said.", 6),
])
def test_the_attackers_counted_before_or_not_dead_add_nothing(text: str, toll: int) -> None:
    assert first_death_toll(text) == toll
