"""Whom an act is blamed on is no place of it: "blamed the blast on Russia" names a culprit after "on",
which is also a locative preposition. Near misses keep their places: a place the act is told at, an
act given as the reason ("for the strike on X"), a passive subject ("the attack on X was blamed on Y"),
and an "on" that is the act's own target when the culprit is written after it.

Every sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(("text", "culprit"), [
    ("Kyiv blamed the explosion at the fuel depot on Russia.", "Russia"),
    ("Lebanese officials blamed the blast at the port warehouse on Israel, which did not comment.", "Israel"),
    ("Somali officials blamed the blast at the Mogadishu hotel on al-Shabaab.", "Shabaab"),
    ("The Malian junta pinned the attack at the Kati barracks on Algeria, which rejected the claim.", "Algeria"),
    ("Pakistani police blamed the bombing at the Peshawar mosque on Afghanistan.", "Afghanistan"),
])
def test_a_culprit_after_on_is_no_place(extract: Extract, text: str, culprit: str) -> None:
    places = [m.place for m in extract(text) if m.place is not None]
    assert not any(culprit in (p.name or "") or culprit in p.text for p in places), places


@pytest.mark.parametrize(("text", "town"), [
    ("Kyiv blamed Russia for the missile strike on Dnipro.", "Dnipro"),
    ("The missile attack on Kharkiv was blamed on Russia by Ukrainian officials.", "Kharkiv"),
    ("Israeli officials blamed the rocket attack on Sderot on Hamas.", "Sderot"),
    ("Sudan's army blamed the drone strike in Port Sudan on the paramilitary group.", "Port Sudan"),
    ("Houthi rebels fired missiles on Eilat, the Israeli army said.", "Eilat"),
])
def test_a_place_told_beside_blame_stays(extract: Extract, text: str, town: str) -> None:
    places = [m.place for m in extract(text) if m.place is not None]
    assert any(town in (p.name or "") for p in places), places
