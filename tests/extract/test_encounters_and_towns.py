"""South Asian fight words and towns before an event noun (round 24, issue #13, wire part m).

"Encounter" names a gunfight between the police or the army and armed men ("killed in an encounter with
security forces"), never a meeting or a match; Maoists, Naxalites and "khwarij" are armed men, so their
killing is a clash, not an attack on civilians; and a town before an event noun ("the Bannu attack", "a
Bijapur encounter", "the Peshawar blast") says where the act was, not who did it, while a party there ("a
Hamas attack", "a US strike", "a Fano ambush") stays its doer.

Every sentence here is fiction written for these tests, in the styles of Indian and Pakistani wire copy,
local press and police statements.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

CLASH = "armed_clash"
CIVILIANS = "attack_on_civilians"


def _rows(events: list) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [(m.type, m.trigger.text, [(a.role.value, a.name) for a in m.actors]) for m in events]


def _initiators(events: list) -> list[str]:
    return [a.name for m in events for a in m.actors if a.role.value == "initiator"]


@pytest.mark.parametrize("text", [
    # Chhattisgarh: the police account of an encounter
    "Five Maoists were killed in an encounter with security forces in Bijapur district on Sunday, police said.",
    # Kashmir: militants, the army's name
    "Two militants were killed in an encounter with the army in Shopian on Tuesday, officials said.",
    # Uttar Pradesh: a police encounter with a wanted man
    "A wanted criminal was shot dead in a police encounter in Bareilly on Monday night.",
    # Jharkhand: an encounter that broke out between the sides
    "An encounter broke out between Naxalites and the CRPF in the forests of West Singhbhum on Friday.",
])
def test_an_encounter_with_armed_men_is_a_clash(extract: Extract, text: str) -> None:
    events = extract(text)
    assert any(m.type == CLASH for m in events), _rows(events)
    assert not any(m.type == CIVILIANS for m in events), _rows(events)


@pytest.mark.parametrize("text", [
    "The two teams meet again on Friday in what promises to be a tense encounter at the stadium.",
    "Her first encounter with the minister came in 2019, when she was a junior reporter.",
    "The talks were a cordial encounter between the two foreign ministers in New Delhi.",
    "Soldiers encountered heavy resistance near the village, a spokesman said.",
])
def test_an_encounter_of_no_armed_side_is_no_event(extract: Extract, text: str) -> None:
    events = extract(text)
    assert not [m for m in events if m.type == CLASH and m.trigger.text.lower().startswith("encounter")], \
        _rows(events)


@pytest.mark.parametrize("text", [
    "Five Maoists were killed in Bijapur district on Sunday, police said.",
    "Security forces shot dead two Naxalites in Sukma on Monday.",
    "Security forces killed eight khwarij in North Waziristan on Monday, the military said.",
])
def test_maoists_and_khwarij_killed_are_combatants(extract: Extract, text: str) -> None:
    events = extract(text)
    assert any(m.type == CLASH for m in events), _rows(events)
    assert not any(m.type == CIVILIANS for m in events), _rows(events)


def test_armed_men_killing_a_villager_stay_an_attack_on_civilians(extract: Extract) -> None:
    events = extract("Maoists shot dead a village headman in Bijapur on Monday, police said.")
    assert any(m.type == CIVILIANS for m in events), _rows(events)


@pytest.mark.parametrize(("text", "town"), [
    ("Three soldiers died in the Bannu attack on Monday.", "Bannu"),
    ("Five Maoists killed in Bijapur encounter", "Bijapur"),
    ("Two policemen were killed in the Quetta blast on Friday, officials said.", "Quetta"),
])
def test_a_town_before_an_event_noun_is_its_place(extract: Extract, text: str, town: str) -> None:
    events = extract(text)
    assert events, "the event must stay"
    assert town not in _initiators(events), _rows(events)
    assert any(m.place is not None and m.place.name and town in m.place.name for m in events), \
        [(m.type, m.place) for m in events]


@pytest.mark.parametrize(("text", "place"), [
    ("Soldier, three militants killed in Lanao del Sur clash", "Lanao del Sur"),
    ("Two soldiers died in the North Waziristan attack on Monday, officials said.", "North Waziristan"),
    ("Four policemen killed in Surigao del Sur ambush, army says", "Surigao del Sur"),
    ("Toll in Shebekino rocket attack rises to three", "Shebekino"),
])
def test_a_region_of_several_words_before_an_event_noun_is_no_doer(extract: Extract, text: str,
                                                                    place: str) -> None:
    """Round 29: a province the gazetteer holds under a longer name ("Province of Lanao del Sur") was the
    clash's initiator; the whole name, not a word of it, is looked up; a town the tagger made an adjective
    tagged as a place ("Shebekino rocket attack") is read as one too."""
    events = extract(text)
    assert events, "the event must stay"
    assert not any(place in name for name in _initiators(events)), _rows(events)


def test_a_town_before_a_subject_event_noun_is_no_doer(extract: Extract) -> None:
    events = extract("The Peshawar blast killed 12 people on Monday, police said.")
    assert events and "Peshawar" not in _initiators(events), _rows(events)


@pytest.mark.parametrize(("text", "doer"), [
    ("A Hamas attack killed three soldiers near Gaza on Monday.", "Hamas"),
    ("A Fano attack killed three soldiers near Gondar on Sunday.", "Fano"),
    ("A US strike killed three militants in Somalia on Monday.", "US"),
    ("A Taliban attack killed five policemen in Kunduz on Tuesday.", "Taliban"),
    ("An Arakan Army attack killed three soldiers in Kyauktaw on Friday.", "Arakan Army"),
    ("A Free Syrian Army attack killed five soldiers near Idlib on Monday.", "Free Syrian Army"),
    ("A Dawlah Islamiyah ambush killed two soldiers in Lanao del Sur on Sunday.", "Dawlah Islamiyah"),
])
def test_a_party_before_an_event_noun_stays_its_doer(extract: Extract, text: str, doer: str) -> None:
    events = extract(text)
    assert doer in _initiators(events), _rows(events)
