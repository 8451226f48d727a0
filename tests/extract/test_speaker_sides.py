"""Whose "our units" are when the quote's speaker is titled by a force noun or named earlier in full; a
participant phrase never spans its own trigger; a thing made to stop is no doer. Sentences written for
these tests (fiction in the style of news); near misses keep what they had."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention, Role


def _actors(events: list[EventMention], role: Role) -> list[tuple[str, str | None]]:
    return [(a.name, a.canonical_name) for m in events for a in m.actors if a.role == role]


@pytest.mark.parametrize(("text", "side"), [
    ('Rebels took the garrison town of Um Kadada in North Darfur, Sudan. "Our units withdrew to protect '
     'civilians," army spokesman Nabil Abdallah said.', "Sudan"),
    ("The commander of Ukraine's ground forces, General Mykhailo Drapatyi, spoke on Monday. Drapatyi said: \"I ordered "
     'our units to pull back from the village to avoid encirclement."', "Ukrain"),
])
def test_our_units_take_a_titled_speakers_side(extract: Extract, text: str, side: str) -> None:
    actors = [a for role in Role for a in _actors(extract(text), role)]
    assert any(side.lower() in (canonical or "").lower() for _, canonical in actors), actors
    assert not any(canonical == name and name.lower().startswith("our ") for name, canonical in actors), actors


@pytest.mark.parametrize("text", [
    # a rebel army's man, and a person the registry may know, are no state's side
    '"Our units withdrew from Um Kadada," rebel army spokesman Adam Bakhit said in Sudan.',
    # two countries: a bare "army" could be either's
    'Russia and Ukraine fought for Vovchansk. "Our units withdrew," army spokesman Ivan Petrenko said.',
])
def test_speakers_of_no_known_side_leave_the_phrase(extract: Extract, text: str) -> None:
    actors = [a for role in Role for a in _actors(extract(text), role)]
    assert not any("armed forces" in (canonical or "").lower() for _, canonical in actors), actors


def test_a_headline_actor_never_spans_its_trigger(extract: Extract) -> None:
    text = ("Eight suspected Maoists killed in encounter with security forces in Chhattisgarh's Bijapur\n\n"
            "Eight suspected Maoists were killed in a gunfight with security forces on Sunday.")
    events = extract(text)
    names = [name for role in Role for name, _ in _actors(events, role)]
    assert any(name.endswith("Maoists") for name in names), names
    assert not any("killed" in name for name in names), names


@pytest.mark.parametrize(("text", "doer"), [
    ("Gunmen forced a commercial bus to stop on the highway and took 18 passengers hostage.", "Gunmen"),
    ("Pirates forced the tanker to change course and seized its 21 crew members.", "Pirates"),
])
def test_a_thing_made_to_stop_is_no_doer(extract: Extract, text: str, doer: str) -> None:
    names = [name for name, _ in _actors(extract(text), Role.INITIATOR)]
    assert doer in names, names


def test_people_made_to_act_still_act(extract: Extract) -> None:
    text = "The commander ordered the soldiers to open fire on the crowd, killing four protesters."
    names = [name for name, _ in _actors(extract(text), Role.INITIATOR)]
    assert any("soldiers" in name for name in names), names
