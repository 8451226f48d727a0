"""Event words of one sentence tied to each other, references back, and the newer non-event kinds.

Every article here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention

VIOLENT = {"air_drone_strike", "shelling_missile_attack", "armed_clash", "attack_on_civilians", "remote_explosive",
           "suicide_bomb", "grenade"}


def violent(events: list[EventMention]) -> list[EventMention]:
    return [m for m in events if m.type in VIOLENT]


def told(events: list[EventMention]) -> list[tuple[str, str]]:
    return [(m.type, m.trigger.text) for m in events]


@pytest.mark.parametrize("text", [
    "Militiamen killed 20 villagers and burned their huts in Kalo on Sunday, a local chief said.",
    "Gunmen attacked a displacement camp near Oru overnight, setting dozens of shelters on fire.",
    "An air strike hit a school in the town of Beza on Monday, razing it to the ground, witnesses said.",
])
def test_destruction_bound_to_an_attack_is_its_outcome(extract: Extract, text: str) -> None:
    events = extract(text)
    assert len(violent(events)) == 1, told(events)
    assert not any(m.type == "looting_property_destruction" for m in events), told(events)


def test_a_bound_noun_names_the_incident(extract: Extract) -> None:
    events = extract("A roadside bomb struck an army convoy near Dori on Tuesday, killing four soldiers.")
    assert [m.type for m in violent(events)] == ["remote_explosive"], told(events)


@pytest.mark.parametrize("text", [
    "The army shelled the town of Wara on Friday after rebels attacked a police post there.",
    "Rebels ambushed a patrol near Kita on Monday, two days after an air strike hit their camp.",
    "The bombing of a police post in Wara on Friday followed an ambush on an army convoy near the town.",
])
def test_events_chained_by_after_stay_apart(extract: Extract, text: str) -> None:
    assert len(violent(extract(text))) == 2, told(extract(text))


def test_a_definite_subject_refers_back_deep_in_the_article(extract: Extract) -> None:
    text = ("A rocket attack killed five people in the northern town of Suri on Tuesday, the governor said.\n\n"
            "Rescue teams searched the rubble until late in the evening. Schools in the district stay shut.\n\n"
            "Witnesses said residents had gathered for a wedding. The rocket struck a crowded courtyard at noon.")
    assert len(violent(extract(text))) == 1, told(extract(text))


def test_a_second_attack_with_an_indefinite_subject_stays_apart(extract: Extract) -> None:
    text = ("A rocket attack killed five people in the northern town of Suri on Tuesday, the governor said.\n\n"
            "Rescue teams searched the rubble until late in the evening. Schools in the district stay shut.\n\n"
            "Separately, a drone struck a fuel depot in the port of Mela, officials said.")
    assert len(violent(extract(text))) == 2, told(extract(text))


@pytest.mark.parametrize("text", [
    # a recent trend: plural acts or an ongoing verb over a recent period
    "With its convoys badly hit by rebel drone attacks over the past month, the army moved its depots north.",
    "The militia has been shelling villages around Kuno in recent weeks, residents said.",
    # a bare plural cause that a reaction answers
    "In response to attacks by government troops, the insurgents have retreated into the forest.",
    # the start of a campaign: a verb of beginning over an act done to a bare plural
    "Insurers raised premiums on the route after the rebels began attacking ships in March last year.",
    "Gunmen kept burning schools across the district through the rainy season, teachers said.",
])
def test_trends_and_answered_causes_are_not_incidents(extract: Extract, text: str) -> None:
    assert violent(extract(text)) == [], told(extract(text))


def test_beginning_one_act_on_one_place_is_an_incident(extract: Extract) -> None:
    events = extract("Rebels began shelling the town of Wara on Monday morning, residents said.")
    assert len(violent(events)) == 1, told(events)


def test_evacuating_the_wounded_to_hospital_is_an_aftermath(extract: Extract) -> None:
    events = extract("One policeman was wounded in the ambush and has been evacuated to the district hospital.")
    assert not any(m.trigger.text.lower().startswith("evacuat") for m in events), told(events)


def test_an_evacuation_of_civilians_is_still_an_event(extract: Extract) -> None:
    events = extract("The navy evacuated 300 civilians from the besieged port of Beli on Sunday.")
    assert any(m.trigger.text == "evacuated" for m in events), told(events)


def test_a_single_strike_in_a_recent_period_is_kept(extract: Extract) -> None:
    events = extract("A drone strike killed four people at a market in Kuno on Monday, officials said.")
    assert len(violent(events)) == 1, told(events)


def test_two_types_of_one_kind_in_one_named_town_are_one_incident(extract: Extract) -> None:
    # Deep in the article (the lead is about parliament), so only the shared town joins them.
    text = ("Parliament opened its new session on Monday amid tight security, officials said.\n\n"
            "Lawmakers debated the budget for three hours. The opposition walked out twice.\n\n"
            "Gunmen opened fire on a police post in Bannu on Tuesday, killing two officers, police said. "
            "Residents heard gunfire for an hour. A grenade exploded at the police post in Bannu, "
            "wounding a third officer, a doctor said.")
    assert len(violent(extract(text))) == 1, told(extract(text))


def test_an_agreement_that_refers_back_is_the_ceasefire(extract: Extract) -> None:
    text = ("Government and rebel envoys agreed to a ceasefire in Doha on Saturday, mediators said.\n\n"
            "Under the truce agreement, fighters will withdraw from the town of Ruvo within ten days.")
    events = extract(text)
    assert [m.type for m in events if m.type in ("ceasefire", "agreement")] == ["ceasefire"], told(events)



@pytest.mark.parametrize("text", [
    "In Saint-Rive, the town where a student was killed last week, protesters torched cars on Thursday.",
    "Soldiers raided the camp, which an air strike had hit in March, and arrested nine men on Sunday.",
])
def test_a_relative_clause_on_another_noun_tells_another_incident(extract: Extract, text: str) -> None:
    events = extract(text)
    assert len(events) >= 2 and not any(len(m.retellings) and "killed" in [r.text for r in m.retellings]
                                        for m in events), told(events)
