"""ACLED-style event notes whose sub-type the lexicon got wrong (round 14, issue #14, from the notes-style
gold ``benchmarks/gold/subtypes/notes.jsonl``): the charge an attacker carries on the body or in a suicide
vehicle, a device made safe, ground that changed hands without a fight, and stones thrown at police.

Every sentence here is fiction written for these tests, in the dry style of event notes and wire copy,
from several conflicts; each group has sentences that must change and near-misses that must not.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract


def _types(extract: Extract, text: str) -> list[str]:
    return [m.type for m in extract(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # The carried charge or the suicide vehicle names the attack, though it is only the verb's object.
    ("A young man detonated his explosive vest at the entrance of a police academy in Quetta on Friday.",
     "suicide_bomb"),
    ("A suicide vehicle laden with explosives rammed the gate of an army barracks near Marka, killing four soldiers.",
     "suicide_bomb"),
    ("The attacker detonated an explosive belt among worshippers leaving a mosque in Maiduguri (Borno, Nigeria).",
     "suicide_bomb"),
    # A device made safe is a disrupted weapon, not an explosion.
    ("Army engineers detonated an unexploded rocket found in a schoolyard in Kramatorsk (Donetsk, Ukraine).",
     "disrupted_weapons_use"),
    ("Police carried out a controlled explosion of a suspicious device left near the courthouse in Peshawar.",
     "disrupted_weapons_use"),
    # Ground entered without a fight.
    ("Rebels peacefully took over the district headquarters of Walikale (North Kivu, DR Congo) on Monday.",
     "non_violent_territory_transfer"),
    ("Government troops took over the border post of Kurmuk (Blue Nile, Sudan) after the rebels abandoned it.",
     "non_violent_territory_transfer"),
    ("Militia fighters took control of the town of Tanout (Zinder, Niger) unopposed on Thursday.",
     "non_violent_territory_transfer"),
    # Stones and rocks thrown at police make the demonstration violent.
    ("Students pelted police with rocks outside the university in Accra (Greater Accra, Ghana).",
     "violent_demonstration"),
    ("Protesters threw rocks at riot police in Valparaiso (Chile) after the vote.",
     "violent_demonstration"),
])
def test_a_note_gets_the_sub_type_of_its_means(extract: Extract, text: str, expected: str) -> None:
    assert expected in _types(extract, text), _types(extract, text)


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    ("A roadside bomb detonated under a bus carrying wedding guests near Kandahar, killing nine.",
     "remote_explosive", "suicide_bomb"),
    ("Militants detonated explosives planted in a culvert as a convoy passed near Gao (Mali).",
     "remote_explosive", "suicide_bomb"),
    ("Militants detonated a bomb near a market in Jalalabad (Nangarhar, Afghanistan), wounding five.",
     "remote_explosive", "disrupted_weapons_use"),
    ("Rebels seized the town of Walikale after heavy fighting with the army, residents said.",
     "non_state_overtakes_territory", "non_violent_territory_transfer"),
    ("Troops retook the village of Bir Hakim on Monday after three days of clashes with militants.",
     "government_regains_territory", "non_violent_territory_transfer"),
    ("Thousands marched peacefully through Accra to protest against rising prices.",
     "peaceful_protest", "violent_demonstration"),
])
def test_near_misses_keep_their_sub_type(extract: Extract, text: str, expected: str, not_expected: str) -> None:
    types = _types(extract, text)
    assert expected in types and not_expected not in types, types
