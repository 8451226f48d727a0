"""Casualty words that tell another violent event's toll are not events of their own."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only


@pytest.mark.parametrize(
    ("text", "event", "counts"),
    [
        ("Paramilitary fighters shelled a market in El Fasher, killing at least 12 civilians.",
         "shelling_missile_attack", [("killed", 12, 12, None)]),
        ("An Israeli air strike on a house in Beit Lahia killed 17 people.", "air_drone_strike",
         [("killed", 17, 17, 17)]),
        ("A car bomb exploded outside a hotel in Mogadishu, killing eight people and wounding 20.",
         "remote_explosive", [("killed", 8, 8, 8), ("injured", 20, 20, 20)]),
        ("On 12 March 2024, a drone strike hit a convoy near Jilib. Three militants were reportedly killed.",
         "air_drone_strike", [("killed", 3, 3, 3)]),
        ("Fighting between the army and Fano militiamen near Gondar killed at least 20 people.", "armed_clash",
         [("killed", 20, 20, None)]),
    ],
)
def test_toll_goes_to_the_event(extract: Extract, text: str, event: str,
                                counts: list[tuple[str, int | None, int | None, int | None]]) -> None:
    events = extract(text)
    mention = only(events, event)
    assert sorted((c.what, c.value, c.low, c.high) for c in mention.counts) == sorted(counts)
    assert "attack_on_civilians" not in [m.type for m in events]


def test_a_killing_with_its_own_doer_stands(extract: Extract) -> None:
    events = extract("Jihadist fighters killed 14 villagers near Djibo on Saturday.")
    mention = only(events, "attack_on_civilians")
    assert [(c.what, c.value) for c in mention.counts] == [("killed", 14)]


def test_an_agentless_toll_with_nothing_before_it_stands(extract: Extract) -> None:
    events = extract("Eleven civilians were killed in Tillaberi on Monday, officials said.")
    assert "attack_on_civilians" in [m.type for m in events]
