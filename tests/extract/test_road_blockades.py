"""A crowd blocking a road is a protest; police, armed men or a landslide blocking one is not
(extract/senses.py ``road_blockade``, round 17).

Fiction in news style, written for sitreps."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.annotate.nlp import load_nlp
from sitreps.extract.senses import road_blockade


@pytest.mark.parametrize("text", [
    "Students block Belgrade crossroads for 15 minutes in silent tribute",
    "Hundreds of truck drivers blocked the main highway out of Lagos on Monday over new fuel prices.",
    "Villagers barricaded the road to the mine on Friday, demanding compensation for their land.",
    "Dozens of farmers blocked traffic on the bridge at Ambala for three hours on Thursday.",
    "Coca growers maintained a blockade of the main road to the Yungas region for a fifth day on Wednesday.",
])
def test_working_people_who_block_a_road_protest(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert "peaceful_protest" in types, types


@pytest.mark.parametrize("text", [
    "Police blocked roads leading to Freedom Square on Saturday morning.",
    "Soldiers blocked the highway north of Goma on Sunday after the rebel advance.",
    "Gunmen blocked the road near Kajuru and robbed motorists on Monday.",
    "Roads into the capital were blocked on Friday, residents said.",
    "The navy kept its blockade of the port of Hodeidah on Tuesday.",
    "The court blocked the new fuel prices on Monday.",
])
def test_others_who_block_a_road_make_no_protest(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert "peaceful_protest" not in types, types


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Students blocked the main road to the airport on Monday.", "blocked", True),
    ("A landslide blocked the road to the village of Kasese on Tuesday.", "blocked", False),
    ("Protesters blocked the entrance of the ministry on Monday.", "blocked", False),  # no route: a sit-in's words
])
def test_the_sense_reads_the_doer_and_the_route(text: str, word: str, expected: bool) -> None:
    """The rules' reading alone (the model may still guess a protest from the landslide sentence's words)."""
    doc = load_nlp()(text)
    token = next(t for t in doc if t.text == word)
    assert road_blockade(token) is expected
