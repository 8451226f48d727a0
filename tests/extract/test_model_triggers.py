"""Which word anchors a type the learned model proposes: an event word, never a copula, speech verb or name.

The model's weight for each word is replaced here by a table that favours the junk word, so
each test pins that the anchor rule, not the model's luck, keeps it out.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from sitreps.annotate.nlp import load_nlp
from sitreps.extract.model_triggers import anchor
from sitreps.pipeline import extraction_setup

# The junk word weighs most; every other word weighs a little, so only the rule can skip it.
JUNK_WEIGHT = 5.0
OTHER_WEIGHT = 0.5


def _anchor(text: str, type_id: str, junk: str) -> str | None:
    finder = extraction_setup("rules").finder
    sentence = next(iter(load_nlp()(text).sents))
    token = anchor(sentence, finder.type_by_id(type_id),
                   lambda t: JUNK_WEIGHT if t.lower_ == junk else OTHER_WEIGHT, finder.knows)
    return None if token is None else token.text


@pytest.mark.parametrize(("text", "type_id", "junk", "expected"), [
    ("Two farmers were wounded near the river crossing on Sunday.", "attack_on_civilians", "were", "wounded"),
    ("Earlier, the mayor had said that three guards died in the raid.", "armed_clash", "had", "died"),
    ("Four people died in the blast, including a young boy.", "remote_explosive", "including", "died"),
    ("The unrest erupted following the death of a student.", "violent_demonstration", "following", "erupted"),
    ("The ambush happened on the road to the northern garrison.", "armed_clash", "happened", "ambush"),
    ("The governor revealed that gunmen torched the grain store.", "looting_property_destruction",
     "revealed", "torched"),
    # a lexicon lists "protester" for protests, but the protesters took part: the act is "attacked"
    ("Officers attacked protesters with batons outside the court.", "violent_demonstration", "protesters",
     "attacked"),
])
def test_a_word_that_tells_no_act_never_anchors_a_type(text: str, type_id: str, junk: str, expected: str) -> None:
    assert _anchor(text, type_id, junk) == expected


@pytest.mark.parametrize(("text", "type_id", "junk"), [
    ("Police and soldiers at the gate of the campus.", "excessive_force_against_protesters", "police"),
    ("Shotguns and tear gas against students at the campus gate.", "excessive_force_against_protesters",
     "shotguns"),
    ("From Hobby Drones to Mainstay Military Forces", "withdrawal", "forces"),
])
def test_people_weapons_and_names_never_anchor_a_type(text: str, type_id: str, junk: str) -> None:
    assert _anchor(text, type_id, junk) is None


def test_a_name_in_prose_never_anchors_but_an_event_noun_does() -> None:
    assert _anchor("A fresh round of talks in Velmora on Friday.", "negotiation", "velmora") == "talks"


def test_a_headline_word_a_lexicon_knows_anchors_though_tagged_a_name() -> None:
    assert _anchor("Police Detain Dozens After Protest Ban", "arrest", "police") == "Detain"


@pytest.mark.parametrize(("text", "type_id", "junk", "expected"), [
    # a speech verb with an object does something: declaring a curfew is the event
    ("The governor declared a state of siege in the province on Monday.", "other_strategic_development",
     "declared", "declared"),
    # one that speaks to people only tells of the event
    ("The commander told reporters that troops shelled the village.", "shelling_missile_attack", "told",
     "shelled"),
])
def test_a_speech_verb_anchors_only_when_it_acts_on_a_thing(text: str, type_id: str, junk: str,
                                                            expected: str) -> None:
    assert _anchor(text, type_id, junk) == expected


def test_people_a_lexicon_lists_anchor_only_when_no_rule_trigger_governs_them() -> None:
    finder = extraction_setup("rules").finder
    abduction = finder.type_by_id("abduction")
    doc = load_nlp()("Armed men stopped a lorry near the ford and took 12 drivers hostage.")
    sentence = next(iter(doc.sents))
    hostage = next(t for t in sentence if t.lower_ == "hostage")
    took = hostage.head
    def weigh(t: Token) -> float:
        return JUNK_WEIGHT if t.lower_ == "hostage" else -OTHER_WEIGHT
    assert anchor(sentence, abduction, weigh, finder.knows) == hostage
    assert anchor(sentence, abduction, weigh, finder.knows, frozenset({took.i})) is None


def test_a_speech_verb_anchors_a_type_of_speech() -> None:
    assert _anchor("The ministry denounced the shelling of the clinic.", "accusation", "denounced") == "denounced"


def test_a_sentence_of_only_junk_words_gives_no_anchor() -> None:
    assert _anchor("It was what it was.", "armed_clash", "was") is None
