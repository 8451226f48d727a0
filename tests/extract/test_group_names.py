"""An armed group's name written before a place noun ("struck ADF camps") is no place name; a town
written like a group's acronym but not in capitals (Mali's Bla) is still a town. Fiction written for
these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention


def the_place(events: list[EventMention]) -> tuple[str | None, float | None]:
    """The country and latitude of the single mention's place."""
    assert len(events) == 1, [(m.type, m.trigger.text) for m in events]
    place = events[0].place
    assert place is not None
    return place.country, place.lat


@pytest.mark.parametrize(
    "text",
    [
        "Army helicopters struck ADF camps on Tuesday, killing 12 rebels, the military said.",
        "Soldiers raided BLA hideouts on Monday, killing nine militants, the army said.",
        "Security forces shelled OLA bases in the hills on Sunday, killing 15 fighters, state media said.",
    ],
)
def test_a_groups_name_is_no_place(extract: Extract, text: str) -> None:
    (mention,) = extract(text)
    assert mention.place is None or mention.place.name not in ("ADF", "Bla", "BLA", "OLA", "Ola", "Olá")


def test_a_town_written_like_a_groups_acronym_stays_a_town(extract: Extract) -> None:
    text = "Jihadists attacked an army post in Bla on Sunday, killing four soldiers, Malian officials said."
    assert the_place(extract(text))[0] == "Mali"
