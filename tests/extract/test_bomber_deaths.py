"""A bomber's own death told by a reflexive ("blew himself up, killing nine worshippers") is one more dead:
ACLED counts every dead of an event, the attacker included. A figure that already holds the bomber
("killed himself and six others"), a plural reflexive ("blew themselves up": how many?) and a blast that
only wounds add none. Sentences written for these tests (fiction in the style of news, several conflicts
and outlets)."""

from __future__ import annotations

import pytest
from extract_helpers import first_death_toll


@pytest.mark.parametrize(("text", "toll"), [
    ("A suicide bomber blew himself up at a mosque in Peshawar on Friday, killing 9 worshippers.", 10),
    ("Nine worshippers were killed when a bomber blew himself up at a mosque in Kano on Friday.", 10),
    ("An attacker detonated himself at the gate of a police academy in Kabul on Monday, killing four guards.", 5),
    ("A female suicide bomber blew herself up at a fish market in Konduga on Sunday, killing 12 people.", 13),
    ("A suicide bomber blew himself up near an army convoy in Mogadishu on Tuesday, killing two soldiers, police "
     "said.", 3),
])
def test_the_bomber_who_blew_himself_up_is_one_more_dead(text: str, toll: int) -> None:
    assert first_death_toll(text) == toll


@pytest.mark.parametrize(("text", "toll"), [
    ("A suicide bomber killed himself and 6 others at a checkpoint in Baghdad on Monday.", 7),
    ("A suicide bomber blew himself up at a checkpoint in Mosul on Sunday, wounding 8 soldiers.", None),
    ("Two suicide bombers blew themselves up at a market in Maiduguri on Sunday, killing 14 people.", 14),
    ("A woman detonated her explosive vest in a market in Konduga, killing 12 people.", 12),
    ("A bomb exploded at a bus station in Quetta on Friday, killing 6 people.", 6),
])
def test_no_bomber_added_where_the_figure_holds_him_or_says_nothing(text: str, toll: int | None) -> None:
    assert first_death_toll(text) == toll
