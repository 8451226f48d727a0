"""A protest the state's forces met is coded as ACLED codes it: the crowd is actor 1, the forces actor 2;
excessive force against protesters is the forces' act, they are its actor 1 (round 29).

The mention keeps who did what ("police fired tear gas at students": the police's act); the row
codes the protest. Every text here is fiction written for these tests.
"""

from __future__ import annotations

import pytest

from sitreps.link.consensus import INITIATOR_FIELD, TARGET_FIELD
from sitreps.link.contributions import contributions_of
from sitreps.models import AcledCode, ActorMention, EventMention, Modality, Role, Span

FORCES = {"police": "police", "soldiers": "military_personnel", "security forces": "state_military"}


def _mention(text: str, sub_event: str, actors: list[tuple[Role, str, str | None]]) -> EventMention:
    sentence = Span.of(text, 0, len(text))
    found = []
    for role, name, kind in actors:
        start = text.index(name)
        evidence = [Span.of(text, start, start + len(name))]
        found.append(ActorMention(role=role, name=name, actor_type=kind, evidence=evidence))
    return EventMention(id="d:m0", type="protest_with_intervention", acled=AcledCode(
        event_type="Protests", sub_event_type=sub_event), plover=None, cameo=None, trigger=sentence,
        sentence=sentence, actors=found, counts=[], place=None, time=None, modality=Modality.REPORTED,
        attribution=None, confidence=0.8)


def _sides(mention: EventMention) -> tuple[list[str], list[str]]:
    found = contributions_of(mention)
    return ([c.label for c in found if c.field == INITIATOR_FIELD], [c.label for c in found if c.field == TARGET_FIELD])


@pytest.mark.parametrize(("text", "sub_event", "force", "crowd"), [
    ("Police fired tear gas at students marching on parliament in Nairobi.", "Protest with intervention",
     "Police", "students"),
    ("Soldiers broke up a rally of opposition supporters in Harare with batons.", "Protest with intervention",
     "Soldiers", "opposition supporters"),
])
def test_the_crowd_initiates_a_protest_the_forces_met(text: str, sub_event: str, force: str, crowd: str) -> None:
    mention = _mention(text, sub_event, [(Role.INITIATOR, force, FORCES[force.lower()]),
                                         (Role.TARGET, crowd, "civilians")])
    assert _sides(mention) == ([crowd], [force])
    assert [a.role for a in mention.actors] == [Role.INITIATOR, Role.TARGET]  # the mention keeps its reading


@pytest.mark.parametrize(("text", "force", "crowd"), [
    ("Security forces opened fire on demonstrators in Conakry, killing three.", "Security forces", "demonstrators"),
    ("Police shot dead a student at a rally against the fuel levy in Nakuru.", "Police", "student"),
    ("Soldiers fired live rounds into a crowd of farmers blocking the highway near Otavalo.", "Soldiers",
     "crowd of farmers"),
])
def test_the_forces_that_fired_on_a_protest_initiate_the_excessive_force(text: str, force: str, crowd: str) -> None:
    """Round 29: excessive force against protesters is the forces' act (the wire gold's actor 1), not the crowd's."""
    mention = _mention(text, "Excessive force against protesters", [(Role.INITIATOR, force, FORCES[force.lower()]),
                                                                     (Role.TARGET, crowd, "civilians")])
    assert _sides(mention) == ([force], [crowd])


def test_a_protest_whose_initiator_is_no_force_keeps_its_sides() -> None:
    mention = _mention("Hundreds of nurses protested outside the ministry in Lagos.", "Protest with intervention",
                       [(Role.INITIATOR, "Hundreds of nurses", "civilians")])
    assert _sides(mention) == (["Hundreds of nurses"], [])


def test_a_police_act_of_another_sub_event_keeps_its_sides() -> None:
    mention = _mention("Police arrested twelve smugglers near the border in Kassala.", "Arrests",
                       [(Role.INITIATOR, "Police", "police"), (Role.TARGET, "twelve smugglers", "civilians")])
    assert _sides(mention) == (["Police"], ["twelve smugglers"])


@pytest.mark.parametrize(("text", "crowd", "force", "struck"), [
    ("Police fired tear gas to disperse hundreds of young men protesting against the arrest of a rapper in Sfax.",
     "young men", "Police", "hundreds of young men"),
    ("Thousands of teachers marched in Harare before riot police scattered the teachers with water cannon.",
     "Thousands of teachers", "riot police", "the teachers"),
    ("Gendarmes charged the crowd of farmers who had blocked the highway near Thies.",
     "farmers", "Gendarmes", "the crowd"),
])
def test_a_crowd_told_as_a_doer_stays_the_initiator_and_the_force_comes_first_among_targets(
        text: str, crowd: str, force: str, struck: str) -> None:
    """A merged incident names the crowd as a doer ("protesting", "marched") and as whom the force struck
    ("disperse hundreds of young men"): the crowd stays actor 1, the force is actor 2 before it."""
    kinds = {crowd: "civilians", force: "police", struck: "civilians"}
    mention = _mention(text, "Protest with intervention", [(Role.TARGET, struck, kinds[struck]),
                                                           (Role.INITIATOR, crowd, "civilians"),
                                                           (Role.INITIATOR, force, "police")])
    initiators, targets = _sides(mention)
    assert initiators[:1] == [crowd]
    assert targets[:1] == [force]


@pytest.mark.parametrize(("text", "force", "crowd"), [
    ("Security forces fired tear gas to break up an opposition protest as youths burned tyres; dozens of "
     "protesters were hurt.", "Security forces", "dozens of protesters"),
    ("Police battled students who hurled stones at the campus gate in Dhaka.", "Police", "students"),
])
def test_a_riot_told_by_the_forces_has_the_crowd_as_actor_1(text: str, force: str, crowd: str) -> None:
    """Round 29: a violent demonstration whose only doers are the forces that met it is the crowd's act."""
    mention = _mention(text, "Violent demonstration", [(Role.INITIATOR, force, FORCES[force.lower()]),
                                                       (Role.TARGET, crowd, "civilians")])
    assert _sides(mention) == ([crowd], [force])


@pytest.mark.parametrize(("text", "sub_event", "actors"), [
    ("Rioters torched a police station in Lagos as police fired tear gas.", "Violent demonstration",
     [(Role.INITIATOR, "Rioters", "civilians"), (Role.INITIATOR, "police", "police"),
      (Role.TARGET, "police station", None)]),
    ("Soldiers shot dead two smugglers near the border in Kassala.", "Attack",
     [(Role.INITIATOR, "Soldiers", "military_personnel"), (Role.TARGET, "two smugglers", "civilians")]),
])
def test_a_riot_with_a_crowd_doer_or_another_act_keeps_its_sides(text: str, sub_event: str,
                                                                  actors: list[tuple[Role, str, str | None]]) -> None:
    """Near misses: a riot that names its crowd as a doer, and a force's act of another sub-event."""
    mention = _mention(text, sub_event, actors)
    assert _sides(mention)[0][0] == actors[0][1]
