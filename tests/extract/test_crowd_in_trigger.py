"""The crowd a phrase trigger names is its target: "opened fire on demonstrators" was fired on them.

Every sentence here is fiction written for these tests, in the style of wire copy from several countries.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention, Role


def _named(events: list[EventMention], role: Role) -> list[str]:
    return [a.evidence[0].text for m in events for a in m.actors if a.role is role]


@pytest.mark.parametrize(("text", "crowd"), [
    ("Security forces opened fire on demonstrators in the town of Bahir Dar, killing four, witnesses said.",
     "demonstrators"),
    ("Soldiers opened fire on protesters outside the governor's office in Kisangani on Monday.", "protesters"),
    ("Police opened fire on marchers in the capital Conakry on Thursday, a rights group said.", "marchers"),
])
def test_the_crowd_inside_the_trigger_is_its_target(extract: Extract, text: str, crowd: str) -> None:
    assert any(crowd in t for t in _named(extract(text), Role.TARGET))


@pytest.mark.parametrize(("text", "word"), [
    ("Gunmen opened fire on a bus carrying pilgrims near Mosul on Friday, officials said.", "bus"),
    ("Troops opened fire on the rebels' positions near Kidal on Sunday, the army said.", "rebels"),
])
def test_a_target_that_is_no_crowd_is_read_as_before(extract: Extract, text: str, word: str) -> None:
    assert not any(t == word for t in _named(extract(text), Role.INITIATOR))
