"""A headline's subject the parser hung on its verb as a compound (round 30, issue #13 "Actors"): "Al-Shabaab
overruns Somali army base" has "Shabaab" a compound of "overruns" and "base" its apposition, so the capture
had no doer. No verb takes a compound: the one before it heads its subject.

Headlines written for these tests (fiction in the style of news).
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention, Role


def _initiators(events: list[EventMention]) -> list[str]:
    assert events, "no event found"
    return [a.name for m in events for a in m.actors if a.role is Role.INITIATOR]


@pytest.mark.parametrize(("text", "doer"), [
    ("Al-Shabaab overruns Somali army base", "Al-Shabaab"),
])
def test_a_compound_before_a_headline_verb_is_its_subject(extract: Extract, text: str, doer: str) -> None:
    events = extract(text)
    assert any(doer in n for n in _initiators(events)), [(m.type, m.actors) for m in events]


@pytest.mark.parametrize(("text", "doer"), [
    ("Boko Haram kills 12 farmers in Borno", "Boko Haram"),
    ("Hezbollah fires rockets at northern Israel", "Hezbollah"),
])
def test_a_parsed_subject_is_kept(extract: Extract, text: str, doer: str) -> None:
    """Near misses: a headline whose subject the parser read keeps it as it was."""
    events = extract(text)
    assert any(doer in n for n in _initiators(events)), [(m.type, m.actors) for m in events]
