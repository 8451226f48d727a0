"""The parts of a ground fight told in other sentences at its town and on its day are that fight.

ACLED codes one armed clash per place and day: the houses burnt in it, the fighters captured or
surrendering, the side that withdrew after it, the drones shot down during it and the reinforcements
sent into it are parts of the clash, not incidents of their own. Another town, another day,
"Separately", or a looting by a mob where no fight is told stay apart. Every article here is fiction
written for these tests, in the style of wire copy, from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, assert_one_incident, incident_telling

CLASH = "armed_clash"


@pytest.mark.parametrize(("text", "fight", "part"), [
    # houses burnt during the fight (Sahel)
    ("Jihadist fighters clashed with Burkinabe soldiers in the town of Djibo on Saturday, security sources said. "
     "The attackers burned dozens of houses in Djibo on Saturday, residents said.", "clashed", "burned"),
    # fighters captured in the fight (eastern Congo)
    ("M23 rebels clashed with the Congolese army in the town of Sake on Friday, witnesses said. Soldiers "
     "captured 14 rebel fighters in Sake on Friday, an army spokesman said.", "clashed", "captured"),
    # the side that withdrew after the fight (Sudan)
    ("Fierce clashes broke out between the army and the Rapid Support Forces in the town of Bara on Tuesday, "
     "residents said. RSF fighters withdrew from Bara on Tuesday after the fighting, a commander said.",
     "clashes", "withdrew"),
    # drones shot down during the fight (Myanmar)
    ("Resistance fighters clashed with junta troops in the town of Lashio on Sunday, a local outlet reported. "
     "The fighters shot down two military drones over Lashio on Sunday, the outlet said.", "clashed", "shot down"),
    # reinforcements sent into the fight by one of its sides (Ukraine)
    ("Ukrainian troops clashed with Russian forces in the town of Pokrovsk on Wednesday, the general staff said. "
     "Russia sent reinforcements to Pokrovsk on Wednesday, the staff said.", "clashed", "reinforcements"),
    # a second batch, written after the change (Somalia, Ethiopia, Yemen)
    ("Al-Shabaab militants fought Somali troops in the town of Beledweyne on Thursday, a local elder said. "
     "The militants set fire to several homes in Beledweyne on Thursday before fleeing, residents said.",
     "fought", "set fire"),
    ("Gunfire erupted as Fano militiamen clashed with federal soldiers in the town of Lalibela on Monday. "
     "About 30 militiamen surrendered to the army in Lalibela on Monday, a regional official said.",
     "clashed", "surrendered"),
    ("Houthi fighters battled government forces in the district of Hays on Saturday, military sources said. "
     "Government troops pulled back from Hays on Saturday, the sources added.", "battled", "pulled back"),
    # round 30: reinforcements told with no sender strengthen a side already fighting (Chad, Mozambique, Mali)
    ("Boko Haram fighters attacked an army post in the town of Ngouboua on Sunday, killing five soldiers. "
     "The soldiers held the post until reinforcements arrived in Ngouboua, a local official said.",
     "attacked", "reinforcements"),
    ("Insurgents clashed with Mozambican troops in the town of Macomia on Thursday, residents said. "
     "Reinforcements reached Macomia by road on Thursday evening, a police source said.", "clashed", "Reinforcements"),
    # round 30: a part of no day at the town of a fight dated to a span of days (Ukraine, DR Congo)
    ("Fierce fighting raged between Russian and Ukrainian troops in the town of Toretsk over the weekend, the "
     "general staff said. Ukrainian troops withdrew from Toretsk, a military spokesman said.", "fighting",
     "withdrew"),
    ("M23 rebels clashed with Congolese soldiers in the town of Masisi overnight, residents said. "
     "Some 40 soldiers surrendered to the rebels in Masisi, a local official said.", "clashed", "surrendered"),
    # round 30: a part of no day in the province that holds an undated fight there (Yemen)
    ("Houthi fighters clashed with government forces in Marib province, military sources said. Government troops "
     "later withdrew from positions in Marib province, the sources added.", "clashed", "withdrew"),
])
def test_parts_of_a_fight_at_its_town_and_day_are_the_clash(extract: Extract, text: str, fight: str,
                                                            part: str) -> None:
    events = extract(text)
    assert_one_incident(events, text, fight, part, CLASH)


@pytest.mark.parametrize(("text", "fight", "part"), [
    # a looting by a mob in another town, no fight there
    ("Jihadist fighters clashed with Burkinabe soldiers in the town of Djibo on Saturday, security sources said. "
     "A mob looted shops in the city of Kaya on Saturday, police said.", "clashed", "looted"),
    # fighters captured two days later
    ("M23 rebels clashed with the Congolese army in the town of Sake on Friday, witnesses said. Soldiers "
     "captured 14 rebel fighters in Sake on Sunday, an army spokesman said.", "clashed", "captured"),
    # "Separately" opens another incident
    ("Fierce clashes broke out between the army and the Rapid Support Forces in the town of Bara on Tuesday, "
     "residents said. Separately, UN peacekeepers withdrew from a base in Bara on Tuesday, the mission said.",
     "clashes", "withdrew"),
    # neutral units deployed to hold a truce, sent by no side of the fight
    ("Armed groups clashed in the city of Tripoli on Monday, residents said. Neutral units were deployed "
     "across Tripoli on Monday to separate the groups, the UN mission said.", "clashed", "deployed"),
    # round 30: reinforcements with no sender, but in another town or days later
    ("Insurgents clashed with Mozambican troops in the town of Macomia on Thursday, residents said. "
     "Reinforcements reached the city of Pemba on Thursday, a police source said.", "clashed", "Reinforcements"),
    ("Jihadists clashed with Malian soldiers in the town of Boni on Monday, security sources said. "
     "Reinforcements arrived in Boni on Saturday to secure the town, the sources said.", "clashed", "Reinforcements"),
    # round 30: beside a fight over a span of days, a part of no day in another town, or dated after the span
    ("Fierce fighting raged between Russian and Ukrainian troops in the town of Toretsk over the weekend, the "
     "general staff said. Ukrainian troops withdrew from Kupiansk, a military spokesman said.", "fighting",
     "withdrew"),
    ("M23 rebels clashed with Congolese soldiers in the town of Masisi overnight, residents said. "
     "Some 40 soldiers surrendered to the rebels in Masisi on Saturday, a local official said.", "clashed",
     "surrendered"),
    # round 30: beside an undated fight in one province, a part of no day in another province
    ("Houthi fighters clashed with government forces in Marib province, military sources said. Government troops "
     "later withdrew from positions in Taiz province, the sources added.", "clashed", "withdrew"),
    # the second batch's near misses: arrests days later in another town, "In other news"
    ("Gunfire erupted as Fano militiamen clashed with federal soldiers in the town of Lalibela on Monday. "
     "Police arrested 30 suspected militiamen in Gondar on Wednesday, a regional official said.",
     "clashed", "arrested"),
    ("Houthi fighters battled government forces in the district of Hays on Saturday, military sources said. "
     "In other news, the UN withdrew its staff from Hodeidah on Saturday, the agency said.", "battled", "withdrew"),
])
def test_parts_of_another_town_day_or_incident_stay_apart(extract: Extract, text: str, fight: str,
                                                          part: str) -> None:
    events = extract(text)
    assert incident_telling(events, part, text) is not incident_telling(events, fight, text)


@pytest.mark.parametrize(("text", "raid", "part", "joined"), [
    # round 30: a raid and the abduction its raiders carried out, both undated, at one town (Nigeria, Burkina Faso)
    ("Gunmen attacked the village of Kauru, killing seven villagers, residents said. The attackers abducted 12 "
     "women in Kauru, a local official said.", "attacked", "abducted", True),
    ("Armed men raided the village of Solhan, killing 14 civilians, witnesses said. The raiders looted shops in "
     "Solhan, the witnesses said.", "killing", "looted", True),
    # near misses: an abduction in another town, or on a stated day of its own while the raid has none
    ("Gunmen attacked the village of Kauru, killing seven villagers, residents said. Bandits abducted 12 "
     "travellers in Birnin Gwari, a local official said.", "attacked", "abducted", False),
    ("Armed men raided the village of Solhan, killing 14 civilians, witnesses said. Gunmen abducted three traders "
     "in Solhan last month, the witnesses said.", "killing", "abducted", False),
])
def test_parts_of_an_undated_raid_at_its_town(extract: Extract, text: str, raid: str, part: str,
                                              joined: bool) -> None:
    events = extract(text)
    assert (incident_telling(events, part, text) is incident_telling(events, raid, text)) is joined
