"""One person who flees is no displacement ("forcing the president to flee", "the governor fled to Abuja");
people who flee stay one ("forcing thousands of residents to flee", "the president and his family fled",
"a family of six fled", "villagers fled").

Every sentence here is fiction written for these tests, in the styles of wire copy and local press.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

DISPLACEMENT = "displacement"


def _types(extract: Extract, text: str) -> set[str]:
    return {m.type for m in extract(text)}


@pytest.mark.parametrize("text", [
    "The rebels stormed the capital on Monday, forcing the president to flee.",
    "The governor fled to Abuja after gunmen attacked his convoy in Zamfara.",
    "Opposition leader Tundu Lissu fled to Belgium after the attack.",
    "After the coup, he escaped to Chad with his bodyguards, the army said.",
    "The minister was forced to flee when protesters stormed his residence in Colombo.",
])
def test_one_person_fleeing_is_no_displacement(extract: Extract, text: str) -> None:
    assert DISPLACEMENT not in _types(extract, text), [(m.type, m.trigger.text) for m in extract(text)]


@pytest.mark.parametrize("text", [
    "The rebels stormed the capital on Monday, forcing thousands of residents to flee.",
    "The president and his family fled as fighters entered the city.",
    "A family of six fled their village in Ituri after militiamen attacked it.",
    "Villagers fled to the bush after bandits raided Gidan Dawa.",
])
def test_people_fleeing_stay_displaced(extract: Extract, text: str) -> None:
    assert DISPLACEMENT in _types(extract, text), [(m.type, m.trigger.text) for m in extract(text)]
