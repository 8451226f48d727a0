"""A drone or an aircraft told as the doer of a killing or a grenade drop is the means of a drone strike (issue 13
"Types").

"a Russian drone dropped explosives on a car in Marhanets, killing the driver" and "a Russian drone dropped
a grenade on a cyclist" were an attack on civilians and a grenade attack with the drone as initiator; ACLED
codes munitions dropped from drones and aircraft as air/drone strikes. A retype rule on the initiator
(``data/taxonomy.yaml``: attack_on_civilians and grenade) makes them drone strikes. Killings and grenades by
people stay as they were. Every sentence was written for sitreps.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitreps import api

DROPPED = [
    "On Saturday afternoon, a Russian drone dropped explosives on a car in Marhanets, killing the driver,"
    " officials said.",
    "A Russian drone dropped a grenade on a cyclist in Nikopol on Tuesday, killing him, the governor said.",
    "A Ukrainian drone dropped explosives on a minibus in Oleshky, killing a woman, the Russian-installed"
    " authorities said.",
]

BY_PEOPLE = [
    ("A man threw a grenade into a bar in Bangui, killing two people, police said.", "grenade"),
    ("Militants hurled a grenade at a police station in Srinagar on Monday, wounding three officers.", "grenade"),
    ("Gunmen killed the driver of a minibus near Kaduna on Monday, police said.", "attack_on_civilians"),
]


def _types(tmp_path: Path, sentence: str) -> list[str]:
    path = tmp_path / "article.txt"
    path.write_text(f"Title: Report\nPublished: 2026-11-18\n\n{sentence}\n", encoding="utf-8")
    [document] = api.extract([path]).documents
    return [m.type for m in document.events]


@pytest.mark.parametrize("sentence", DROPPED)
def test_a_drone_as_doer_makes_a_drone_strike(tmp_path: Path, sentence: str) -> None:
    assert _types(tmp_path, sentence)[:1] == ["air_drone_strike"]


@pytest.mark.parametrize(("sentence", "kind"), BY_PEOPLE)
def test_people_as_doers_keep_the_type(tmp_path: Path, sentence: str, kind: str) -> None:
    assert _types(tmp_path, sentence)[:1] == [kind]
