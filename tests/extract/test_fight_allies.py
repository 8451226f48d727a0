"""A fight's foreign air support and the people its sides abducted in it are the fight.

ACLED codes one armed clash per place and day. Air strikes by a foreign force backing one side (US
strikes beside Somali troops, coalition jets beside Yemeni government forces) are that side's support,
coded as an associated actor, not an air strike of a rival doer; civilians or soldiers abducted by a
side during the fight are a part of it, not an abduction of their own. Another town, another day, or a
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
