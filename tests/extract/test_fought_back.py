"""A force that "fought back" answers an attack: it is the attack's target,
and whom it fought back at is the initiator, as ACLED codes the attacker first whoever prevailed
(``extract.arguments``, with the verbs of defence such as "repelled").

Sentences written for these tests (fiction in the style of news), from several conflicts and outlets.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.link.contributions import contributions_of
from sitreps.models import EventMention, Role

ANSWERED = [
    ("Police officers fought back when gunmen opened fire on a patrol in Culiacan on Monday, killing one "
     "officer.", "gunmen", "Police"),
    ("Soldiers fought back against Fano militiamen near Bahir Dar on Tuesday after an overnight raid on "
     "their camp.", "Fano", "Soldiers"),
    ("Kenyan troops fought back against al-Shabaab fighters near Mandera on Wednesday, the army said.",
     "Shabaab", "Kenyan troops"),
]


def _clashes(events: list[EventMention]) -> list[EventMention]:
    found = [m for m in events if m.type == "armed_clash"]
    assert found, [(m.type, m.trigger.text) for m in events]
    return found


def _first(mention: EventMention, field: str) -> str | None:
    labels = [c.label for c in contributions_of(mention) if c.field == field and c.order == 0]
    return labels[0] if labels else None


@pytest.mark.parametrize(("text", "attacker", "answering"), ANSWERED)
def test_who_fought_back_is_the_target(extract: Extract, text: str, attacker: str, answering: str) -> None:
    for clash in _clashes(extract(text)):
        initiator = _first(clash, "actor:initiator")
        assert initiator is None or answering not in initiator, clash.actors
    assert any(attacker in (_first(c, "actor:initiator") or "") for c in _clashes(extract(text))), [
        c.actors for c in _clashes(extract(text))]


def test_guards_who_fought_back_are_no_doers(extract: Extract) -> None:
    """The response told in its own sentence: the guards are the attack's target."""
    events = extract("Ostra Front fighters stormed a border post near Mesk on Saturday. The guards fought back "
                     "for three hours.")
    assert not any("guards" in a.name for m in events for a in m.actors if a.role is Role.INITIATOR), [
        (m.type, m.actors) for m in events]


@pytest.mark.parametrize("text", [
    "Rebels fought government troops for control of the town of Mesk on Sunday, residents said.",
    "The army fought its way back into the town of Mesk on Friday, driving out Ostra Front fighters.",
])
def test_a_fight_that_answers_nothing_keeps_its_doer(extract: Extract, text: str) -> None:
    """Near misses: a plain fight, and "fought its way back" (an advance, not an answer)."""
    clash = _clashes(extract(text))[0]
    doers = [a.name.split()[-1] for a in clash.actors if a.role is Role.INITIATOR]
    assert any(d in ("Rebels", "army") for d in doers), clash.actors
