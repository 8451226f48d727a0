"""Whom a report lays an act on did it (round 30, issue #13 "Actors"): "the attack was blamed on Boko Haram",
"police attributed the bombing to the BRN", "an attack the army blamed on the RSF", and a claim or a blame told
in a sentence of its own after the act ("... killing four soldiers. The BLA claimed responsibility").

The culprit was read as the act's target ("on" as in "an attack on a convoy"), the speaker of "attributed" as its
doer, and a claim that names no act was lost. Sentences written for these tests (fiction in the style of news),
from several conflicts and outlets.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention, Role

ACTS = frozenset({"armed_clash", "attack_on_civilians", "remote_explosive", "air_drone_strike", "suicide_bomb",
                  "shelling_missile_attack"})


def _acts(events: list[EventMention]) -> list[EventMention]:
    found = [m for m in events if m.type in ACTS]
    assert found, [(m.type, m.trigger.text) for m in events]
    return found


def _names(events: list[EventMention], role: Role) -> list[str]:
    return [a.name for m in _acts(events) for a in m.actors if a.role is role]


LAID_ON = [
    ("The attack was blamed on Boko Haram, the governor's office said.", "Boko Haram"),
    ("Police blamed the bombing on al-Shabaab militants.", "al-Shabaab"),
    ("Police attributed the bombing to the BRN.", "BRN"),
    ("The government blamed the attack on the ELN, which has not commented.", "ELN"),
    ("A drone strike hit a camp for displaced people near El Fasher on Sunday, killing 12 people, in an attack the "
     "army blamed on the Rapid Support Forces.", "Rapid Support Forces"),
    ("The Ostra Front claimed responsibility for the IED blast that killed three soldiers on Tuesday.", "Ostra Front"),
]


@pytest.mark.parametrize(("text", "culprit"), LAID_ON)
def test_whom_an_act_is_laid_on_did_it(extract: Extract, text: str, culprit: str) -> None:
    events = extract(text)
    assert any(culprit in n for n in _names(events, Role.INITIATOR)), [(m.type, m.actors) for m in events]
    assert not any(culprit in n for n in _names(events, Role.TARGET)), [(m.type, m.actors) for m in events]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Police attributed the bombing to the BRN.", "Police"),
    ("The army blamed the drone strike on the RSF.", "army"),
])
def test_who_lays_the_blame_did_not_do_it(extract: Extract, text: str, speaker: str) -> None:
    assert not any(speaker in n for n in _names(extract(text), Role.INITIATOR))


def test_a_culprits_relative_clause_is_no_part_of_its_name(extract: Extract) -> None:
    events = extract("The government blamed the attack on the ELN, which has not commented.")
    assert "ELN" in _names(events, Role.INITIATOR), [(m.type, m.actors) for m in events]


def test_the_accusation_keeps_whom_it_accuses(extract: Extract) -> None:
    """Near miss: the verb of blame's own event (an accusation) has the accuser as its doer and the accused as
    its target."""
    events = extract("The army blamed the drone strike on the RSF.")
    accusation = [m for m in events if m.type == "accusation"]
    assert accusation and any(a.role is Role.TARGET and "RSF" in a.name for a in accusation[0].actors), events


TOLD_AFTER = [
    ("A roadside bomb struck a military convoy near Kech, killing four soldiers; the Balochistan Liberation Army "
     "claimed responsibility.", "Balochistan Liberation Army"),
    ("Four soldiers were killed when a roadside bomb hit their vehicle in Kech district on Tuesday. The Balochistan "
     "Liberation Army claimed responsibility in a statement.", "Balochistan Liberation Army"),
    ("A bomb exploded at a market in Yala on Saturday, killing two traders. Police blamed separatist insurgents.",
     "separatist insurgents"),
    ("A bomb exploded near a police post in Rueso on Monday, wounding two rangers. No group claimed the attack. "
     "Officials blamed insurgents of the BRN.", "BRN"),
]


@pytest.mark.parametrize(("text", "doer"), TOLD_AFTER)
def test_a_claim_or_blame_of_no_act_names_the_doer_told_before(extract: Extract, text: str, doer: str) -> None:
    events = extract(text)
    assert any(doer in n for n in _names(events, Role.INITIATOR)), [(m.type, m.actors) for m in events]


@pytest.mark.parametrize(("text", "stranger"), [
    # what is blamed is no party
    ("Gunmen shot dead a village headman in Bacho on Sunday. Colonel Rojas blamed a dispute between two families.",
     "dispute"),
    # a fight has two sides: a blame names one of them, not who did the fight
    ("Fighting broke out between soldiers and gunmen near Mesk on Monday. Officials blamed the Ostra Front.",
     "Ostra Front"),
    # a denied claim names no one
    ("A roadside bomb struck a bus near Kech on Monday, killing four people. No group claimed responsibility.",
     "group"),
    # a blame for something named blames for that
    ("A bomb exploded at a market in Yala on Saturday, killing two traders. Traders blamed the mayor for the lack "
     "of guards.", "mayor"),
])
def test_near_misses_lend_no_doer(extract: Extract, text: str, stranger: str) -> None:
    events = extract(text)
    assert not any(stranger in n for n in _names(events, Role.INITIATOR)), [(m.type, m.actors) for m in events]


def test_a_claim_far_from_the_act_is_not_lent(extract: Extract) -> None:
    """Near miss: a claim more sentences after the act than ``claimants.LOOK_BACK`` allows claims another."""
    text = ("A roadside bomb struck a bus near Kech on Monday, killing four people. The road was closed for hours. "
            "Traders said the market stayed shut. Schools sent pupils home early. Officials met in Turbat on Tuesday. "
            "The Balochistan Liberation Army claimed responsibility.")
    events = extract(text)
    assert not any("Balochistan" in n for n in _names(events, Role.INITIATOR)), [(m.type, m.actors) for m in events]
