"""A headline that says who claimed an attack names its initiator, also when the parser reads the
headline's verb "claims" as a noun before the event ("Al-Shabaab claims deadly hotel attack").

Sentences written for these tests (fiction in the style of news).
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import Role

CLAIMED = [
    ("Al-Shabaab claims deadly hotel attack in Mogadishu\n\nAt least nine people were killed when a car bomb "
     "exploded outside a hotel in Mogadishu on Friday, police said.", "Shabaab"),
    ("Islamic State claims deadly mosque bombing in Kabul\n\nAt least 20 worshippers were killed when a bomb "
     "exploded inside a mosque in western Kabul on Friday, police said.", "Islamic State"),
    ("Separatists claim deadly train attack in Balochistan\n\nAt least 12 passengers were killed when a bomb "
     "exploded on a train near Quetta on Tuesday, officials said.", "Separatists"),
]


@pytest.mark.parametrize(("text", "claimant"), CLAIMED)
def test_the_claimant_of_a_headline_is_the_initiator(extract: Extract, text: str, claimant: str) -> None:
    events = extract(text)
    initiators = [a.name for m in events for a in m.actors if a.role == Role.INITIATOR]
    assert any(claimant in name for name in initiators), [(m.type, m.actors) for m in events]


def test_claims_dismissed_name_nobody(extract: Extract) -> None:
    """"Rebel claims" that officials dismiss are no claim of the attack by a subject."""
    events = extract("Officials dismiss rebel claims of deadly attack on base\n\nAt least 12 soldiers were killed "
                     "when a bomb exploded near a base outside Gao on Tuesday, officials said.")
    initiators = [a.name for m in events for a in m.actors if a.role == Role.INITIATOR]
    assert not any("Officials" in name for name in initiators), initiators
