"""Words that only raise, report or describe another word's act tell no incident of their own (round 17).

"Up to 600 soldiers appear to have been captured" tells a capture, not an "appearing"; "the army announced a
tactical withdrawal" tells the withdrawal the rules read, not an announcement typed as a capture; "smoke and
bodies dispersed across the courtyard" tells things scattered by a strike, not a crowd broken up. Each made an
excess row of another type beside the incident its sentence tells. Every text here is fiction written for
these tests; near misses (a crowd dispersed, a speech verb acting on a thing) keep their events.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.annotate.nlp import load_nlp
from sitreps.evaluate.single_text import incident_holding
from sitreps.extract.model_triggers import anchor
from sitreps.extract.veto_words import near_words
from sitreps.pipeline import extraction_setup

# The word under test weighs most for the model; every other word a little, so only the rule can skip it.
FAVOURED_WEIGHT = 5.0
OTHER_WEIGHT = 0.5
BROKEN_UP = "protest_with_intervention"


def _anchor(text: str, type_id: str, favoured: str, taken_word: str | None = None) -> str | None:
    finder = extraction_setup("rules").finder
    sentence = next(iter(load_nlp()(text).sents))
    taken = frozenset(t.i for t in sentence if t.lower_ == taken_word)
    token = anchor(sentence, finder.type_by_id(type_id),
                   lambda t: FAVOURED_WEIGHT if t.lower_ == favoured else OTHER_WEIGHT, finder.knows, taken)
    return None if token is None else token.text


def test_a_raising_verb_never_anchors_the_act_of_its_clause() -> None:
    text = "Dozens of herders appear to have been killed near the wells of Tin Hama on Sunday."
    assert _anchor(text, "air_drone_strike", "appear") == "killed"


def test_a_speech_verb_whose_object_the_rules_read_tells_that_event() -> None:
    text = "Sudan's army announced a tactical withdrawal of its forces from Wad Madani on Tuesday."
    assert _anchor(text, "surrender_capture", "announced", taken_word="withdrawal") != "announced"


def test_a_speech_verb_acting_on_a_thing_the_rules_do_not_read_still_anchors() -> None:
    text = "The junta announced a blockade of the port city on Monday."
    assert _anchor(text, "other_strategic_development", "announced") == "announced"


@pytest.mark.parametrize(("sentence", "verb", "thing"), [
    ("Videos showed bodies dispersed across the rubble of the clinic.", "dispersed", "bodies"),
    ("Video showed a collapsed roof, smoke and bodies dispersed across the courtyard.", "dispersed", "bodies"),
    ("He said pieces of metal, wares and bodies dispersed into the adjoining streets.", "dispersed", "bodies"),
])
def test_the_coordinated_and_counted_words_of_an_argument_are_read(sentence: str, verb: str, thing: str) -> None:
    doc = load_nlp()(sentence)
    trigger = next(t for t in doc if t.text == verb)
    assert thing in {t.text for t in near_words(trigger)}


@pytest.mark.parametrize(("text", "word"), [
    # AP style: the photo line of a strike story
    ("An Israeli airstrike hit a clinic sheltering displaced families in Khan Younis early Thursday, killing at "
     "least 14 people, the Health Ministry said.\n\nVideo verified by The Associated Press showed a collapsed roof, "
     "smoke and bodies dispersed across the courtyard, as rescuers dug through the rubble.", "dispersed"),
    # local press: an eyewitness's long sentence in a bombing story
    ("Two suicide bombers detonated explosives at the crowded Monday Market in Maiduguri on Saturday, killing 19 "
     "persons, security sources said.\n\nAn eyewitness, Malam Bukar Kolo, said the explosion was so loud that "
     "pieces of metal, wares and bodies dispersed into the adjoining streets.", "dispersed"),
])
def test_things_scattered_by_a_strike_are_no_protest_broken_up(extract: Extract, text: str, word: str) -> None:
    events = extract(text)
    held = incident_holding(word, text, events)
    assert held is None or events[held].type != BROKEN_UP


@pytest.mark.parametrize("text", [
    "Israeli police dispersed mourners and students with stun grenades in Nablus on Thursday, WAFA reported.",
    "Riot police dispersed hundreds of teachers and nurses who had gathered outside parliament in Nairobi on "
    "Tuesday, firing tear gas.",
])
def test_a_crowd_dispersed_stays_a_protest_broken_up(extract: Extract, text: str) -> None:
    events = extract(text)
    held = incident_holding("dispersed", text, events)
    assert held is not None and events[held].type == BROKEN_UP
