"""A toll beside a comparison with the past ("the deadliest attack since March") is the incident's toll,
not a tally over the period; a toll over a period ("have been killed since March") stays none. Sentences
written for these tests (fiction in the style of news)."""

from __future__ import annotations

import pytest
from extract_helpers import run


def _killed(text: str) -> list[int | None]:
    (document,) = run([text])
    return [c.value for m in document.events for c in m.counts if c.what == "killed"]


@pytest.mark.parametrize(("text", "toll"), [
    ("Militants ambushed a police convoy in Tillaberi on Wednesday, killing five officers, in the deadliest "
     "attack since March.", 5),
    ("A suicide bomber killed 14 people at a market in Maiduguri on Tuesday, the worst bombing in the city "
     "since January.", 14),
    ("Israeli strikes killed 22 people in Rafah overnight, the highest toll in a single night since May, "
     "medics said.", 22),
])
def test_a_toll_compared_with_the_past_is_the_incidents(text: str, toll: int) -> None:
    assert _killed(text) == [toll]


@pytest.mark.parametrize("text", [
    "Gunmen attacked a church in Owo on Sunday. At least 300 civilians have been killed in the state since "
    "March, the UN said.",
    "Rebels shelled the town of Sake on Monday. More than 40 people were killed since March in fighting "
    "around the town.",
])
def test_a_toll_over_a_period_is_no_incidents(text: str) -> None:
    assert _killed(text) == []
