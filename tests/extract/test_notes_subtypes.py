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
    ("Government troops retook the border post of Kurmuk (Blue Nile, Sudan) unopposed on Sunday.",
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
    ("The army said it had retaken control of Gossi after the jihadists abandoned the town.",
     "government_regains_territory", "non_violent_territory_transfer"),
    ("Thousands marched peacefully through Accra to protest against rising prices.",
     "peaceful_protest", "violent_demonstration"),
])
def test_near_misses_keep_their_sub_type(extract: Extract, text: str, expected: str, not_expected: str) -> None:
    types = _types(extract, text)
    assert expected in types and not_expected not in types, types


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    # A participle describing a person tells a state ("a detained man"), not an arrest.
    ("Prison guards tortured a detained student in Insein prison (Yangon, Myanmar), his family said.",
     "attack_on_civilians", "arrest"),
    ("Militiamen sexually abused a detained aid worker in Tawila (North Darfur, Sudan).",
     "sexual_violence", "arrest"),
    # What a stopping verb takes was stopped, not set off.
    ("Security forces foiled an attempt to plant a bomb under a bridge near Quetta (Balochistan, Pakistan).",
     "disrupted_weapons_use", "remote_explosive"),
    ("Police thwarted a plot to detonate explosives at a church in Kaduna (Kaduna, Nigeria).",
     "disrupted_weapons_use", "remote_explosive"),
    # Set-up, call-up, break-up and beating phrases of notes.
    ("Soldiers beat a young farmer to death at a checkpoint near Hpakant (Kachin, Myanmar).",
     "attack_on_civilians", "mob_violence"),
    ("Al Shabaab militants held a recruitment drive in villages near Baidoa (Bay, Somalia).",
     "mobilisation", "peaceful_protest"),
    ("Riot police broke up a sit-in by unpaid teachers in Yaounde (Centre, Cameroon).",
     "protest_with_intervention", "peaceful_protest"),
])
def test_notes_phrasing(extract: Extract, text: str, expected: str, not_expected: str) -> None:
    types = _types(extract, text)
    assert expected in types and not_expected not in types, types


@pytest.mark.parametrize(("text", "expected"), [
    # Near-misses: a detention told as an act, and a bomb that went off.
    ("Police detained a student leader in Insein (Yangon, Myanmar) on Tuesday.", "arrest"),
    ("A bomb planted under a bridge exploded near Quetta, although police had tried to foil the attack.",
     "remote_explosive"),
])
def test_acts_stay_events(extract: Extract, text: str, expected: str) -> None:
    assert expected in _types(extract, text), _types(extract, text)


@pytest.mark.parametrize("text", [
    # A killing of protesters with a doer, told with the protest, makes the protest excessive force.
    "Riot police shot dead two protesters during a demonstration against tuition fees in Dhaka, witnesses said.",
    "Police killed 3 demonstrators with live rounds during a march in Conakry (Conakry, Guinea).",
    "Soldiers fired on a crowd protesting against the curfew in Kassala (Kassala, Sudan), killing one protester.",
])
def test_protesters_killed_by_a_doer_make_excessive_force(extract: Extract, text: str) -> None:
    types = _types(extract, text)
    assert "excessive_force_against_protesters" in types and "peaceful_protest" not in types, types


@pytest.mark.parametrize("text", [
    # Near-misses: a death with no doer stays the protest's toll; a victim who is no protester is not
    # a killing of protesters.
    "Thousands protested in Nakuru on Tuesday; one demonstrator was killed.",
    "Gunmen shot dead a trader during a protest by market women in Onitsha (Anambra, Nigeria).",
])
def test_other_tolls_are_no_excessive_force(extract: Extract, text: str) -> None:
    types = _types(extract, text)
    assert types and "excessive_force_against_protesters" not in types, types
