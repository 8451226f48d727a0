"""Where local people live or stand places an act told beside them: "residents of Kharkiv said a glide
bomb hit a building" happened in Kharkiv, whatever the tagger calls the name, and "villagers of X" are
at X. Near misses: a place the act is told at still wins over the speakers' place, and people of a
nameless place give none.

Every sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(("text", "town"), [
    ("Residents of Kharkiv said a Russian glide bomb hit a residential building on Sunday, wounding 12.",
     "Kharkiv"),
    ("Residents in Gao said the town was shelled on Monday.", "Gao"),
    ("Witnesses in Kidal said drones struck a house, killing four.", "Kidal"),
    ("Gunmen killed ten villagers of Kadisau in Katsina state, police said.", "Kadisau"),
    ("Inhabitants of Bunia said militiamen attacked a displacement camp, killing nine.", "Bunia"),
])
def test_local_people_s_place_is_the_act_s(extract: Extract, text: str, town: str) -> None:
    places = [m.place for m in extract(text) if m.place is not None]
    assert places and town in (places[0].name or ""), places
    assert not (places[0].note or "").startswith("not named in its sentence"), places  # from its own sentence


def test_a_place_the_act_is_told_at_wins_over_the_speakers(extract: Extract) -> None:
    places = [m.place for m in extract("Residents of Kharkiv said a drone struck the city of Sumy, killing two.")
              if m.place is not None]
    assert places and places[0].name == "Sumy", places


def test_people_of_a_nameless_place_give_none(extract: Extract) -> None:
    assert all(m.place is None for m in extract("Police arrested three residents of the building after the blast."))
