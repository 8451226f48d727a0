"""Whom an event noun's relative clause says it harmed: "a bombing that killed five people".

Every sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention, Role


def _targets(events: list[EventMention]) -> list[str]:
    return [a.evidence[0].text for m in events for a in m.actors if a.role is Role.TARGET]


@pytest.mark.parametrize(("text", "target"), [
    ("Islamic State claimed responsibility for a bombing at a market in Jalalabad that killed five people.",
     "five people"),
    ("An airstrike that wounded 14 civilians in the town of Saada drew condemnation on Monday.", "14 civilians"),
    ("Residents buried the victims of a raid on Kume which killed nine herders, the UN said.", "nine herders"),
])
def test_the_event_noun_takes_the_victims_of_its_relative_clause(extract: Extract, text: str, target: str) -> None:
    assert any(target in t for t in _targets(extract(text)))


@pytest.mark.parametrize(("text", "not_target"), [
    ("The airstrike that the army denied on Tuesday killed no civilians, officials said.", "army"),
    ("Medics who treated the wounded after the shelling in Kherson said they were exhausted.", "wounded"),
])
def test_a_clause_of_another_doer_names_no_victim(extract: Extract, text: str, not_target: str) -> None:
    assert not any(not_target in t for t in _targets(extract(text)))
