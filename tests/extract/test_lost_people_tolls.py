"""A side's own dead told by a verb of losing ("the army lost seven soldiers", "losing two men").

Round 24 wire fiction (Sahel and Sudan): an outpost that "fought off an attack ..., losing two men" had no
toll. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention


def _killed(mentions: list[EventMention]) -> list[int | None]:
    return [c.value for m in mentions for c in m.counts if c.what == "killed"]


@pytest.mark.parametrize(("text", "killed"), [
    ("Soldiers at an outpost near Torodi fought off an attack by armed bandits on Thursday, losing two men, "
     "the defence ministry said.", 2),
    ("The army lost seven soldiers in an ambush near Gao on Thursday, a military source said.", 7),
    ("Government forces lost three of their men when militants stormed a checkpoint outside Mopti on Monday.", 3),
    ("The RSF said it had lost 12 fighters in the battle for Babanusa on Saturday.", 12),
])
def test_a_side_losing_counted_people_is_its_dead(extract: Extract, text: str, killed: int) -> None:
    assert _killed(extract(text)) == [killed]


@pytest.mark.parametrize("text", [
    # what is lost is no person, or no count of people
    "Militants attacked a checkpoint near Mopti on Monday, and the army lost control of the road for hours.",
    "Gunmen ambushed a convoy near Gao on Thursday; the army lost 12 vehicles but no soldier was hurt.",
    "Jihadists attacked a patrol near Kidal on Sunday, and the army said it had lost contact with two units.",
])
def test_losing_no_counted_people_is_no_toll(extract: Extract, text: str) -> None:
    assert [k for k in _killed(extract(text)) if k] == []


def test_a_sides_claimed_losses_tied_to_no_fight_are_no_toll(extract: Extract) -> None:
    # a side's claimed losses in a town (killed and wounded alike in such communiques), tied to no fight
    text = ("Russian forces took full control of Marinka on Saturday. Ukraine had lost more than 900 servicemen "
            "in Marinka, the Russian defence ministry said.")
    assert _killed(extract(text)) == []
