"""Gunfire told from the side that suffered it ("came under fire from Y") and fire traded both ways.

Fiction in the style of news, from several conflicts and outlets' styles: the unit that came under fire
is the target and the "from" phrase the initiator; "traded fire" is a clash of both sides. Near misses:
a reproach ("the minister came under fire over the budget") and other "under" or "fire" words.
"""

from __future__ import annotations

import pytest

from sitreps.evaluate.single_text import incidents_of_texts
from sitreps.models import EventMention

UNDER_FIRE = [
    ("A Kenyan army patrol came under heavy fire from al-Shabaab militants near the town of Lamu on Monday.",
     "patrol", "militants"),
    ("Two police officers came under fire from gunmen in Zamfara State on Friday, a spokesman said.",
     "police officers", "gunmen"),
    ("Ukrainian positions near the village of Dovhe came under constant fire from Russian troops overnight.",
     "Ukrainian positions", "Russian troops"),
]

TRADED = [
    "Rebels and soldiers traded fire for several hours in the town of Rutshuru on Tuesday.",
    "Indian and Pakistani troops traded gunfire across the Line of Control late on Sunday, officials said.",
    "A UN convoy came under fire in North Darfur on Sunday, the mission said in a statement.",
]

NEAR_MISSES = [
    "The minister came under fire from opposition lawmakers over the budget on Monday.",
    "President Tembo came under fire for the tax increase announced in the capital.",
    "The government's plan came under fire over its cost on Wednesday.",
    "The agency has been under fire since the report on refugee camps was published.",
    "The minister came under heavy criticism from opposition lawmakers on Monday.",
    "A fire broke out in a crowded market in Kano on Wednesday, destroying dozens of stalls.",
    "The electoral commission pushed back the deadline for registration to June.",
    "The senator's failed bid for office ended in Lagos on Tuesday.",
    pytest.param("The striker came under fire from fans after the defeat in the derby on Saturday.",
                 marks=pytest.mark.xfail(strict=True, reason="a person noun the WordNet person list lacks "
                                         "('striker') with no reason clause still reads as gunfire")),
]


def _roles(incident: EventMention, role: str) -> list[str]:
    return [a.name for a in incident.actors if a.role == role]


def _violent(incidents: list[EventMention]) -> list[EventMention]:
    return [i for i in incidents if i.acled.event_type in ("Battles", "Explosions/Remote violence",
                                                           "Violence against civilians")]


@pytest.fixture(scope="module")
def under_fire() -> list[list[EventMention]]:
    return incidents_of_texts([text for text, _, _ in UNDER_FIRE])


@pytest.mark.parametrize("index", range(len(UNDER_FIRE)))
def test_the_side_under_fire_is_the_target_and_the_source_the_initiator(
        under_fire: list[list[EventMention]], index: int) -> None:
    text, target, initiator = UNDER_FIRE[index]
    found = _violent(under_fire[index])
    assert found, text
    incident = found[0]
    assert any(target in name for name in _roles(incident, "target")), (text, incident.actors)
    assert any(initiator in name for name in _roles(incident, "initiator")), (text, incident.actors)


@pytest.mark.parametrize("text", TRADED)
def test_traded_and_suffered_fire_is_a_clash(text: str) -> None:
    assert [i.type for i in incidents_of_texts([text])[0]] == ["armed_clash"], text


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_reproach_and_other_fire_words_are_no_fight(text: str) -> None:
    assert _violent(incidents_of_texts([text])[0]) == [], text
