"""A day's edge reaches one day toward it: "early on Wednesday" may be Tuesday night's, "late on Monday"
Tuesday's, so those retellings may be one incident; but an edge day and a day on its other side are two
incidents ("a tanker hit on Thursday", "strikes early on Wednesday"). Fiction written for these tests
(round 24), published on Friday 20 November 2026."""

from __future__ import annotations

import pytest
from extract_helpers import run_dated

from sitreps.models import EventMention

PUBLISHED = "2026-11-20"


def _mapped(text: str) -> list[EventMention]:
    return [m for m in run_dated({"t": text}, PUBLISHED)["t"] if m.acled is not None]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("A missile hit a tanker off Hodeidah on Thursday, the agency said. Early on Wednesday, US aircraft "
         "struck radar sites near Hodeidah, killing two.", {"2026-11-19", "2026-11-18"}),
        ("Russian drones hit a school in Kharkiv on Thursday, the governor said. Early on Wednesday, a missile "
         "struck a depot in Kharkiv, killing two.", {"2026-11-19", "2026-11-18"}),
        ("Gunmen attacked a village in Zamfara on Tuesday, police said. Late on Wednesday, gunmen attacked a "
         "farm in Zamfara, killing three.", {"2026-11-17", "2026-11-18"}),
    ],
)
def test_an_edge_day_and_a_day_beyond_its_other_side_are_two_incidents(text: str, days: set[str]) -> None:
    mapped = _mapped(text)
    assert {m.time.start[:10] for m in mapped if m.time and m.time.start} == days, \
        [(m.trigger.text, m.time and m.time.start) for m in mapped]
    assert len(mapped) == 2


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the edge reaches the other day, so the retelling stays one incident
        "An air strike hit a house in Khan Younis late on Monday, killing four, medics said. The strike on the "
        "house in Khan Younis on Tuesday killed four people.",
        "Drones hit a port in Odesa on Wednesday, killing one, the governor said. The drones struck the port in "
        "Odesa early on Thursday, killing one.",
    ],
)
def test_an_edge_that_reaches_the_other_day_keeps_one_incident(text: str) -> None:
    mapped = _mapped(text)
    assert len(mapped) == 1, [(m.trigger.text, m.time and m.time.start) for m in mapped]
