"""The grammatical place ``--kinds`` gives a swapped actor's words (round 30): sentences written for the test."""

from __future__ import annotations

import pytest

from sitreps.evaluate.realnews_swap_kinds import place_in


@pytest.mark.parametrize(("text", "words", "place"), [
    ("Troops repelled the militants near Mesk. Nobody was hurt.", "the militants", "object of a verb"),
    ("Gunmen killed four villagers in Kwall on Monday.", "Gunmen", "subject of an active verb"),
    ("Four villagers were killed in Kwall on Monday.", "Four villagers", "subject of a passive verb"),
    ("A strike by Ostra Front fighters hit the depot.", "Ostra Front fighters", "object of a preposition"),
    ("An Ostra Front ambush killed two soldiers.", "Ostra", "modifier of a noun"),
])
def test_the_place_of_an_actors_words(text: str, words: str, place: str) -> None:
    start = text.index(words)
    assert place_in(text, start, start + len(words)) == place


def test_the_sentence_is_parsed_alone() -> None:
    """Only the sentence holding the words is read: a second sentence of the text does not move the place."""
    text = "The army said nothing. Gunmen killed four villagers in Kwall on Monday."
    start = text.index("Gunmen")
    assert place_in(text, start, start + len("Gunmen")) == "subject of an active verb"
