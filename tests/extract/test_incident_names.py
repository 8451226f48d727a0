"""Retellings of one arrest that name its detainee differently ("Sani Dauda", "Ibrahim Sani Dauda").

Every article and sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.extract.agreement import same_name
from sitreps.models import EventMention


def _of(events: list[EventMention], type_id: str) -> list[EventMention]:
    return [m for m in events if m.type == type_id]


@pytest.mark.parametrize(("first", "later", "same"), [
    ("Ibrahim Sani Dauda", "Sani Dauda", True),           # a shorter form of the name
    ("Marta Núñez Ortega", "Marta Nunez Ortega", True),    # accents dropped
    ("Luis Manuel Díaz", "Manuel Diaz", True),
    ("Carlos Molina", "Juan Molina", False),              # a word of its own: another person
    ("Ali Hassan", "Hassan Ali Omar", True),
    ("Ali Hassan", "Omar Hassan", False),
])
def test_names_of_one_person(first: str, later: str, same: bool) -> None:
    assert same_name(first, later) is same


def test_a_shorter_form_of_the_detainee_s_name_is_one_arrest(extract: Extract) -> None:
    events = extract("Activist detained in Kano\n\nActivist Ibrahim Sani Dauda was detained in Kano on Tuesday, "
                     "his family said. \"Nigerian soldiers detained Sani Dauda outside his office and gave no "
                     "reason,\" his brother said.")
    assert len(_of(events, "arrest")) == 1


def test_a_name_written_without_accents_is_one_arrest(extract: Extract) -> None:
    events = extract("Journalist detained in Trujillo\n\nJournalist Marta Núñez Ortega was arrested in Trujillo on "
                     "Monday, her newspaper said. Peruvian police arrested journalist Marta Nunez Ortega at her home "
                     "before dawn, her lawyer told reporters.")
    assert len(_of(events, "arrest")) == 1


def test_a_transliteration_without_diacritics_is_one_detention(extract: Extract) -> None:
    events = extract("Reporter held in Osh\n\nReporter Aibek Tölögönov was detained in Osh on Monday, his editor "
                     "said. Kyrgyz police detained Aibek Tologonov at his flat after a search, his lawyer said.")
    assert len(_of(events, "arrest")) == 1


def test_two_people_of_one_surname_are_two_arrests(extract: Extract) -> None:
    events = extract("Two men arrested in Valencia\n\nVenezuelan police arrested Carlos Molina in Valencia on "
                     "Monday, his party said. Venezuelan police arrested Juan Molina at his home in Valencia "
                     "later on Monday.")
    holding = [[a.name for a in m.actors] for m in _of(events, "arrest")]
    carlos = [names for names in holding if "Carlos Molina" in names]
    assert carlos and not any("Juan Molina" in names for names in carlos)


def test_two_known_forces_arresting_two_people_are_two_arrests(extract: Extract) -> None:
    events = extract("Kenyan police arrested two traders in Mombasa on Monday, residents said. The Kenyan army "
                     "arrested a journalist in Mombasa on Monday, his editor said.")
    assert len(_of(events, "arrest")) == 2
