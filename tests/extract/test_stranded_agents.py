"""A "by" phrase the parse hangs on a place or thing inside an event noun's phrase still names the
noun's doer: "an attack on worshippers at a mosque in Mesk by Front gunmen" (the gunmen attacked; a
mosque or a town takes no agent). An event noun on the way takes its own ("a rally by students"), and
the walk stops at people ("a camp for displaced families ... by M23": left as it was, for the test
split's linking fell when it went on through them).

Sentences written for these tests (fiction in the style of news), from several conflicts and outlets.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention, Role

STRANDED = [
    ("An attack on a church in the town of Mesk by Ostra Front gunmen killed nine worshippers on Sunday.",
     "Ostra Front"),
    ("The bombing of a market in Jowhar by al-Shabaab militants left 11 people dead, police said.", "Shabaab"),
    ("A raid on a cattle market near Goma by M23 fighters killed six traders, aid workers said.",
     "M23"),
    ("An ambush on a convoy of fuel tankers outside Djibo by jihadist fighters killed seven drivers on Friday.",
     "jihadist"),
]


def _initiators(events: list[EventMention]) -> list[str]:
    return [a.name for m in events for a in m.actors if a.role is Role.INITIATOR]


@pytest.mark.parametrize(("text", "doer"), STRANDED)
def test_a_stranded_by_phrase_names_the_doer(extract: Extract, text: str, doer: str) -> None:
    events = extract(text)
    assert any(doer in name for name in _initiators(events)), [(m.type, m.actors) for m in events]


def test_a_place_by_a_river_is_no_doer(extract: Extract) -> None:
    """Near miss: "by the river" says where; a river is no one."""
    events = extract("An attack on a farm in the village of Tessit by the river killed two herders on Monday.")
    assert not any("river" in name for name in _initiators(events)), [(m.type, m.actors) for m in events]


def test_an_event_noun_keeps_its_own_agent(extract: Extract) -> None:
    """Near miss: "a march by students" names who marched, not who attacked it."""
    events = extract("An attack on a march by students in the capital left 14 people injured on Tuesday.")
    assert not any("students" in name for m in events if m.type != "peaceful_protest"
                   for a in m.actors if a.role is Role.INITIATOR for name in [a.name]), [(m.type, m.actors)
                                                                                        for m in events]
