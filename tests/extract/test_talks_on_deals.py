"""A deal that talks are held on is negotiated, not made: "indirect talks on a ceasefire", "negotiations over a
truce" are no agreement; a deal signed or agreed stays one. Fiction written for these tests (round 24)."""

from __future__ import annotations

import pytest
from extract_helpers import run


def _types(text: str) -> list[str]:
    return [m.type for m in run([text])[0].events if m.acled is not None]


@pytest.mark.parametrize(
    "text",
    [
        "Negotiators met in Doha on Wednesday for indirect talks on a ceasefire in Gaza.",
        "Envoys resumed negotiations over a truce in Sudan on Monday, mediators said.",
        "Talks on a ceasefire collapsed on Friday as fighting resumed near Khartoum.",
    ],
)
def test_a_deal_under_talks_is_not_made(text: str) -> None:
    assert "ceasefire" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the deal is made
        "The two sides signed an agreement on a ceasefire in Doha on Wednesday.",
        "The army and the rebels agreed a ceasefire in Kidal on Tuesday after talks in Algiers.",
    ],
)
def test_a_deal_made_stays(text: str) -> None:
    assert "ceasefire" in _types(text)


def test_fighting_told_with_failed_talks_stays() -> None:
    assert "armed_clash" in _types("Talks on a ceasefire collapsed on Friday as fighting resumed near Khartoum.")
