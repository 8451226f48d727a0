"""A raid's or a fight's end is that raid or fight: the raiders or a side withdrawing after it (round 29).

ACLED codes one attack or one armed clash per place and day; the raiders leaving ("before withdrawing into the
forest") or a side giving way after the fight ("before the soldiers withdrew") is part of it, not an incident of
its own. Wire copy chains the two in one sentence with "before"/"after", which consolidation reads as one act
after another, so ``absorbs_when_sequenced`` in data/incident_kinds.yaml lists the withdrawal for the attack and
the clash. Kept apart: troops withdrawing after an attack on civilians by others, and a withdrawal a span of days
after. Every article here is fiction written for these tests, in the style of wire copy, from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, incident_telling

from sitreps.evaluate.single_text import incident_holding
from sitreps.models import EventMention


@pytest.mark.parametrize(("text", "act", "leaving", "type_id"), [
    # the raiders leave after burning a village (eastern Congo)
    ("Gunmen killed 14 villagers in Mangina on Friday night, local officials said. The attackers went from "
     "house to house and burned a dozen huts before withdrawing into the bush, a civil society leader said.",
     "burned", "withdrawing", "attack_on_civilians"),
    # the raiders named by their act (South Sudan)
    ("Armed youths raided a cattle camp near Akobo on Sunday, killing 11 herders, officials said. The "
     "herders fought back for two hours before the raiders withdrew with hundreds of cattle.",
     "killing", "withdrew", "attack_on_civilians"),
    # a side gives way after the fight (Burkina Faso)
    ("Jihadists clashed with soldiers in Djibo on Tuesday, the army said. The fighting lasted several hours "
     "before the soldiers withdrew to their base, a local source said.", "fighting", "withdrew", "armed_clash"),
    # a withdrawal bound to the fight's verb (Myanmar)
    ("Resistance fighters attacked a junta outpost in Kani on Monday and withdrew after a three-hour gunfight, "
     "a local group said.", "attacked", "withdrew", "armed_clash"),
])
def test_the_raiders_or_a_side_leaving_end_their_incident(extract: Extract, text: str, act: str, leaving: str,
                                                           type_id: str) -> None:
    events = extract(text)
    incident = incident_telling(events, act, text)
    assert incident is incident_telling(events, leaving, text), [(m.type, m.trigger.text) for m in events]
    assert incident.type == type_id, (incident.type, [(m.type, m.trigger.text) for m in events])


@pytest.mark.parametrize(("text", "act", "leaving"), [
    # the state's troops pull out after others killed civilians: their own move, not the raid's end
    ("Gunmen killed nine farmers in Kauru on Saturday, police said. Soldiers withdrew from the area after "
     "the gunmen killed the farmers, residents said.", "killed", "withdrew"),
    # a withdrawal weeks after the fight
    ("Rebels clashed with the army in Masisi on Monday, the army said. Three weeks after the rebels clashed "
     "with the army, the soldiers withdrew from Masisi.", "clashed", "withdrew"),
])
def test_a_withdrawal_by_others_or_days_later_stays_apart(extract: Extract, text: str, act: str,
                                                          leaving: str) -> None:
    events = extract(text)
    left = incident_holding_or_none(events, leaving, text)
    assert left is None or left is not incident_telling(events, act, text), \
        [(m.type, m.trigger.text) for m in events]


def incident_holding_or_none(events: list[EventMention], word: str, text: str) -> EventMention | None:
    """The incident holding the word, or None where extraction kept no incident of it."""
    index = incident_holding(word, text, events)
    return None if index is None else events[index]
