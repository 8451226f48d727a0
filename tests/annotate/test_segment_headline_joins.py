"""Sentence boundaries: a semicolon joins two headlines in a title line, not in a body sentence.

Headlines written for this test (fiction in wire style, several theatres); near misses after.
"""

from __future__ import annotations

import pytest

from sitreps.annotate.nlp import load_nlp


def sentences(text: str) -> list[str]:
    return [s.text.strip() for s in load_nlp()(text).sents if s.text.strip()]


JOINED = [
    ("Rebels kill 20 in Ituri; pastor abducted in Beni", "pastor abducted in Beni"),
    ("Bomb kills three in Mogadishu; gunmen kidnap aid worker in Baidoa", "gunmen kidnap aid worker in Baidoa"),
    ("Gang torches homes in Kenscoff; police say 11 gang members killed",
     "police say 11 gang members killed"),
    ("Drone attack wounds five soldiers in Catatumbo; councillor kidnapped in Arauca",
     "councillor kidnapped in Arauca"),
]


@pytest.mark.parametrize(("title", "second"), JOINED)
def test_a_semicolon_in_a_title_starts_a_second_headline(title: str, second: str) -> None:
    found = sentences(f"{title}\n\nBODY - The army said on Monday that it was investigating.")
    assert second in found, found


@pytest.mark.parametrize("text", [
    "The dead included Ali Omar, 32; Hassan Noor, 41; and a boy of ten, killed when a mortar hit the market.",
    "Three soldiers were killed in Damboa; two more died in hospital on Tuesday, the army said.",
])
def test_a_semicolon_in_a_body_sentence_runs_on(text: str) -> None:
    assert sentences(text) == [text]
