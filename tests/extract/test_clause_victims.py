"""Victims told in the main clause of an event told in a "when"/"after" clause: "at least 14 people were
killed when a bomber blew himself up" names whom the bombing struck, though the bombing's own verb
does not.

Sentences written for these tests (fiction in the style of news).
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention, Role

VIOLENT = {"air_drone_strike", "shelling_missile_attack", "armed_clash", "attack_on_civilians", "remote_explosive",
           "suicide_bomb", "grenade"}


def _targets(events: list[EventMention]) -> list[str]:
    return [a.evidence[0].text for m in events if m.type in VIOLENT for a in m.actors if a.role == Role.TARGET]


@pytest.mark.parametrize(("text", "victims"), [
    ("Three soldiers died after their vehicle struck a landmine near the town of Tessit on Monday.",
     "Three soldiers"),
    ("Two children were wounded when mortar shells fired by rebel forces landed in a schoolyard in Goma.",
     "Two children"),
    ("Four fishermen were killed when a drone struck their boat off the coast of Hodeidah, residents said.",
     "Four fishermen"),
])
def test_the_casualties_of_the_main_clause_are_targets(extract: Extract, text: str, victims: str) -> None:
    assert victims in _targets(extract(text))


@pytest.mark.parametrize(("text", "bystanders"), [
    # The clause tells when, not what struck them: the speaker's clause has no casualty verb.
    ("Officials said the market reopened after a drone struck the town of Varno last week.", "Officials"),
    # A casualty verb whose clause is no "when"/"after" clause ("because"): left as it was.
    ("Residents fled because militants shelled the village of Osso overnight.", "Residents"),
])
def test_other_main_clauses_name_no_target(extract: Extract, text: str, bystanders: str) -> None:
    assert not any(bystanders in name for name in _targets(extract(text)))


def test_the_victims_are_counted_once(extract: Extract) -> None:
    events = extract("Four fishermen were killed when a drone struck their boat off the coast of Hodeidah.")
    killed = [c.value for m in events if m.type in VIOLENT for c in m.counts if c.what == "killed"]
    assert killed and all(v == 4 for v in killed), killed
