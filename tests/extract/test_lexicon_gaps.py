"""Violent and coercive acts named by words the lexicons lacked: assassinate, stabbing, deport.

Fiction in the style of news, written for these tests, from several conflicts and outlets; the
near-misses use the same words where they tell no such event.
"""

from __future__ import annotations

import pytest
from extract_helpers import run

TOLD = [
    ("Unknown gunmen assassinated a district governor in the northern province on Sunday.", "attack_on_civilians"),
    ("Police said the assassination of the union leader outside his home in Cali was carried out by two men "
     "on a motorbike.", "attack_on_civilians"),
    ("A stabbing outside a synagogue in the old city wounded two worshippers, police said.", "attack_on_civilians"),
    ("The interior ministry deported 300 Afghan refugees across the border on Thursday.", "displacement"),
    ("Rights groups condemned the deportation of 40 families from the disputed village by soldiers.",
     "displacement"),
]

NEAR_MISSES = [
    # a character assassination is a figure of speech, told as a compound
    ("The senator called the newspaper's story a character assassination attempt.", "attack_on_civilians"),
    # a deportation order is a document, not the act
    ("The court upheld a deportation order against the businessman on Tuesday.", "displacement"),
]


@pytest.mark.parametrize(("text", "type_id"), TOLD)
def test_new_lexicon_words_tell_their_event(text: str, type_id: str) -> None:
    events = run([text])[0].events
    assert type_id in [m.type for m in events], [(m.type, m.trigger.text) for m in events]


@pytest.mark.parametrize(("text", "type_id"), NEAR_MISSES)
def test_near_misses_tell_no_such_event(text: str, type_id: str) -> None:
    assert type_id not in [m.type for m in run([text])[0].events]
