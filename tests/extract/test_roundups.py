"""Round-ups: a clause that lists several places gives one mention per place (ACLED codes one event
per location); a town with its region, or places of two countries, stay one place."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention


def _places(events: list[EventMention], type_id: str) -> list[str]:
    return sorted(m.place.name for m in events if m.type == type_id and m.place is not None and m.place.name)


@pytest.mark.parametrize(
    ("text", "type_id", "names"),
    [
        # fiction in the style of news, across countries and list shapes
        ("Insurgents detonated roadside bombs in Yala, Pattani and Songkhla on Sunday, police said.",
         "remote_explosive", ["Pattani", "Songkhla", "Yala"]),
        ("Police said rioters set cars alight in the cities of Lyon, Grenoble and Lille overnight.",
         "violent_demonstration", ["Grenoble", "Lille", "Lyon"]),
        ("Russian forces shelled Kherson and Mykolaiv on Tuesday, regional governors said.",
         "shelling_missile_attack", ["Kherson", "Mykolayiv"]),
        ("Militants attacked army posts in the towns of Gao, Menaka, and Timbuktu overnight.",
         "armed_clash", ["Gao", "Ménaka", "Timbuktu"]),
    ],
)
def test_a_listed_place_is_its_own_event(extract: Extract, text: str, type_id: str, names: list[str]) -> None:
    events = extract(text)
    assert _places(events, type_id) == names
    listed = [m for m in events if m.type == type_id]
    assert len({m.id for m in listed}) == len(listed)  # each place its own stable id
    assert all(m.place is not None and m.place.note and "listed together" in m.place.note for m in listed)


def test_the_figures_stay_with_the_first_place(extract: Extract) -> None:
    text = "Gunmen killed nine villagers in raids on Kaduna, Katsina and Zamfara on Friday, officials said."
    events = [m for m in extract(text) if m.place is not None and (m.place.name or "").startswith(
        ("Kaduna", "Katsina", "Zamfara"))]
    assert len(events) == 3, [(m.type, m.place.name if m.place else None) for m in events]
    with_counts = [m for m in events if m.counts]
    assert len(with_counts) <= 1
    if with_counts:
        assert with_counts[0].place is not None and with_counts[0].place.note
        assert "whole list" in with_counts[0].place.note


@pytest.mark.parametrize(
    ("text", "type_id"),
    [
        # a town and its region: one place
        ("Russian forces shelled Kramatorsk, Donetsk region, on Monday, officials said.", "shelling_missile_attack"),
        # the list is the attackers' origin, not where the act happened
        ("Fighters from Gao and Kidal attacked an army post on Monday.", "armed_clash"),
    ],
)
def test_no_split_without_a_roundup(extract: Extract, text: str, type_id: str) -> None:
    listed = [m for m in extract(text) if m.type == type_id]
    assert len(listed) == 1, [(m.type, m.place.name if m.place else None) for m in listed]


def test_each_clause_of_a_roundup_keeps_its_own_town(extract: Extract) -> None:
    text = ("Protesters set fire to a bank in Grenoble on Friday. In Rouen, rioters looted a supermarket. "
            "Police in Strasbourg used tear gas to disperse youths who had built barricades.")
    names = {m.place.name for m in extract(text) if m.place is not None}
    assert {"Grenoble", "Rouen", "Strasbourg"} <= names


@pytest.mark.parametrize(
    ("text", "type_id", "precision"),
    [
        # a unit word written once after the list makes every name that kind of unit
        ("Russian drones struck power plants in Kherson and Zaporizhzhia regions overnight, officials said.",
         "air_drone_strike", "region"),
    ],
)
def test_a_unit_word_after_the_list_sets_each_places_kind(extract: Extract, text: str, type_id: str,
                                                          precision: str) -> None:
    listed = [m for m in extract(text) if m.type == type_id]
    assert len(listed) == 2
    assert all(m.place is not None and m.place.precision.value == precision for m in listed)



@pytest.mark.parametrize(
    ("text", "type_id", "names"),
    [
        # a nameless place noun's examples are the list: each is its own event
        ("Demonstrations took place in several cities, including Lagos, Abuja and Ibadan, Nigerian police said.",
         "violent_demonstration", ["Abuja", "Ibadan", "Lagos"]),
        ("Militants attacked army posts in several towns such as Djibo, Arbinda and Kaya on Sunday.",
         "armed_clash", ["Aribinda", "Djibo", "Kaya"]),
        ("Police dispersed protesters in several cities, such as Karachi, Lahore and Peshawar, on Friday.",
         "protest_with_intervention", ["Karachi", "Lahore", "Peshawar"]),
    ],
)
def test_the_examples_of_a_place_noun_are_a_roundup(extract: Extract, text: str, type_id: str,
                                                    names: list[str]) -> None:
    assert _places(extract(text), type_id) == names


@pytest.mark.parametrize(
    "text",
    [
        # examples of where people came from, or of where speakers sit, are no round-up of the act
        "Displaced families from several villages, including Kyauktaw and Minbya, arrived in Sittwe after the "
        "fighting.",
        "Officials from several provinces, including Kherson and Mykolaiv, said Russian shelling hit Beryslav on "
        "Monday.",
    ],
)
def test_examples_outside_the_acts_clause_are_no_roundup(extract: Extract, text: str) -> None:
    events = extract(text)
    assert all(m.place is None or "listed together" not in (m.place.note or "") for m in events)


@pytest.mark.parametrize(
    ("text", "type_id", "names"),
    [
        # the towns a place noun's parts lie in: "the streets of A, B and C" is one event in each town
        ("Thousands of protesters took to the streets of Khartoum, Omdurman and Port Sudan on Friday to demand "
         "civilian rule, witnesses said.", "peaceful_protest", ["Khartoum", "Omdurman", "Port Sudan"]),
        ("Tens of thousands of teachers took to the streets of Bogota, Medellin and Cali on Wednesday over pay, "
         "unions said.", "peaceful_protest", ["Bogotá", "Cali", "Medellín"]),
        ("Demonstrators took to the streets of Lagos, Abuja and Kano on Monday, chanting against fuel prices.",
         "peaceful_protest", ["Abuja", "Kano", "Lagos"]),
    ],
)
def test_the_streets_of_listed_towns_are_a_roundup(extract: Extract, text: str, type_id: str,
                                                   names: list[str]) -> None:
    assert _places(extract(text), type_id) == names


@pytest.mark.parametrize(
    ("text", "type_id", "name"),
    [
        # the towns the people came from, or where the speakers live, are not where the act was
        ("Residents of the towns of Gao, Menaka and Timbuktu said militants attacked an army post near Ansongo on "
         "Monday.", "armed_clash", "Ansongo"),
        ("Protesters from the cities of Lagos and Abuja marched in Kano on Monday.", "peaceful_protest", "Kano"),
    ],
)
def test_the_towns_of_others_are_no_roundup(extract: Extract, text: str, type_id: str, name: str) -> None:
    assert _places(extract(text), type_id) == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a list that ends on places it does not name still names its own: one event each
        ("Thousands protested in Paris, Lyon, Marseille and other cities on Saturday against the pension reform.",
         ["Lyon", "Marseille", "Paris"]),
        ("Police fired tear gas at protesters in Karachi, Lahore and several other cities on Friday, witnesses said.",
         ["Karachi", "Lahore"]),
        ("Rallies against the junta were held in Khartoum, Omdurman and elsewhere on Saturday, activists said.",
         ["Khartoum", "Omdurman"]),
    ],
)
def test_a_list_ending_on_other_places_splits_its_named_ones(extract: Extract, text: str, names: list[str]) -> None:
    listed = [m for m in extract(text) if m.place is not None and m.place.note and "listed together" in m.place.note]
    assert sorted(m.place.name for m in listed if m.place is not None and m.place.name) == names


@pytest.mark.parametrize(
    "text",
    [
        # one named place and the others unnamed is no list of places
        "Thousands protested in Lyon and other cities on Saturday against the pension reform.",
        "Protests spread from Lagos to other cities on Monday, police said.",
    ],
)
def test_one_named_place_and_others_is_no_roundup(extract: Extract, text: str) -> None:
    events = extract(text)
    assert all(m.place is None or "listed together" not in (m.place.note or "") for m in events)
