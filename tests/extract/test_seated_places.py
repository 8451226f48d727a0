"""A body's seat ("a war monitor based in Britain") is never the place of the act it reports; a place the
act is told at in the same sentence is kept, and so is a place told with the act even when a source's seat
sits beside it. Fiction written for these tests (round 24)."""

from __future__ import annotations

import pytest
from extract_helpers import run

from sitreps.models import EventMention


def _mapped(text: str) -> list[EventMention]:
    return [m for m in run([text])[0].events if m.acled is not None]


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("A war monitor based in Britain said the strikes hit a weapons depot used by Iran-backed groups.",
         "United Kingdom"),
        ("A rights group based in Geneva said soldiers shot dead three protesters on Sunday.", "Switzerland"),
        ("An opposition monitoring group based in London said government aircraft bombed a market.",
         "United Kingdom"),
        ("The militia, headquartered in Baghdad, said its fighters fired rockets at an army post.", "Iraq"),
        ("A media office based in Turkey said an air strike killed four people.", "Turkey"),
    ],
)
def test_a_bodys_seat_does_not_place_the_act(text: str, seat: str) -> None:
    mapped = _mapped(text)
    assert mapped, text
    assert all(m.place is None or m.place.name not in (seat, "London", "Geneva", "Baghdad") for m in mapped), \
        [(m.type, m.place and m.place.name) for m in mapped]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the act's own place beside a seat is kept
        ("A war monitor based in Britain said an air strike killed five people in Idlib on Monday.", "Idlib"),
        # near miss: "based" of an act's own site, a locative of the act, is no seat of a source
        ("Rebels attacked an army base in Kidal on Tuesday, killing four soldiers.", "Kidal"),
    ],
)
def test_the_acts_own_place_is_kept(text: str, name: str) -> None:
    mapped = _mapped(text)
    assert any(m.place is not None and m.place.name == name for m in mapped), \
        [(m.type, m.place and m.place.name) for m in mapped]
