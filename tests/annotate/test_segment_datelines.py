"""A dateline and the first words of the body after it stay whole: the parser must not cut the figure that
opens the body off its victims ("SRINAGAR, Oct 5: 3 militants were killed").

Every dateline and sentence here is fiction written for these tests, in the style of wire and local copy.
"""

from __future__ import annotations

import pytest

from sitreps.annotate.nlp import load_nlp


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in load_nlp()(text).sents]


@pytest.mark.parametrize(("text", "body"), [
    ("Attack in Kupwara\n\nSRINAGAR, Oct 5: 3 militants were killed in a gunfight with security forces in "
     "Kupwara district on Friday.", "3 militants were killed in a gunfight"),
    ("Strike on Gaza\n\nGAZA, 12 (Reuters) - An Israeli strike killed 9 people in Gaza City on Sunday, medics said.",
     "An Israeli strike killed 9 people"),
    ("Blast in Quetta\n\nQUETTA, March 9: 4 policemen were killed when a bomb exploded near their van on Saturday.",
     "4 policemen were killed"),
    ("Raid in Borno\n\nMAIDUGURI, Nigeria, 14 June — 30 villagers were killed by gunmen in Borno on Sunday.",
     "30 villagers were killed"),
    ("Clash near Kidal\n\nKIDAL: 11 fighters died in clashes with the army near Kidal on Monday, an official said.",
     "11 fighters died in clashes"),
])
def test_the_dateline_and_the_body_s_first_sentence_are_whole(text: str, body: str) -> None:
    sentences = _sentences(text)
    assert len(sentences) == 3, sentences
    assert sentences[2].startswith(body)


def test_the_body_s_second_sentence_still_starts() -> None:
    sentences = _sentences("Shelling in Kherson\n\nKHERSON, May 2 (Reuters) - Two people died. Shelling hit the port "
                           "on Thursday, the governor said.")
    assert sentences[-2:] == ["Two people died.", "Shelling hit the port on Thursday, the governor said."]
