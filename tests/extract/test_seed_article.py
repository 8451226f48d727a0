"""The example seed article: a defection of 12 Russian servicemen to Ukraine, filed from Kiev."""

from __future__ import annotations

import pytest
from extract_helpers import run

from sitreps.models import Document, EventMention, Role

DATELINE = "Kiev, Ukraine"


@pytest.fixture(scope="module")
def seed(seed_text: str) -> Document:
    return run([seed_text])[0]


@pytest.fixture(scope="module")
def defection(seed: Document) -> EventMention:
    found = [m for m in seed.events if m.type == "defection" and m.counts]
    assert found, [(m.type, m.trigger.text) for m in seed.events]
    return found[0]


def test_defectors_are_russian_military_personnel(defection: EventMention) -> None:
    initiators = [a for a in defection.actors if a.role == Role.INITIATOR]
    assert any(a.actor_id == "ru-military-personnel" and a.country == "Russia" for a in initiators), initiators


def test_twelve_defected_with_evidence(seed: Document, defection: EventMention) -> None:
    count = next(c for c in defection.counts if c.what == "defected")
    assert (count.value, count.low, count.high) == (12, 12, 12)
    assert count.evidence and all(seed.text[s.start:s.end] == s.text for s in count.evidence)


def test_recipient_is_ukraine(defection: EventMention) -> None:
    assert [a.evidence[0].text for a in defection.actors if a.role == Role.RECIPIENT] == ["Ukraine"]


def test_no_place_from_the_dateline(seed: Document) -> None:
    dateline_at = seed.text.index(DATELINE)
    dateline = range(dateline_at, dateline_at + len(DATELINE))
    for mention in seed.events:
        if mention.place is not None:
            assert mention.place.evidence[0].start not in dateline, mention.place
