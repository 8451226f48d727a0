"""A village the gazetteer lacks goes to the finest unit its sentence names, whatever the unit word's
length ("Maru local government area"), and a unit word the parse cut off its name ("in Katsina" +
"state on Monday") still makes the name that unit; "Niger state" is Nigeria's state, not Niger.
Fiction in the style of news."""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Gunmen killed 14 villagers in the village of Gidan Bawa in Zamfara state's Maru local government area "
         "on Sunday, police said.", "Maru"),
        ("Insurgents killed nine farmers near the village of Kwatara in Borno state's Gwoza local government "
         "area on Friday.", "Gwoza"),
        ("Bandits killed six traders in the hamlet of Rafin Gora in Niger state's Shiroro local government area "
         "on Tuesday.", "Shiroro"),
    ],
)
def test_a_village_goes_to_its_local_government_area(extract: Extract, text: str, unit: str) -> None:
    placed = [m.place for m in extract(text) if m.place is not None and m.place.approximate]
    assert placed and placed[0].precision.value == "district" and unit in (placed[0].note or "")


@pytest.mark.parametrize(
    ("text", "name", "precision"),
    [
        # the parse hangs "state" off the name's phrase: still the state
        ("Bandits abducted 30 people from the village of Unguwar Dan Gado in Katsina state on Monday, the "
         "Faskari local government chairman said.", "Katsina State", "region"),
        # a country's name with a region word is the state of that name ("Niger state" is Nigeria's)
        ("Gunmen killed 11 worshippers at a mosque in Niger state on Friday, police said.", "Niger State",
         "region"),
        # without the word, the country
        ("Jihadists killed 12 soldiers in an attack on an army post in Niger on Sunday.", "Niger", "country"),
    ],
)
def test_a_cut_unit_word_still_names_the_unit(extract: Extract, text: str, name: str, precision: str) -> None:
    placed = [m.place for m in extract(text) if m.place is not None]
    assert placed and (placed[0].name, placed[0].precision.value) == (name, precision), placed
