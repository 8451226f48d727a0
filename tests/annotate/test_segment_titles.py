"""Sentence boundaries: the full stop of an abbreviated title before a name ends no sentence.

Sentences written for this test (fiction in wire style).
"""

from __future__ import annotations

import pytest

from sitreps.annotate.nlp import load_nlp


def sentences(text: str) -> list[str]:
    return [s.text.strip() for s in load_nlp()(text).sents]


@pytest.mark.parametrize("text", [
    "The strike hit the depot, said U.S. Army Brig. Gen. Marcus Hale. Nobody was hurt.",
    "“We hold the ridge,” said Maj. Gen. Ivo Rask on Sunday. The shelling stopped at noon.",
    "The talks were led by Lt. Col. Anna Berg. They ended without a deal.",
])
def test_a_title_abbreviation_keeps_the_name_in_its_sentence(text: str) -> None:
    found = sentences(text)
    assert len(found) == 2
    assert found[1] == text.split(". ")[-1]


def test_a_sentence_still_ends_before_a_title() -> None:
    assert sentences("The army said the road was open. Dr. Hana Mirza treated the wounded.") == [
        "The army said the road was open.", "Dr. Hana Mirza treated the wounded."]
