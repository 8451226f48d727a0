"""Where something was said is not where the event happened: "the governor said on Telegram", "the
minister told reporters in Geneva"; a place written before the verb of reporting sets the scene of what
is reported ("In Grenoble, it was reported that youths attacked a bank"). Fiction written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only


@pytest.mark.parametrize(
    ("text", "type_id", "said_at"),
    [
        ("Drones struck a fuel depot overnight, the regional governor said on Telegram.", "air_drone_strike",
         "Telegram"),
        ("Government forces shelled rebel positions on Monday, the foreign minister told reporters in Geneva.",
         "shelling_missile_attack", "Geneva"),
        ("Militants attacked a police post on Sunday, killing two officers, the provincial police chief wrote on "
         "Facebook.", "armed_clash", "Facebook"),
    ],
)
def test_the_place_of_the_saying_is_not_the_events(extract: Extract, text: str, type_id: str, said_at: str) -> None:
    place = only(extract(text), type_id).place
    assert place is None or place.name != said_at


@pytest.mark.parametrize(
    ("text", "type_id", "name"),
    [
        ("In Grenoble, it was reported that youths armed with bars attacked a bank and set cars on fire.",
         "violent_demonstration", "Grenoble"),
        ("Police fired tear gas at protesters in Lyon on Saturday, the interior ministry said.",
         "protest_with_intervention", "Lyon"),
    ],
)
def test_a_scene_before_the_report_or_in_the_reported_clause_stays(extract: Extract, text: str, type_id: str,
                                                                    name: str) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and place.name == name
