"""A clash told by its sides ("clashes between X and Y", "X and Y exchanged fire") codes its first side
as the row's initiator and the next as its target, as ACLED codes actors 1 and 2 of a battle whose
attacker the report does not say; the mention keeps both sides participants (the project's gold codes
them so). A clash with a named doer keeps it, and a toll ("killed 20 people") is no side.

Sentences written for these tests (fiction in the style of news), from several conflicts and outlets.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.link.contributions import contributions_of
from sitreps.models import EventMention, Role

SIDED = [
    ("Clashes between the Sudanese army and the Rapid Support Forces in El Obeid killed at least 20 people "
     "on Monday, medics said.", "Sudanese army", "Rapid Support Forces"),
    ("Fighting between Houthi rebels and government troops near Marib left dozens dead over the weekend.",
     "Houthi rebels", "government troops"),
    ("Heavy fighting between the Ostra Front and the Varn army erupted near the town of Mesk on Tuesday.",
     "Ostra Front", "Varn army"),
    ("Karen National Union fighters and junta troops exchanged fire near Myawaddy on Friday, residents said.",
     "Karen National Union", "junta troops"),
    ("M23 rebels and the Congolese army clashed near Sake on Thursday, leaving three civilians wounded.",
     "M23", "Congolese army"),
]


def _clash(events: list[EventMention]) -> EventMention:
    clashes = [m for m in events if m.acled is not None and m.acled.sub_event_type == "Armed clash"]
    assert clashes, [(m.type, m.trigger.text) for m in events]
    return clashes[0]


def _labels(mention: EventMention, field: str) -> list[str]:
    return [c.label for c in contributions_of(mention) if c.field == field]


@pytest.mark.parametrize(("text", "first", "second"), SIDED)
def test_a_clashs_first_side_initiates_its_row(extract: Extract, text: str, first: str, second: str) -> None:
    clash = _clash(extract(text))
    assert not any(a.role is Role.INITIATOR for a in clash.actors), clash.actors  # the mention keeps sides
    initiators, targets = _labels(clash, "actor:initiator"), _labels(clash, "actor:target")
    assert len(initiators) == 1 and first in initiators[0] and second not in initiators[0], (initiators, clash.actors)
    assert targets and second in targets[0], (targets, clash.actors)


def test_a_named_attacker_is_kept(extract: Extract) -> None:
    """Near miss: "X attacked Y" names the doer; the sides rule leaves it as it is."""
    clash = _clash(extract("Ostra Front fighters attacked an army post near Mesk on Sunday, killing four soldiers."))
    assert any("Ostra Front" in label for label in _labels(clash, "actor:initiator")), clash.actors


def test_a_clash_with_one_named_side_names_no_initiator_from_a_toll(extract: Extract) -> None:
    """Near miss: a toll is no side ("the fighting killed 12 people" sides nobody)."""
    clash = _clash(extract("The fighting killed 12 people in the town of Mesk on Tuesday, a local official said."))
    assert _labels(clash, "actor:initiator") == [], clash.actors
