"""Doers armed by their name that WordNet holds no usual person: "attacked by separatists", "raiders",
"extremists", "paramilitaries" (``armed_doers`` of data/en/triggers.yaml).

As a passive agent such a noun named nobody, so the attack had no initiator, or the other side of the
sentence took its place ("captured by paramilitaries after government troops withdrew"). Sentences
written for these tests.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention, Role


def initiators(events: list[EventMention]) -> list[str]:
    return [a.name.lower() for m in events for a in m.actors if a.role == Role.INITIATOR]


@pytest.mark.parametrize(("text", "doer"), [
    ("A police post near Bamenda was attacked by separatists on Friday, killing one officer.", "separatists"),
    ("Kidal was captured by separatists on Monday, a rebel spokesman said.", "separatists"),
    ("Six herders were killed by raiders near the village of Dogon Daji on Tuesday, police said.", "raiders"),
    ("A convoy of aid trucks was ambushed by extremists north of Djibo on Saturday.", "extremists"),
    ("The mayor of San Miguel was kidnapped by paramilitaries on Thursday, the regional ombudsman said.",
     "paramilitaries"),
])
def test_an_armed_noun_agent_is_the_doer(extract: Extract, text: str, doer: str) -> None:
    assert any(doer in name for name in initiators(extract(text))), initiators(extract(text))


@pytest.mark.parametrize(("text", "nobody"), [
    ("A fuel depot near Kessa was struck by drones overnight, the governor said.", "drones"),
    ("The market was shelled by artillery for two hours on Sunday, residents said.", "artillery"),
])
def test_a_weapon_agent_is_still_no_doer(extract: Extract, text: str, nobody: str) -> None:
    assert not any(nobody in name for name in initiators(extract(text)))
