"""A fight's foreign air support and the people its sides abducted in it are the fight; a raid's looting
and abductions are the raid.

ACLED codes one armed clash per place and day. Air strikes by a foreign force backing one side (US
strikes beside Somali troops, coalition jets beside Yemeni government forces) are that side's support,
coded as an associated actor, not an air strike of a rival doer; civilians or soldiers abducted by a
side during the fight are a part of it, not an abduction of their own. So are the shops a raid on a village
looted and the villagers its raiders took: ACLED codes the attack. Another town, another day, or a
kidnapping "meanwhile" elsewhere stay apart. Every article here is fiction written for these tests, in
the style of wire copy, from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, assert_one_incident, incident_telling

CLASH = "armed_clash"


@pytest.mark.parametrize(("text", "fight", "part"), [
    # foreign strikes backing one side, told in the fight's sentence (Somalia)
    ("Somali troops backed by US air strikes clashed with al-Shabaab fighters near Jilib, the Somali army "
     "said on Monday.", "clashed", "air strikes"),
    # the same support told in a sentence of its own, striking the other side (Somalia)
    ("Somali troops clashed with al-Shabaab fighters in Jilib on Monday, the army said. US drones struck "
     "al-Shabaab fighters in Jilib on Monday, US Africa Command said.", "clashed", "drones struck"),
    # civilians abducted by a side during the fight (eastern Congo)
    ("Fighting broke out between ADF rebels and Congolese troops in Beni on Thursday, the army said. "
     "The rebels kidnapped around 15 civilians in Beni on Thursday, a local official said.",
     "Fighting", "kidnapped"),
    # soldiers abducted during the fight (Nigeria)
    ("Bandits clashed with Nigerian soldiers in Zurmi on Saturday, the army said. The bandits abducted "
     "two soldiers during the fighting, a local leader said.", "clashed", "abducted"),
])
def test_allies_strikes_and_abductions_in_a_fight_are_the_clash(extract: Extract, text: str, fight: str,
                                                                part: str) -> None:
    events = extract(text)
    assert_one_incident(events, text, fight, part, CLASH)


@pytest.mark.parametrize(("text", "fight", "part"), [
    # a foreign strike in another town
    ("Somali troops clashed with al-Shabaab fighters in Jilib on Monday, the army said. US drones struck "
     "al-Shabaab fighters near Bosaso on Monday, US Africa Command said.", "clashed", "drones struck"),
    # a foreign strike on another day
    ("Somali troops clashed with al-Shabaab fighters in Jilib on Monday, the army said. On Thursday, US "
     "drones struck al-Shabaab fighters in Jilib, US Africa Command said.", "clashed", "drones struck"),
    # a kidnapping elsewhere, told "meanwhile"
    ("Soldiers fought jihadists near Djibo on Saturday, the army said. Meanwhile, gunmen kidnapped a priest "
     "in the south-western town of Banfora, church officials said.", "fought", "kidnapped"),
    # abductions two days after the fight
    ("Fighting broke out between ADF rebels and Congolese troops in Beni on Thursday, the army said. "
     "The rebels kidnapped around 15 civilians in Beni on Saturday, a local official said.",
     "Fighting", "kidnapped"),
])
def test_strikes_and_abductions_of_another_town_or_day_stay_apart(extract: Extract, text: str, fight: str,
                                                                   part: str) -> None:
    events = extract(text)
    assert incident_telling(events, part, text) is not incident_telling(events, fight, text)


@pytest.mark.parametrize(("text", "raid", "part"), [
    # shops looted by the raiders (Nigeria)
    ("Gunmen attacked the village of Kwarge in Zamfara state on Sunday, killing nine villagers, police said. "
     "The attackers looted shops in Kwarge on Sunday before fleeing into the forest, a resident said.",
     "attacked", "looted"),
    # villagers taken by the raiders (Mali)
    ("Jihadists attacked the village of Dinangourou on Friday, killing 12 civilians, local officials said. "
     "The assailants abducted several women in Dinangourou on Friday, the officials said.", "attacked", "abducted"),
])
def test_looting_and_abductions_of_a_raid_are_the_attack(extract: Extract, text: str, raid: str,
                                                         part: str) -> None:
    events = extract(text)
    assert_one_incident(events, text, raid, part, "attack_on_civilians")


@pytest.mark.parametrize(("text", "raid", "part"), [
    # a mob looting in another city two days later
    ("Armed men attacked the village of Kwarge on Monday, killing five villagers, police said. On Wednesday, a "
     "mob looted warehouses of the World Food Programme in Gusau.", "attacked", "looted"),
    # a kidnapping a week before the raid
    ("Gunmen attacked the village of Kwarge on Sunday, killing nine villagers, police said. Last week, gunmen "
     "kidnapped 20 worshippers from a mosque in Tsafe, residents said.", "attacked", "kidnapped"),
])
def test_looting_and_abductions_of_another_place_or_day_stay_apart(extract: Extract, text: str, raid: str,
                                                                   part: str) -> None:
    events = extract(text)
    assert incident_telling(events, part, text) is not incident_telling(events, raid, text)
