"""A headline's second incident and the body word that tells it again are one incident: after an opener of
another incident ("Separately, ...") at the headline's spot, and where the headline chains it by "after" to
its main incident and the body tells both as one fight. Another town, another day, a cause told on its own
stay apart.

Every article and sentence here is fiction written for these tests, in the styles of wire copy, local
press and agency briefs.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, told_together


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Clashes in Avdiivka as Russian drones hit Pokrovsk\n\nUkrainian and Russian troops clashed around Avdiivka "
     "on Monday, the general staff said.\n\nSeparately, Russian drones hit an apartment block in Pokrovsk on Monday, "
     "wounding three people, the regional governor said.", "hit Pokrovsk", "hit an apartment"),
    ("Rally in Lima as police fire tear gas in Cusco\n\nThousands of people rallied in central Lima on Thursday "
     "against the government.\n\nMeanwhile, police fired tear gas at marchers in Cusco on Thursday, local radio "
     "reported.", "fire tear gas", "fired tear gas"),
    ("Troops clash with rebels in Beni; mortar hits Bunia market\n\nSoldiers clashed with ADF rebels near Beni "
     "on Friday, the army said.\n\nIn a separate incident, a mortar round hit a market in Bunia on Friday, killing "
     "two traders, a local official said.", "mortar hits", "mortar round hit"),
    ("Police disperse Harare march; bomb blast kills two in Bulawayo\n\nRiot police dispersed an opposition march "
     "in Harare on Saturday, witnesses said.\n\nSeparately, a bomb exploded outside a bar in Bulawayo on Saturday, "
     "killing two people, police said.", "bomb blast", "bomb exploded"),
])
def test_a_headline_s_incident_told_after_an_opener_is_one(extract: Extract, text: str, first: str,
                                                         second: str) -> None:
    assert told_together(extract, text, first, second)


@pytest.mark.parametrize(("text", "first", "second"), [
    # another town than the headline's
    ("Drone strike hits Zaporizhzhia depot\n\nA Russian drone struck a fuel depot in Zaporizhzhia on Friday, "
     "the governor said.\n\nSeparately, a drone hit a school in Nikopol on Friday, the mayor said.",
     "struck a fuel", "hit a school"),
    # the headline's town on another day
    ("Shelling hits Donetsk market\n\nShelling hit a market in Donetsk on Sunday, killing four people, local "
     "officials said.\n\nSeparately, shelling struck Donetsk again on Wednesday, wounding two, officials said.",
     "Shelling hits", "struck Donetsk again"),
])
def test_an_opener_of_another_town_or_day_stays_apart(extract: Extract, text: str, first: str,
                                                      second: str) -> None:
    assert not told_together(extract, text, first, second)


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Drones strike fighters after attack on Menaka army base\n\nJihadist fighters attacked an army base in "
     "Menaka on Tuesday, sparking hours of fighting, the army said.\n\nArmy drones then struck the attackers, "
     "killing about 30 of them, the army said.", "attack on", "attacked"),
    ("Bandits kidnap traders after gunfight with police in Katsina\n\nBandits fought a gunfight with police in "
     "Funtua on Sunday and kidnapped 12 traders, police said.\n\nTwo officers were killed in the gunfight, a "
     "police spokesman said.", "gunfight with", "fought"),
    ("Clashes rage after ambush on convoy in Tigray\n\nFighters ambushed a federal army convoy near Adigrat "
     "on Monday, sparking clashes that killed six soldiers, a regional official said.\n\nThe fighting went on "
     "until nightfall, the official said.", "ambush on", "ambushed"),
])
def test_a_headline_s_cause_the_body_tells_as_the_fight_is_one(extract: Extract, text: str, first: str,
                                                               second: str) -> None:
    assert told_together(extract, text, first, second)


def test_a_headline_s_cause_the_body_tells_on_its_own_stays_apart(extract: Extract) -> None:
    text = ("Jets strike militant hideouts after attack on Maiduguri checkpoint\n\nAir force jets struck militant "
            "hideouts near Maiduguri on Thursday, the air force said.\n\nThe raids came after militants attacked "
            "a checkpoint in Maiduguri on Monday, killing three soldiers.")
    assert not told_together(extract, text, "attack on", "Jets strike")
