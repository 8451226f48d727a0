"""Sides and doers the parse hangs on the verb instead of the event noun.

"Clashes broke out between X and Y": "between" hangs on "broke out", yet it names the fight's sides.
"Eight soldiers died in an attack on their base by ISWAP fighters": "by" hangs on "died", yet no one
dies by someone; it names who attacked. "Armed thugs", "armed hoodlums": a noun an armed word
describes is a band that acts, whatever the noun's usual sense. A sentence-initial adjective the
entity tagger took for a group ("Fierce fighting") is no side.

Sentences written for these tests (fiction in the style of news), from several conflicts and outlets.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, incident_telling, names_in

from sitreps.models import Role

VERB_HELD_SIDES = [
    ("Clashes broke out between Fano militiamen and federal troops in Debre Markos on Friday.",
     "Clashes", ["Fano militiamen", "federal troops"]),
    ("Heavy fighting erupted between the Arakan Army and junta forces near Sittwe on Monday.",
     "fighting", ["Arakan Army", "junta forces"]),
    ("Gunfights took place between police and cattle rustlers in Baringo county on Sunday.",
     "Gunfights", ["police", "cattle rustlers"]),
    ("Fierce fighting raged between Houthi rebels and government forces around Marib overnight.",
     "fighting", ["Houthi rebels", "government forces"]),
    ("Renewed fighting flared between Kachin Independence Army fighters and junta troops near Bhamo overnight.",
     "fighting", ["Kachin Independence Army fighters", "junta troops"]),
]

STRAY_AGENTS = [
    ("Eight Nigerian soldiers died in an attack on their base by ISWAP fighters in Borno state.",
     "attack", "ISWAP fighters"),
    ("Eleven pilgrims died in an assault on their bus by gunmen in Rajouri district.", "assault", "gunmen"),
    ("Four miners died in a raid on their camp by Wagner mercenaries near Intahaka on Sunday.",
     "raid", "Wagner mercenaries"),
]

ARMED_BANDS = [
    ("Demonstrators in Lagos were attacked by armed thugs on Tuesday, leaving two dead.", "attacked",
     "armed thugs"),
    ("Armed hoodlums set fire to a police station in Oyo on Wednesday.", "set fire", "Armed hoodlums"),
    ("Polling staff were attacked by armed youths in Kasai province on Sunday.", "attacked", "armed youths"),
]


@pytest.mark.parametrize(("text", "word", "sides"), VERB_HELD_SIDES)
def test_sides_hung_on_the_verb_are_the_fights(extract: Extract, text: str, word: str, sides: list[str]) -> None:
    clash = incident_telling(extract(text), word, text)
    assert names_in(clash, Role.PARTICIPANT) == sides
    assert names_in(clash, Role.INITIATOR) == []  # not "Fierce", not "Heavy"


@pytest.mark.parametrize(("text", "word", "doer"), STRAY_AGENTS)
def test_agent_of_a_verb_of_dying_did_the_attack(extract: Extract, text: str, word: str, doer: str) -> None:
    attack = incident_telling(extract(text), word, text)
    assert doer in names_in(attack, Role.INITIATOR)


@pytest.mark.parametrize(("text", "word", "doer"), ARMED_BANDS)
def test_an_armed_band_is_a_doer(extract: Extract, text: str, word: str, doer: str) -> None:
    attack = incident_telling(extract(text), word, text)
    assert names_in(attack, Role.INITIATOR) == [doer]


def test_sides_of_another_noun_are_not_the_fights(extract: Extract) -> None:
    """Near miss: "between" inside another noun's phrase ("a meeting between the president and his
    deputy") names that meeting's parties, not the clash's sides."""
    text = "Clashes erupted in Juba after a meeting between the president and his deputy collapsed on Monday."
    clash = incident_telling(extract(text), "Clashes", text)
    assert names_in(clash, Role.PARTICIPANT) == []


def test_a_reports_author_is_no_doer(extract: Extract) -> None:
    """Near miss: a "by" phrase of another clause ("the report by Amnesty International") names a source,
    not who attacked."""
    text = "Seven villagers died in an attack in Djibo, the report by Amnesty International said."
    attack = incident_telling(extract(text), "attack", text)
    assert names_in(attack, Role.INITIATOR) == []
