"""A clash told only by what it cost one side ("five soldiers were killed in clashes with militants") names
both sides as what it struck and no doer; the row sides them as a clash's parties, the state's force as
initiator and the other as target (round 27: before, the first named; the real-news and wire dev gold code
the force first whichever side fell), two armed sides in the order named. Civilians killed in a clash are
no side: such a row is left as it was. Sentences written for these tests (fiction in the style of news),
from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.link.contributions import contributions_of
from sitreps.models import EventMention


def _labels(events: list[EventMention], field: str) -> list[str]:
    clashes = [m for m in events if m.acled is not None and m.acled.sub_event_type == "Armed clash"]
    assert clashes, [(m.type, m.trigger.text) for m in events]
    return [c.label for c in contributions_of(clashes[0]) if c.field == field]


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Five soldiers were killed in clashes with al-Nur militants near Dabo on Monday.", "soldiers", "al-Nur"),
    ("Two policemen died in a gunfight with bandits in the village of Kaura on Friday.", "policemen", "bandits"),
    ("Three militiamen were killed in fighting with army troops near the town of Sake on Wednesday.",
     "army troops", "militiamen"),
    ("Seven rebels were killed in a firefight with government forces in the hills above Beni, the army said.",
     "government forces", "rebels"),
    ("Five Maoists were killed in an encounter with security forces in the forests of Narayanpur on Friday.",
     "security forces", "Maoists"),
    ("Four bandits were killed in a gun battle with police near the village of Gusau on Friday.", "police", "bandits"),
    ("Six gendarmes lost their lives in an exchange of fire with jihadists near Djibo on Sunday.",
     "gendarmes", "jihadists"),
])
def test_the_force_of_the_fallen_sides_initiates(extract: Extract, text: str, first: str, second: str) -> None:
    events = extract(text)
    initiators, targets = _labels(events, "actor:initiator"), _labels(events, "actor:target")
    assert initiators and first in initiators[0], (initiators, targets)
    assert targets and second in targets[0], (initiators, targets)


@pytest.mark.parametrize("text", [
    "Clashes with militants killed five villagers near Tillia on Sunday.",
    "Four civilians died in crossfire during clashes with gunmen in Zurmi.",
])
def test_civilians_killed_in_a_clash_are_no_side(extract: Extract, text: str) -> None:
    initiators = [c.label for m in extract(text) for c in contributions_of(m) if c.field == "actor:initiator"]
    assert not any("villagers" in label or "civilians" in label for label in initiators), initiators
