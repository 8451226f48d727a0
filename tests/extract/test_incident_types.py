"""Which type a merged incident takes when its retellings name two means of attack.

Every sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

from extract_helpers import merged_tellings

from sitreps.models import EventMention

TEXT = ("Missile attack damages cargo ship off Port Selim. A suspected missile attack by rebels damaged a cargo "
        "ship off Port Selim on Monday. The rebels said their forces targeted the ship. The attack left a fire.")


def _merged(*specs: tuple[str, str]) -> EventMention:
    return merged_tellings(TEXT, *specs)


def test_the_means_most_retellings_name_types_the_incident() -> None:
    incident = _merged(("Missile attack", "shelling_missile_attack"), ("missile attack", "shelling_missile_attack"),
                       ("targeted", "air_drone_strike"), ("The attack", "armed_clash"))
    assert incident.type == "shelling_missile_attack"  # two tellings of the missile over one stray air strike


def test_a_tie_between_a_named_missile_and_a_guessed_air_strike_goes_to_the_missile() -> None:
    # round 21: "targeted" names no aircraft, so its air strike is a guess (extract.guessed_weapon); before,
    # the kind order (air strike first) decided the tie
    incident = _merged(("Missile attack", "shelling_missile_attack"), ("targeted", "air_drone_strike"))
    assert incident.type == "shelling_missile_attack"


def test_a_weapon_still_beats_a_bare_attack_told_more_often() -> None:
    incident = _merged(("Missile attack", "shelling_missile_attack"), ("missile attack", "armed_clash"),
                       ("The attack", "armed_clash"), ("targeted", "attack_on_civilians"))
    assert incident.type == "shelling_missile_attack"


BOMBING = ("A suicide bomber struck a checkpoint in Garissa on Sunday. The bombing killed six soldiers. "
           "Police said the bomb went off as troops searched a minibus. A rocket attack followed at dusk.")


def test_the_general_means_counts_for_the_particular_one_it_retells() -> None:
    incident = merged_tellings(BOMBING, ("suicide bomber", "suicide_bomb"), ("bombing", "remote_explosive"),
                               ("bomb went off", "remote_explosive"))
    assert incident.type == "suicide_bomb"  # "the bombing" and "the bomb" retell the suicide bombing


def test_a_chemical_attack_told_by_its_rockets_stays_chemical() -> None:
    text = ("Chemical attack reported in Wadi Safa. Rockets carrying chlorine hit Wadi Safa on Friday. "
            "Medics said the rockets struck a clinic.")
    incident = merged_tellings(text, ("Chemical attack", "chemical_weapon"), ("Rockets", "shelling_missile_attack"),
                               ("rockets struck", "shelling_missile_attack"))
    assert incident.type == "chemical_weapon"


def test_a_particular_means_does_not_count_an_unrelated_means() -> None:
    incident = merged_tellings(BOMBING, ("suicide bomber", "suicide_bomb"),
                               ("rocket attack", "shelling_missile_attack"), ("bombing", "shelling_missile_attack"))
    assert incident.type == "shelling_missile_attack"  # a missile is no form of suicide bombing: the majority stands
