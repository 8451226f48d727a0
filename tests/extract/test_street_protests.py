""""Took to the streets of Belgrade" tells where a crowd protested, not whom it protested against: the
town after "the streets of" is the protest's place, never its target. Sentences written for these tests
(fiction in the style of news)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only, roles

PROTEST = "peaceful_protest"


@pytest.mark.parametrize(("text", "town"), [
    ("Thousands of people took to the streets of Belgrade on Sunday to protest against the government.",
     "Belgrade"),
    ("Farmers took to the streets of Lahore on Wednesday demanding higher wheat prices.", "Lahore"),
    ("Pensioners took to the streets of Valparaiso on Friday over cuts to their allowances.", "Valparaiso"),
])
def test_the_streets_of_a_town_are_its_place(extract: Extract, text: str, town: str) -> None:
    protest = only(extract(text), PROTEST)
    assert "target" not in roles(protest), roles(protest)
    assert protest.place is not None and protest.place.text == town, protest.place


@pytest.mark.parametrize(("text", "town"), [
    ("Students rallied in Lagos on Monday in protest of the fuel price rise.", "Lagos"),
    ("A march of thousands of teachers wound through Quito on Tuesday.", "Quito"),
])
def test_a_protest_told_otherwise_keeps_its_place(extract: Extract, text: str, town: str) -> None:
    protest = only(extract(text), PROTEST)
    assert protest.place is not None and protest.place.text == town, protest.place
    assert "target" not in roles(protest), roles(protest)
