"""One article's story of one fight is the fight, though its strikes are told in sentences of their own.

ACLED codes one fight told by one article (one area, one day or no other day stated) as one armed clash:
the air strikes or shelling in support are parts of it, not a remote strike. Consolidation merges the
fight and the strikes into one incident; ``extract.ground_fight`` types it by the fight when a fight word
tells it, unless the story's sentences date a span of days or two days, name a place the fight's
sentences do not, or place it only in a whole country. Every article here is fiction written for these
tests, in the style of wire copy, local press and live blogs, from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, assert_one_incident, incident_telling

CLASH = "armed_clash"
REMOTE = {"air_drone_strike", "shelling_missile_attack"}


@pytest.mark.parametrize(("text", "fight", "strike"), [
    # wire: a fight in a region, the strikes of no place
    ("Government troops and Tigrayan fighters fought heavy battles in southern Tigray on Thursday, aid workers "
     "said.\n\n"
     "Federal drones struck the fighters' positions, a diplomat said.", "fought", "struck"),
    # local press: no day stated anywhere
    ("Kachin Independence Army fighters clashed with junta soldiers near Bhamo, the group's spokesman said.\n\n"
     "Junta aircraft carried out air strikes on KIA positions near Bhamo, he said.", "clashed", "air strikes"),
    # live blog: the fight told after the shelling, both overnight (a night spans two dates)
    ("09:15 Russian artillery shelled Ukrainian positions near Vuhledar overnight, the governor said.\n\n"
     "Ukrainian and Russian troops fought for control of a road near Vuhledar overnight, he added.",
     "fought", "shelled"),
])
def test_strikes_in_one_story_of_a_fight_are_the_clash(extract: Extract, text: str, fight: str,
                                                       strike: str) -> None:
    events = extract(text)
    assert_one_incident(events, text, fight, strike, CLASH)


@pytest.mark.parametrize(("text", "strike"), [
    # the fight is told over days: a campaign, not the fight the day's bombardment backed
    ("Army troops and M23 rebels have fought fierce battles around Kitshanga over the past week, officials "
     "said.\n\nArmy jets bombed rebel positions near Kitshanga on Monday, officials said.", "bombed"),
    # the strikes hit a town the fight's sentence does not name
    ("Houthi fighters clashed with government forces in Taiz on Tuesday, residents said.\n\n"
     "Houthi drones struck a fuel depot in the port of Mokha on Tuesday, the coast guard said.", "struck"),
])
def test_strikes_apart_from_the_fight_keep_their_type(extract: Extract, text: str, strike: str) -> None:
    events = extract(text)
    assert incident_telling(events, strike, text).type in REMOTE


@pytest.mark.parametrize(("text", "fight", "part"), [
    # local press: a fight told only by its province, a surrender in it
    ("Houthi fighters and government forces clashed in Marib province on Tuesday, a military official said.\n\n"
     "Twelve government soldiers surrendered to the Houthis during the clashes, the official said.",
     "clashed", "surrendered"),
    # wire: a fight in a region, the side that withdrew
    ("Fano militiamen fought federal troops in the Amhara region on Saturday, residents said.\n\n"
     "The federal troops withdrew from several positions, residents said.", "fought", "withdrew"),
    # wire: fighters captured in the fight
    ("Islamic State fighters clashed with Iraqi forces in Kirkuk province on Monday, a security source said.\n\n"
     "Iraqi troops captured four militants, the source said.", "clashed", "captured"),
])
def test_parts_of_a_fight_told_by_its_province_are_the_fight(extract: Extract, text: str, fight: str,
                                                              part: str) -> None:
    events = extract(text)
    assert_one_incident(events, text, fight, part, CLASH)


@pytest.mark.parametrize(("text", "fight", "part"), [
    # the surrender is placed in another province
    ("Houthi fighters and government forces clashed in Marib province on Tuesday, a military official said.\n\n"
     "Twelve soldiers surrendered to the Houthis in Al Bayda province, the official said.", "clashed", "surrendered"),
    # the withdrawal is of another day
    ("Fano militiamen fought federal troops in the Amhara region on Saturday, residents said.\n\n"
     "On Monday, federal troops withdrew from several positions, residents said.", "fought", "withdrew"),
])
def test_parts_of_another_province_or_day_stay_apart(extract: Extract, text: str, fight: str, part: str) -> None:
    events = extract(text)
    assert incident_telling(events, fight, text) is not incident_telling(events, part, text)
