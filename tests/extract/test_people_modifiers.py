"""Round 23, issue #13 "Types": a noun that modifies a noun of people names what kind they are ("riot police",
"protest organisers", "strike leaders"), so the learned model's type is never anchored on it: a peaceful protest
told beside riot police stays no riot. Near misses: a crowd that riots is still a violent demonstration.

Every sentence here is fiction written for these tests, in the styles of wire copy and local press.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

RIOT = "violent_demonstration"


def _told(extract: Extract, text: str) -> list[tuple[str, str]]:
    return [(m.type, m.trigger.text) for m in extract(text)]


@pytest.mark.parametrize("text", [
    "Thousands protest in Velgrad as riot police deployed\n\nThousands of people protested peacefully outside "
    "parliament in Velgrad on Friday against a new media law, witnesses said.",
    "Nurses rally in Amarsk as riot police look on\n\nHundreds of nurses rallied outside the health ministry in "
    "Amarsk on Monday to demand higher pay. The rally ended peacefully.",
    "Farmers march on Tessa as riot police line the road\n\nSeveral thousand farmers marched into Tessa on "
    "Wednesday to protest against grain import quotas, organisers said.",
    "Students hold sit-in in Lomba, riot police stand by\n\nStudents staged a sit-in at Lomba University on "
    "Thursday against a fee rise. No arrests were made.",
    "Teachers gather in Marandu as riot police guard ministry\n\nTeachers gathered outside the education ministry "
    "in Marandu on Tuesday to demand unpaid salaries, a union said.",
])
def test_a_protest_beside_riot_police_is_no_riot(extract: Extract, text: str) -> None:
    told = _told(extract, text)
    assert told and RIOT not in {t for t, _ in told}, told


@pytest.mark.parametrize("text", [
    "Youths rioted in Kessaly on Monday night, torching cars and hurling stones at riot police, officials said.",
    "Rioters set fire to a tax office in Dorsk on Friday as riot police fired tear gas, witnesses said.",
])
def test_a_crowd_that_riots_is_still_a_riot(extract: Extract, text: str) -> None:
    told = _told(extract, text)
    assert RIOT in {t for t, _ in told}, told
