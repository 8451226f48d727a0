"""An agreement's first party is the initiator of its row and its second the target, as ACLED codes
actors 1 and 2 of a deal or truce; the mention itself keeps every party a participant (the project's
gold codes them so). Clashes told by their sides are sided the same way: tests/extract/test_clash_sides.py.

Sentences written for these tests (fiction in the style of news).
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.link.contributions import contributions_of
from sitreps.models import EventMention, Role

AGREEMENTS = [
    ("The government announced a nationwide ceasefire with the Varn Liberation Front on Sunday.", "government"),
    ("A truce between the army and the Ostra Front took effect at midnight, mediators said.", "army"),
    ("Rebel commanders and village elders signed a peace agreement in the town of Mesk on Friday.",
     "Rebel commanders"),
]


def _deals(events: list[EventMention]) -> list[EventMention]:
    deals = [m for m in events if m.acled is not None and m.acled.sub_event_type == "Agreement"]
    assert deals, [(m.type, m.trigger.text) for m in events]
    return deals


def _labels(mention: EventMention, field: str) -> list[str]:
    return [c.label for c in contributions_of(mention) if c.field == field]


@pytest.mark.parametrize(("text", "first"), AGREEMENTS)
def test_an_agreements_first_party_initiates_its_row(extract: Extract, text: str, first: str) -> None:
    deal = _deals(extract(text))[0]
    assert not any(a.role is Role.INITIATOR for a in deal.actors), deal.actors  # the mention keeps parties
    initiators = _labels(deal, "actor:initiator")
    assert len(initiators) == 1 and first in initiators[0], (initiators, deal.actors)


def test_the_second_party_is_the_rows_target(extract: Extract) -> None:
    """ACLED's actor 2 of an agreement is its second party."""
    deal = _deals(extract(AGREEMENTS[0][0]))[0]
    assert any("Varn Liberation Front" in label for label in _labels(deal, "actor:target")), deal.actors
