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


@pytest.mark.parametrize(("text", "event", "killed"), [
    # a toll told with no event word, in the sentence right after the event
    ("A drone hit the bus station in Dara on Wednesday. Doctors at the town hospital said they had received "
     "26 bodies.", "air_drone_strike", 26),
    ("Gunmen attacked a church in Owo on Sunday. The death toll rose to 41 on Monday, officials said.",
     "attack_on_civilians", 41),
    ("Rebels shelled the market in Kamo on Monday. The bodies of four traders were recovered from the ruins.",
     "shelling_missile_attack", 4),
])
def test_a_toll_in_the_next_sentence_goes_to_the_event(extract: Extract, text: str, event: str, killed: int) -> None:
    assert [(c.what, c.value) for c in only(extract(text), event).counts] == [("killed", killed)]


@pytest.mark.parametrize(("text", "event"), [
    # two sentences on, or a war's tally, is no toll of the event
    ("A drone hit the bus station in Dara on Wednesday. The station reopened on Friday. Officials said 12 bodies "
     "had been recovered by then.", "air_drone_strike"),
    ("Rebels shelled the market in Kamo on Monday. More than 2,000 people have been killed in the war since 2022.",
     "shelling_missile_attack"),
])
def test_a_toll_further_on_or_of_the_war_is_not_the_events(extract: Extract, text: str, event: str) -> None:
    assert only(extract(text), event).counts == []
