"""Verbs that tell an assault only with an armed doer ("raided"; "stormed" is left out, see
data/en/triggers.yaml), and a series of attacks told
with a toll as one incident (round 15b, issues #14 recall and #13 event-ness).

Fiction in news style, written for sitreps."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.annotate.nlp import load_nlp
from sitreps.extract.armed_verbs import armed_verb


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen raided a seaside hotel in Kismayo late on Thursday, police said.", "attack_on_civilians"),
    ("Armed men raided a gendarmerie post near Dori overnight.", "armed_clash"),
    ("Suspected jihadists raided two hamlets in Tahoua region on Sunday.", "attack_on_civilians"),
    ("The clinic in Rutshuru was raided by militiamen before dawn.", "attack_on_civilians"),
    ("Insurgents raided a military camp in Borno state, the army said.", "armed_clash"),
    ("Gang members raided a school in Croix-des-Bouquets on Monday.", "attack_on_civilians"),
])
def test_an_armed_doer_makes_the_verb_an_assault(extract: Extract, text: str, expected: str) -> None:
    types = [m.type for m in extract(text)]
    assert expected in types, types


@pytest.mark.parametrize("text", [
    "Supporters raided the pitch after the derby in Tunis on Saturday.",
    "Police raided a printing shop in Lahore on Tuesday.",
    "Tax inspectors raided the offices of a bank in Abuja.",
    "The striker raided down the left wing in the second half.",
    "Hungry teenagers raided the fridge after the match in Cape Town.",
])
def test_no_armed_doer_or_no_assailable_object_no_trigger(text: str) -> None:
    verbs = [t for t in load_nlp()(text) if t.lemma_.lower() == "raid"]
    assert verbs and all(armed_verb(t) is None for t in verbs)


@pytest.mark.parametrize(("text", "expected"), [
    ("Bandits launched a series of attacks on hamlets in Katsina state, killing 17 villagers.",
     "attack_on_civilians"),
    ("Insurgents carried out a wave of attacks on army posts near Diffa, killing 11 soldiers.", "armed_clash"),
])
def test_a_series_with_a_toll_is_one_incident(extract: Extract, text: str, expected: str) -> None:
    types = [m.type for m in extract(text)]
    assert expected in types, types


@pytest.mark.parametrize("text", [
    "The militia has carried out a series of attacks on hamlets in Katsina state, killing 17 villagers.",
    "Insurgents carried out a wave of attacks on army posts over several months, killing 11 soldiers.",
    "Insurgents carried out a wave of attacks on army posts near Diffa.",
])
def test_a_series_told_as_a_trend_stays_generic(extract: Extract, text: str) -> None:
    assert not extract(text), [m.type for m in extract(text)]


@pytest.mark.parametrize(("text", "kept", "absent"), [
    ("Bandits raided a secondary school in Niger state and abducted 30 pupils.", "abduction", "attack_on_civilians"),
    ("Gunmen raided a clinic in Ituri and took two nurses hostage.", "abduction", "attack_on_civilians"),
    ("Soldiers raided a compound in Maiduguri and arrested six suspects.", "arrest", "attack_on_civilians"),
])
def test_a_raid_that_sets_up_another_act_is_that_act(extract: Extract, text: str, kept: str,
                                                          absent: str) -> None:
    types = [m.type for m in extract(text)]
    assert kept in types and absent not in types, types


def test_a_raid_to_free_hostages_is_no_assault() -> None:
    doc = load_nlp()("Army commandos raided a hideout in Kaduna to free two kidnapped doctors.")
    assert all(armed_verb(t) is None for t in doc if t.lemma_.lower() == "raid")
