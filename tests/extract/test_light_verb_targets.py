"""What a light verb's phrase and a relative clause say of the event noun they carry.

"The army carried out airstrikes on a monastery": the parser hangs "on a monastery" on the verb,
but it is what the airstrikes hit. "A bombing that killed five people": whom the bombing killed.
Every sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention, Role


def _targets(events: list[EventMention]) -> list[str]:
    return [a.evidence[0].text for m in events for a in m.actors if a.role is Role.TARGET]


@pytest.mark.parametrize(("text", "target"), [
    ("The Myanmar military carried out airstrikes on a monastery in Sagaing region on Friday.", "monastery"),
    ("Islamic State claimed responsibility for a bombing at a market in Jalalabad that killed five people.",
     "five people"),
    ("The RSF conducted drone strikes against a fuel depot in Port Sudan on Sunday, officials said.", "fuel depot"),
    ("An airstrike that wounded 14 civilians in the town of Saada drew condemnation on Monday.", "14 civilians"),
])
def test_the_event_noun_takes_its_light_verb_and_relative_clause_targets(
        extract: Extract, text: str, target: str) -> None:
    assert any(target in t for t in _targets(extract(text)))


@pytest.mark.parametrize(("text", "not_target"), [
    ("Hundreds of residents fled the fighting on motorbikes and donkey carts, aid workers said.", "motorbikes"),
    ("The ministry condemned the attack on Saturday in a statement on its website.", "website"),
])
def test_a_verb_that_is_no_light_verb_keeps_its_phrases(extract: Extract, text: str, not_target: str) -> None:
    assert not any(not_target in t for t in _targets(extract(text)))
