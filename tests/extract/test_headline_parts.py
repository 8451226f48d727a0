"""A headline that counts one side's dead ("Three soldiers killed") and a lead that gives the toll of both
sides ("three soldiers and two militants were killed") tell one incident, whose toll is the lead's.

Every article and sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.extract.agreement import same_sides
from sitreps.models import ActorMention, EventMention, Modality, Role, Span


def _killed(mention: EventMention) -> list[int | None]:
    return [c.value for c in mention.counts if c.what == "killed"]


@pytest.mark.parametrize(("text", "type_id", "toll"), [
    ("Three soldiers killed in Kashmir gunfight\n\nThree Indian soldiers and two militants were killed in a "
     "gunfight in Kupwara district on Thursday, the army said.", "armed_clash", 5),
    ("Four soldiers die in Cauca clash\n\nFour soldiers and three dissident fighters were killed in a clash in "
     "Cauca on Friday, the Colombian army said.", "armed_clash", 7),
    ("Two rangers die in Pattani bombing\n\nTwo rangers and a villager were killed when a roadside bomb exploded "
     "in Pattani on Monday, police said.", "remote_explosive", 3),
])
def test_the_headline_s_part_and_the_lead_s_toll_are_one_incident(extract: Extract, text: str, type_id: str,
                                                                   toll: int) -> None:
    (incident,) = [m for m in extract(text) if m.type == type_id]
    assert _killed(incident) == [toll]


def test_a_larger_toll_of_other_victims_is_another_incident(extract: Extract) -> None:
    events = extract("Two policemen killed in Kano\n\nGunmen killed five traders at a market in Kano on Monday, "
                     "police said.")
    assert sorted(v for m in events for v in _killed(m)) == [2, 5]


def test_a_larger_toll_told_later_in_another_town_is_another_incident(extract: Extract) -> None:
    events = extract("Three soldiers killed in Kashmir gunfight\n\nThree Indian soldiers were killed in a gunfight "
                     "in Kupwara district on Thursday, the army said.\n\nIn a separate gunfight in Sopore on Friday, "
                     "two militants and four soldiers were killed, police said.")
    assert len([m for m in events if m.type == "armed_clash"]) == 2


def _victims(*names: str) -> EventMention:
    span = Span.of("Soldiers were killed.", 0, 8)
    return EventMention(id="d:m0", type="armed_clash", acled=None, plover=None, cameo=None, trigger=span,
                        sentence=span, actors=[ActorMention(role=Role.TARGET, name=n, evidence=[span]) for n in names],
                        counts=[], place=None, time=None, modality=Modality.REPORTED, attribution=None,
                        confidence=0.8)


@pytest.mark.parametrize(("first", "later", "same"), [
    ("Three soldiers", "Three Indian soldiers and two militants", True),   # one class among the coordinated
    ("Two rangers", "Two rangers, a policeman and a villager", True),
    ("Two policemen", "five traders", False),
    ("all 33 militants", "21 train passengers and two guards", False),
])
def test_coordinated_victims_count_each_class(first: str, later: str, same: bool) -> None:
    assert same_sides(_victims(first), _victims(later)) is same
