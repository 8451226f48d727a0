"""A fight noun whose own "of" object is speech or the mind is a contest of words, not an armed clash: "a
battle of statements", "a clash of ideas"; a battle of attrition, of positions or of a town is fighting.
Fiction written for these tests (round 24)."""

from __future__ import annotations

import pytest
from extract_helpers import run


def _types(text: str) -> list[str]:
    return [m.type for m in run([text])[0].events if m.acled is not None]


@pytest.mark.parametrize(
    "text",
    [
        'The talks follow weeks of what one diplomat called "a battle of statements" between the two sides.',
        "The dispute turned into a battle of wills between the ministers.",
        "The election became a clash of ideas between the two parties.",
        "Both camps waged a fight of narratives on social media over the weekend.",
    ],
)
def test_a_contest_of_words_is_no_clash(text: str) -> None:
    assert "armed_clash" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the "of" object is no word of speech or mind
        "Both armies are locked in a battle of attrition near Bakhmut, where clashes killed 12 soldiers on Monday.",
        "Rebels and the army fought a battle of positions near Kidal on Sunday, killing six.",
        "Fighters fought a fierce battle with troops near Idlib on Monday, killing four.",
    ],
)
def test_a_battle_of_arms_stays_a_clash(text: str) -> None:
    assert "armed_clash" in _types(text)
