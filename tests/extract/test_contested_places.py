"""The place fought over is the fight's place: "fought for control of X" happened at X. Near misses: a
holder after "under the control of" and a nameless object of the contest give no place.

Every sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(("text", "town"), [
    ("Federal troops and militiamen fought for control of Lalibela on Saturday, residents said.", "Lalibela"),
    ("Government troops and rebels battled for control of the town of Bakhmut.", "Bakhmut"),
    ("The army and the paramilitaries are fighting for control of El Fasher, the last army stronghold "
     "in Darfur.", "El Fasher"),
    ("Rival militias clashed for control of Zawiya overnight, killing six.", "Zawiya"),
    ("Jihadists and soldiers fought for control of Djibo for three days.", "Djibo"),
])
def test_the_place_fought_over_is_the_fight_s(extract: Extract, text: str, town: str) -> None:
    places = [m.place for m in extract(text) if m.place is not None]
    assert places and town in (places[0].name or ""), places


@pytest.mark.parametrize("text", [
    "The rebels fought for control of the region's gold mines.",
    "Soldiers clashed with gunmen who had fought for control of the mines, the army said.",
])
def test_a_nameless_contest_gives_no_place(extract: Extract, text: str) -> None:
    assert all(m.place is None for m in extract(text))
