"""A row's target is never the doers' own armed side (round 29, issue #13 "Actors").

A merged incident holds what each telling names: "separatists ambushed an armoured car" and, later, "three
separatist fighters were killed" put the separatists among its targets, ahead of the soldiers they struck. The
row ranks a target sharing an armed side's word with an initiator after the others; a people's or a state's
word ("Sudanese", "soldiers") is no side of its own. Every text here is fiction written for these tests.
"""

from __future__ import annotations

import pytest

from sitreps.link.consensus import TARGET_FIELD
from sitreps.link.contributions import contributions_of
from sitreps.models import AcledCode, ActorMention, EventMention, Modality, Role, Span


def _mention(text: str, sub_event: str, actors: list[tuple[Role, str]]) -> EventMention:
    sentence = Span.of(text, 0, len(text))
    found = []
    for role, name in actors:
        start = text.index(name)
        found.append(ActorMention(role=role, name=name, evidence=[Span.of(text, start, start + len(name))]))
    return EventMention(id="d:m0", type="attack", acled=AcledCode(event_type="Violence", sub_event_type=sub_event),
                        plover=None, cameo=None, trigger=sentence, sentence=sentence, actors=found, counts=[],
                        place=None, time=None, modality=Modality.REPORTED, attribution=None, confidence=0.8)


def _targets(mention: EventMention) -> list[str]:
    return [c.label for c in contributions_of(mention) if c.field == TARGET_FIELD]


@pytest.mark.parametrize(("text", "sub_event", "doers", "own", "struck"), [
    ("Separatists ambushed an armoured car near Ndop; three separatist fighters and four soldiers died.",
     "Remote explosive/landmine/IED", "Separatists", "three separatist fighters", "four soldiers"),
    ("Gunmen stormed a police post in Zamfara; police said two gunmen and a constable were killed.",
     "Armed clash", "Gunmen", "two gunmen", "police post"),
    ("Rebels attacked an army base near Goma; the army said 20 rebels and three soldiers died.",
     "Armed clash", "Rebels", "20 rebels", "army base"),
])
def test_the_doers_own_dead_rank_after_whom_they_struck(text: str, sub_event: str, doers: str, own: str,
                                                        struck: str) -> None:
    mention = _mention(text, sub_event, [(Role.INITIATOR, doers), (Role.TARGET, own), (Role.TARGET, struck)])
    targets = _targets(mention)
    assert targets.index(struck) < targets.index(own), targets
    assert next(a.name for a in mention.actors if a.role is Role.TARGET) == own  # the mention keeps its order


@pytest.mark.parametrize(("text", "doers", "first", "second"), [
    ("Sudanese troops shelled a camp where Sudanese civilians sheltered, and a school.",
     "Sudanese troops", "Sudanese civilians", "school"),
    ("Israeli soldiers fired on Palestinian soldiers at a checkpoint and a car.",
     "Israeli soldiers", "Palestinian soldiers", "car"),
])
def test_a_people_or_a_force_on_both_sides_keeps_the_order(text: str, doers: str, first: str, second: str) -> None:
    """Near misses: a demonym or a state force's noun names no armed side of its own."""
    mention = _mention(text, "Attack", [(Role.INITIATOR, doers), (Role.TARGET, first), (Role.TARGET, second)])
    targets = _targets(mention)
    assert targets.index(first) < targets.index(second), targets
