"""People occupying an institution's building in protest tell a peaceful protest (ACLED: an occupation with no
violence). Near misses: rebels occupying a town hall, soldiers occupying a school and settlers occupying a house
tell no protest.

Every article here is fiction written for these tests, in the voices of wire copy, a local paper and a union's
statement, from several countries.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.annotate.nlp import load_nlp
from sitreps.extract.senses import occupation

PEACEFUL = "peaceful_protest"


def _types(extract: Extract, text: str) -> list[tuple[str, str]]:
    return [(m.type, m.trigger.text) for m in extract(text)]


@pytest.mark.parametrize("text", [
    "Students occupied the rectorate building of the university in Belgrade on Saturday to demand the rector's "
    "resignation.",
    "Hundreds of workers occupied the textile factory in Gazipur on Monday after the owners failed to pay wages.",
    "Farmers occupied the agriculture ministry's offices in Lima on Tuesday, demanding debt relief.",
    "Nurses occupied the regional hospital's headquarters in Kumasi on Wednesday over unpaid allowances, their "
    "union said in a statement.",
    "Dozens of miners occupied the mine in Oruro on Thursday to protest against planned job cuts, local radio "
    "reported.",
])
def test_an_occupation_by_working_people_is_a_peaceful_protest(extract: Extract, text: str) -> None:
    types = _types(extract, text)
    assert PEACEFUL in {t for t, _ in types}, types


@pytest.mark.parametrize(("text", "protest"), [
    ("Rebels occupied the town hall in Bunia.", False),
    ("Soldiers occupied the school in Sagaing.", False),
    ("Settlers occupied a house in the old city.", False),
    ("Students occupied the faculty in Novi Sad.", True),
])
def test_occupation_reads_doers_and_building(text: str, protest: bool) -> None:
    verb = next(t for t in load_nlp()(text) if t.lemma_ == "occupy")
    assert occupation(verb) is protest
