"""Means of force brought to a protest but not used are no intervention (round 24, the wire set's protest part).

"Police deployed water cannon on side streets but did not intervene", "water cannon trucks were parked nearby but
were not used", "riot police stood by with water cannon": ACLED codes a protest with intervention only where force
is used or people are arrested, so the protest stays peaceful. Near misses: means used ("used water cannon to
disperse them", "deployed tear gas at a rally"), and a negated conjunct with its own object, which denies only
that object ("fired water cannon but did not use rubber bullets").

Every article here is fiction written for these tests.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.annotate.nlp import load_nlp
from sitreps.extract.unhappened import held_back, restrained

PEACEFUL = "peaceful_protest"
INTERVENTION = "protest_with_intervention"


def _types(extract: Extract, text: str) -> set[str]:
    return {m.type for m in extract(text)}


@pytest.mark.parametrize("text", [
    "BELGRADE - Tens of thousands of people rallied in central Belgrade on Sunday. Police deployed water cannon on "
    "side streets but did not intervene.",
    "Hundreds of teachers marched to parliament in Nairobi on Tuesday. Riot police deployed water cannon trucks "
    "along the route but did not intervene, a reporter at the scene said.",
    "Thousands of farmers protested outside the agriculture ministry in Jakarta on Monday. Water cannon trucks were "
    "parked nearby but were not used.",
    "Students held a sit-in at the university in Dhaka on Sunday while riot police stood by with water cannon.",
])
def test_means_held_back_leave_the_protest_peaceful(extract: Extract, text: str) -> None:
    types = _types(extract, text)
    assert PEACEFUL in types and INTERVENTION not in types, types


@pytest.mark.parametrize("text", [
    "Thousands rallied outside parliament in Tbilisi on Sunday. Police used water cannon to disperse them.",
    "Police deployed tear gas at a rally of opposition supporters in Nairobi on Tuesday, witnesses said.",
    "Police fired water cannon at protesters in Belgrade on Sunday but did not use rubber bullets.",
])
def test_means_used_are_an_intervention(extract: Extract, text: str) -> None:
    assert INTERVENTION in _types(extract, text)


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Police deployed water cannon on side streets but did not intervene.", "cannon", True),
    ("Water cannon trucks were parked nearby.", "cannon", True),
    ("Riot police stood by with water cannon.", "cannon", True),
    ("Police deployed water cannon but did not intervene.", "deployed", True),
    ("Police fired water cannon at the crowd.", "cannon", False),
    ("Police fired water cannon but did not use rubber bullets.", "cannon", False),
    ("Troops deployed to the border but did not intervene.", "deployed", False),  # no means of force: a deployment
])
def test_held_back_reads_the_carrying_verb(text: str, word: str, expected: bool) -> None:
    token = next(t for t in load_nlp()(text) if t.text == word)
    assert held_back(token) is expected


def test_restrained_needs_a_negated_conjunct_without_an_object() -> None:
    doc = load_nlp()("Police deployed water cannon but did not intervene.")
    assert restrained(doc[1])
    doc = load_nlp()("Police deployed water cannon and intervened.")
    assert not restrained(doc[1])
