"""Events told by a verb that acts on a person ("shot a shopkeeper", "snatched a priest") or by a blast through a place.

Fiction in the style of news, written for these tests (round 14b): each sentence that must change
tells its event only by such a verb; the near-misses hold the same verbs acting on things or on nothing.
"""

from __future__ import annotations

import pytest
from extract_helpers import run

ACTS_ON_PEOPLE = [
    ("Two men on a scooter shot a pharmacist outside his shop in Peshawar on Tuesday, police said.",
     "attack_on_civilians"),
    ("A schoolteacher was shot near the bus station in Bouake late on Friday, relatives said.",
     "attack_on_civilians"),
    ("Unknown gunmen shot and wounded a local councillor in Tumaco, the mayor's office said.",
     "attack_on_civilians"),
    ("Riot police shot a protester in the leg during the march on the governor's office in Lagos.",
     "excessive_force_against_protesters"),
    ("Armed men snatched a village chief from his farm near Zaria, residents said on Sunday.",
     "abduction"),
]

NEAR_MISSES = [
    "The crew shot a documentary about the river ferries of Juba last winter.",
    "The winger shot wide twice before half-time in the derby in Tunis.",
    "A gull snatched a sandwich from a tourist on the seafront in Valletta.",
    "The director shot most of the film in the old quarter of Aleppo before the war.",
]


@pytest.mark.parametrize(("text", "type_id"), ACTS_ON_PEOPLE)
def test_verb_acting_on_a_person_tells_its_event(text: str, type_id: str) -> None:
    events = run([text])[0].events
    assert type_id in [m.type for m in events], [(m.type, m.trigger.text) for m in events]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_verb_acting_on_a_thing_or_nothing_tells_no_event(text: str) -> None:
    events = run([text])[0].events
    assert events == [], [(m.type, m.trigger.text) for m in events]


BLASTS_THROUGH = [
    "An explosion ripped through a crowded bus terminal in Jos on Thursday evening, police said.",
    "A powerful blast tore through a wedding hall in the north of Herat, officials said.",
    "Witnesses said a blast ripped through the fish market in Sittwe shortly after dawn.",
    # the perfect of a live blog or an update: an auxiliary inside the phrase
    "UPDATE 14:05 - An explosion has torn through a police canteen in Quetta, officials say.",
    "By nightfall a second blast had ripped through the depot on the edge of Taiz, residents said.",
]

NOT_BLASTS = [
    "An explosion of anger tore through the stadium when the referee waved play on in Accra.",
    "A blast of icy wind tore through the tents of the climbers' camp overnight.",
]


@pytest.mark.parametrize("text", BLASTS_THROUGH)
def test_explosion_ripping_through_a_place_is_a_remote_explosive(text: str) -> None:
    events = run([text])[0].events
    assert "remote_explosive" in [m.type for m in events], [(m.type, m.trigger.text) for m in events]


@pytest.mark.parametrize("text", NOT_BLASTS)
def test_explosion_of_something_else_is_no_event(text: str) -> None:
    events = run([text])[0].events
    assert events == [], [(m.type, m.trigger.text) for m in events]
