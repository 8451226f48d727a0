"""A fight's story names its town beside a finer spot, by a shorter name, or only in the strike's sentence.

``extract.ground_fight`` types one article's story of one fight as the armed clash unless a telling's sentence
names another front. Wire copy places the air support at a camp or neighbourhood of the fight's town ("in the
Zamzam camp on the edge of El Fasher"), names the town bare where the fight named its township ("Paletwa" of
"Paletwa township"), or tells the fight with no place at all ("heavy fighting raged on the edge of the town"),
the strike's sentence placing the story; a time phrase of a relative clause ("JNIM, which has held the town
since June") dates no campaign. Near misses: strikes naming only another village or another state keep their
type. Every article here is fiction written for these tests, in wire and local-press styles.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, assert_one_incident, incident_telling

CLASH = "armed_clash"
REMOTE = {"air_drone_strike", "shelling_missile_attack"}


@pytest.mark.parametrize(("text", "fight", "strike"), [
    # Sudan: the strike names a camp of the fight's town beside the town
    ("Heavy clashes erupted between the army and RSF fighters in El Fasher on Thursday, residents said.\n\n"
     "Army warplanes bombed RSF positions in the Zamzam camp on the southern edge of El Fasher, a military "
     "source said.", "clashes", "bombed"),
    # Myanmar: the fight names the township, the strike the bare town
    ("Arakan Army fighters clashed with junta troops in Paletwa township on Friday, residents said.\n\n"
     "Junta jets bombed AA positions around Paletwa on Friday, killing six fighters, a resident said.",
     "clashed", "bombed"),
    # Sudan: the strike told first, the fight of no place of its own after it
    ("Army warplanes struck RSF positions in Babanusa on Monday, killing dozens of fighters, a military source "
     "said.\n\nThe strikes came as heavy fighting raged between the two sides on the western edge of the town, "
     "residents said.", "fighting", "struck"),
    # Mali: the town held "since June" in a relative clause dates no campaign
    ("Malian troops launched an offensive on Wednesday to retake Lerneb from JNIM fighters, who have held it "
     "since June, the army said.\n\nSoldiers clashed with the militants on its outskirts, and army drones struck "
     "the militants' pick-up trucks as the troops advanced, a security source said.", "clashed", "drones struck"),
])
def test_strikes_placed_at_the_fight_are_the_clash(extract: Extract, text: str, fight: str, strike: str) -> None:
    events = extract(text)
    assert_one_incident(events, text, fight, strike, CLASH)


@pytest.mark.parametrize(("text", "strike"), [
    # the strike names only another state
    ("Junta troops fought Kachin Independence Army fighters near Bhamo on Tuesday, the group said.\n\n"
     "In another attack, junta jets bombed a village in Sagaing Region, killing nine civilians.", "bombed"),
    # the fight is told over the past week: a campaign, not the day's strike
    ("Army troops and M23 rebels have fought fierce battles around Rubaya over the past week, officials said.\n\n"
     "Army drones struck rebel positions near Rubaya on Tuesday, officials said.", "struck"),
])
def test_strikes_of_another_front_keep_their_type(extract: Extract, text: str, strike: str) -> None:
    events = extract(text)
    assert incident_telling(events, strike, text).type in REMOTE
