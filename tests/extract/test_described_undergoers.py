"""The noun a passive participle with its own agent describes suffered the event: "two aid workers abducted
by militants", "a convoy attacked by gunmen", "five villagers killed by soldiers".

The participle hangs on the noun (a reduced relative), so the noun is neither its subject nor its object;
with the agent read as the doer, the noun was left out and the event had no target. A place a capture took
stays its place ("the base seized by the Front"), not a target. Every sentence here is fiction written for
these tests, in the style of wire copy from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in

from sitreps.models import EventMention, Role


def _told_by(events: list[EventMention], trigger: str) -> EventMention:
    found = [m for m in events if m.trigger.text == trigger]
    assert found, [(m.type, m.trigger.text) for m in events]
    return found[0]


@pytest.mark.parametrize(("text", "trigger", "doer", "undergoer"), [
    ("Two aid workers abducted by militants in Ituri last week were freed on Sunday.",
     "abducted", "militants", "aid workers"),
    ("Three engineers kidnapped by gunmen near Warri on Monday remain missing.", "kidnapped", "gunmen", "engineers"),
    ("A convoy attacked by gunmen near Gao on Monday lost three trucks.", "attacked", "gunmen", "convoy"),
    ("Five villagers killed by soldiers in Kasai were buried on Sunday.", "killed", "soldiers", "villagers"),
    ("A priest seized by armed men outside his church in Enugu has been released, the diocese said.",
     "seized", "armed men", "priest"),
])
def test_the_described_noun_is_the_target(extract: Extract, text: str, trigger: str, doer: str,
                                          undergoer: str) -> None:
    mention = _told_by(extract(text), trigger)
    assert any(doer in n for n in names_in(mention, Role.INITIATOR)), mention.actors
    assert any(undergoer in n for n in names_in(mention, Role.TARGET)), mention.actors
    assert not any(undergoer in n for n in names_in(mention, Role.INITIATOR)), mention.actors


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("The base seized by the Ostra Front on Monday had been held by the army since 2019.", "seized", "base"),
    ("The district headquarters seized by the Front was the last state post in the area.", "seized",
     "headquarters"),
])
def test_a_place_a_capture_took_stays_its_place(extract: Extract, text: str, trigger: str, place: str) -> None:
    mention = _told_by(extract(text), trigger)
    assert not any(place in n for n in names_in(mention, Role.TARGET)), mention.actors
