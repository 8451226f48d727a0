"""A demonstration's second actor is a force or a group that met it, never the building or road it reached.

"Students marched on the presidential palace", "farmers marched on parliament", "traders blockaded the
port": ACLED codes a protest with the crowd as actor 1 and, when one met it, the force as actor 2; the
places a crowd went to or blocked are where it happened, not whom it struck. Every sentence here is
fiction written for these tests, in wire style.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in

from sitreps.models import Role

PROTESTS = frozenset({"peaceful_protest", "protest_with_intervention", "excessive_force_against_protesters"})


def _protest(extract: Extract, text: str):  # type: ignore[no-untyped-def]
    protests = [m for m in extract(text) if m.type in PROTESTS]
    assert protests, [(m.type, m.trigger.text) for m in extract(text)]
    return protests[0]


@pytest.mark.parametrize("text", [
    "Hundreds of students marched on the presidential palace in Antananarivo on Monday to demand water.",
    "Thousands of farmers marched on parliament in New Delhi on Wednesday over crop prices.",
    "Pensioners marched on the finance ministry in Buenos Aires on Thursday, demanding higher payments.",
])
def test_a_place_the_crowd_went_to_is_no_target(extract: Extract, text: str) -> None:
    assert names_in(_protest(extract, text), Role.TARGET) == []


@pytest.mark.parametrize(("text", "force"), [
    ("Police fired tear gas at hundreds of nurses marching on the health ministry in Kampala on Tuesday.",
     "Police"),
    ("Riot police dispersed thousands of opposition supporters marching on the electoral commission in "
     "Lusaka on Friday.", "Riot police"),
])
def test_the_force_that_met_the_crowd_stays_a_side(extract: Extract, text: str, force: str) -> None:
    mention = _protest(extract, text)
    assert force in names_in(mention, Role.INITIATOR) + names_in(mention, Role.TARGET)
