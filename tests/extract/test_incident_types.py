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


def test_a_tie_between_two_means_keeps_the_kind_order() -> None:
    incident = _merged(("Missile attack", "shelling_missile_attack"), ("targeted", "air_drone_strike"))
    assert incident.type == "air_drone_strike"


def test_a_weapon_still_beats_a_bare_attack_told_more_often() -> None:
    incident = _merged(("Missile attack", "shelling_missile_attack"), ("missile attack", "armed_clash"),
                       ("The attack", "armed_clash"), ("targeted", "attack_on_civilians"))
    assert incident.type == "shelling_missile_attack"
