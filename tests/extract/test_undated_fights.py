"""An ally's strike of a stated day and a ground fight told undated at the same town are one armed clash.

Wire copy dates the air support ("a US drone strike killed five al-Shabaab fighters near Jilib on Sunday") and
tells the ground fight around it with no day of its own ("Somali troops clashed with al-Shabaab near Jilib"). The
strike's doer is an ally of one side, not a side the fight names, so only the fight's town and day could tie the
two, and the fight gave no day. ``extract.battle_strikes`` now reads an undated fight at the very town a strike of
one day hit as the fight the strike backed, and the parts of the fight (``battle_parts``: fighters surrendering
or captured, people abducted) told at its town, dated or not, as parts of it. A fight of another day, at another
town, or a strike placed only in the province stays apart, and so does a part at another town. Every article
here is fiction written for these tests, in the style of wire copy, from nine conflicts. Round 23, issue #13
("armed_clash beside air_drone_strike", and surrender, abduction beside armed_clash).
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, told_together

STRIKE = "A US drone strike killed five al-Shabaab fighters near Jilib on Sunday, the US military said.\n\n"


@pytest.mark.parametrize(("text", "strike", "fight"), [
    # Somalia: a US drone strike beside the national army's fight
    ("US strike near Jilib\n\n" + STRIKE + "Somali troops clashed with al-Shabaab near Jilib, a local commander "
     "said.", "drone strike killed", "clashed"),
    # Mali: a French drone beside Malian soldiers
    ("French drone hits JNIM near Boni\n\nA French Reaper drone struck JNIM fighters near Boni on Tuesday, the "
     "French army said.\n\nMalian soldiers fought JNIM militants near Boni, a local official said.",
     "drone struck", "fought"),
    # Somalia's south: Kenyan jets beside Somali forces
    ("Kenyan jets strike al-Shabaab near Kolbio\n\nKenyan air force jets struck al-Shabaab fighters near Kolbio on "
     "Monday, the Kenyan military said.\n\nSomali forces fought al-Shabaab near Kolbio, a district official said.",
     "jets struck", "fought"),
    # Syria: coalition jets beside the SDF
    ("Coalition jets hit IS near Hajin\n\nUS jets struck Islamic State fighters near Hajin on Saturday, the "
     "coalition said.\n\nThe SDF battled Islamic State militants near Hajin, an SDF commander said.",
     "jets struck", "battled"),
    # Lake Chad: Nigerian jets beside Nigerien troops
    ("Nigerian jets hit ISWAP near Malam Fatori\n\nNigerian Air Force jets struck ISWAP fighters near Malam Fatori "
     "on Wednesday, the air force said.\n\nNigerien troops fought ISWAP near Malam Fatori, a security source said.",
     "jets struck", "fought"),
])
def test_an_undated_fight_at_the_struck_town_is_the_strike(extract: Extract, text: str, strike: str,
                                                           fight: str) -> None:
    assert told_together(extract, text, strike, fight)


@pytest.mark.parametrize(("text", "part", "fight"), [
    # Mozambique: insurgents surrendering at the fight's town
    ("Army battles Ansar al-Sunna in Macomia\n\nMozambican soldiers fought Ansar al-Sunna insurgents in Macomia, "
     "the army said. Twelve insurgents surrendered to the troops in Macomia, the army added.", "surrendered", "fought"),
    # Mali: villagers abducted during the fight
    ("Fighting near Mopti\n\nMalian soldiers clashed with JNIM fighters near Djenne, security sources said. The "
     "jihadists abducted six villagers near Djenne during the fighting.", "abducted", "clashed"),
    # Myanmar: soldiers captured at the fight's town
    ("Kachin fighters battle junta troops\n\nKachin Independence Army fighters battled junta troops in Bhamo, the "
     "group said. Forty soldiers were captured in Bhamo, the KIA said.", "captured", "battled"),
    # Nigeria: fighters surrendering
    ("Soldiers battle Boko Haram in Gwoza\n\nNigerian soldiers fought Boko Haram fighters in Gwoza, the army said. "
     "Thirty fighters surrendered to the troops in Gwoza, the army added.", "surrendered", "fought"),
    # DR Congo: women abducted by the militia that fought
    ("Militia attacks army in Djugu\n\nCODECO militiamen fought Congolese soldiers in Djugu, local sources said. "
     "The militiamen abducted four women in Djugu, a local chief said.", "abducted", "fought"),
])
def test_a_part_of_an_undated_fight_at_its_town_is_the_fight(extract: Extract, text: str, part: str,
                                                              fight: str) -> None:
    assert told_together(extract, text, part, fight)


@pytest.mark.parametrize(("text", "part", "fight"), [
    # a part at another town
    ("Army battles Ansar al-Sunna in Macomia\n\nMozambican soldiers fought Ansar al-Sunna insurgents in Macomia, "
     "the army said. Twelve insurgents surrendered to the troops in Mocimboa da Praia, the army added.",
     "surrendered", "fought"),
    ("Clashes in Kitchanga and Rutshuru\n\nCongolese troops clashed with M23 rebels in Kitchanga, a local official "
     "said. In Rutshuru, the rebels abducted ten farmers, residents said.", "abducted", "clashed"),
])
def test_parts_at_another_town_stay_apart(extract: Extract, text: str, part: str, fight: str) -> None:
    assert not told_together(extract, text, part, fight)


@pytest.mark.parametrize(("text", "strike", "fight"), [
    # a fight of another day
    ("US strike near Jilib\n\n" + STRIKE + "Last month, Somali troops clashed with al-Shabaab near Jilib.",
     "drone strike killed", "clashed"),
    # a fight at another town
    ("US strike near Jilib\n\n" + STRIKE + "Somali troops clashed with al-Shabaab near Kismayo, a local commander "
     "said.", "drone strike killed", "clashed"),
    # a strike placed only in the province
    ("Strikes in Lower Juba\n\nA US drone strike killed five al-Shabaab fighters in Lower Juba on Sunday, the US "
     "military said.\n\nSomali troops clashed with al-Shabaab near Jilib, a local commander said.",
     "drone strike killed", "clashed"),
])
def test_other_fights_stay_apart(extract: Extract, text: str, strike: str, fight: str) -> None:
    assert not told_together(extract, text, strike, fight)
