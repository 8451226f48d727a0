"""Whom a capture told in the passive took the ground from (round 30, issue #13 "Actors"): "the town was captured by
the Ostra Front from government forces" has the parser hang "from" on the agent, so the side that lost it, the
capture's ACLED actor 2, was missing; the active ("seized the town from the army") already had it.

Sentences written for these tests (fiction in the style of news).
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention, Role

CAPTURES = frozenset({"non_state_overtakes_territory", "government_regains_territory"})


def _targets(events: list[EventMention]) -> list[str]:
    found = [m for m in events if m.type in CAPTURES]
    assert found, [(m.type, m.trigger.text) for m in events]
    return [a.name for m in found for a in m.actors if a.role is Role.TARGET]


@pytest.mark.parametrize(("text", "holder"), [
    ("The town of Mesk was captured by the Ostra Front from government forces on Friday.", "government forces"),
    ("The town of Varn was retaken by the army from Ostra Front rebels on Saturday.", "Ostra Front"),
])
def test_a_passive_capture_names_whom_it_took_the_ground_from(extract: Extract, text: str, holder: str) -> None:
    events = extract(text)
    assert any(holder in n for n in _targets(events)), [(m.type, m.actors) for m in events]


def test_a_member_nouns_group_is_no_holder(extract: Extract) -> None:
    """Near miss: "fighters from the M23" are the M23's fighters, not whom the town was taken from."""
    events = extract("The town of Kitchanga was captured by fighters from the M23 on Sunday.")
    assert not any("M23" in n for n in _targets(events)), [(m.type, m.actors) for m in events]
