"""A vague tally in the perfect ("hundreds have been killed in air strikes") is no incident (round 23b)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

TALLIES = [
    "Clashes between the army and the rebels have escalated in the west since last year, and hundreds of "
    "villagers have been killed in air strikes, according to a relief agency.",
    "Thousands of people have been killed in clashes between the two factions, aid groups say.",
    "Tens of thousands of civilians have been killed in Israeli strikes, the health ministry said.",
    "Hundreds of herders have died in bandit raids across the north-west, a rights group said.",
    "In the Sahel, thousands of soldiers have been wounded by jihadist attacks, according to monitors.",
]


@pytest.mark.parametrize("text", TALLIES)
def test_a_vague_tally_gives_no_incident(extract: Extract, text: str) -> None:
    assert [m.type for m in extract(text) if m.acled is not None and m.type != "statement"] == [], text


@pytest.mark.parametrize(("text", "killed"), [
    # a counted toll, one act, the simple past, a fight of days: each stays one incident
    ("At least 40 civilians have been killed in air strikes on Kavora, officials said.", 40),
    ("Hundreds of civilians have been killed in an air strike on the market in Dessie, officials said.", 200),
    ("Hundreds of civilians were killed in air strikes on Saraqib on Monday, rescuers said.", 200),
    ("Hundreds of people have been killed in the fighting in Omdurman since Saturday, medics said.", 200),
    ("Hundreds of villagers have been killed in raids on Tungan Gini this week, residents said.", 200),
])
def test_near_misses_stay_incidents(extract: Extract, text: str, killed: int) -> None:
    events = [m for m in extract(text) if m.type not in ("statement",)]
    assert events, text
    assert any(c.what == "killed" and (c.low == killed or c.value == killed) for m in events for c in m.counts), \
        [(m.type, m.counts) for m in events]


@pytest.mark.parametrize("text", [
    "Fighting between the army and the militia has intensified in the highlands since last year, monitors say.",
    "Clashes between rival clans have escalated along the border in recent months, elders said.",
    "The fighting in the delta has worsened since the rebels rejected the talks.",
    "Battles between the two factions are escalating across the region, the envoy warned.",
    "Skirmishes between herders and farmers have grown in the central states, a report found.",
])
def test_a_war_course_gives_no_fight(extract: Extract, text: str) -> None:
    assert "armed_clash" not in [m.type for m in extract(text)], text


@pytest.mark.parametrize("text", [
    "Fighting intensified around the airport in Goma on Tuesday, residents said.",
    "Clashes escalated in Tripoli on Sunday as rival brigades traded fire near the port.",
    "Fighting has erupted between the army and the militia in Kidal, officials said.",
    "Heavy fighting intensified near the bridge in Kherson on Friday morning.",
    "Clashes broke out between police and gunmen in the market of Jos on Monday.",
])
def test_a_day_of_fighting_stays_a_fight(extract: Extract, text: str) -> None:
    assert "armed_clash" in [m.type for m in extract(text)], text
