"""A body sentence drops no auxiliary: "thousands of people protested in Nairobi" is what the people did.

The tagger often takes such a past tense for a participle; only a headline ("Hundreds of soldiers
captured in retreat") drops the passive's auxiliary. Every text here is fiction written for these
tests, in the style of wire copy from several countries.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention, Role


def _named(events: list[EventMention], role: Role) -> list[str]:
    return [a.evidence[0].text for m in events for a in m.actors if a.role is role]


@pytest.mark.parametrize(("text", "crowd"), [
    ("Thousands of people protested in Nairobi on Tuesday against new taxes.", "people"),
    ("Hundreds of nurses protested outside the health ministry in Accra on Thursday.", "nurses"),
    ("Several thousand farmers protested in the centre of Dhaka on Monday over fuel prices.", "farmers"),
])
def test_the_crowd_of_a_body_sentence_protests(extract: Extract, text: str, crowd: str) -> None:
    events = extract(text)
    assert any(crowd in t for t in _named(events, Role.INITIATOR))
    assert not any(crowd in t for t in _named(events, Role.TARGET))


@pytest.mark.parametrize(("text", "victims"), [
    ("Hundreds of soldiers captured in retreat\n\nThe army lost a brigade near the river, officials said.",
     "soldiers"),
    ("Twelve villagers abducted near Gao\n\nThe kidnapping happened on Monday, residents said.", "villagers"),
])
def test_a_headline_participle_keeps_its_victims(extract: Extract, text: str, victims: str) -> None:
    assert not any(victims in t for t in _named(extract(text), Role.INITIATOR))
