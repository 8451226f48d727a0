"""The modality of an incident told several times: a hedge at its telling is not lifted by a retelling
that only refers back to it. Sentences written for these tests (fiction in the style of news)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import Modality


def _modalities(extract: Extract, text: str, type_id: str) -> list[Modality]:
    return [m.modality for m in extract(text) if m.type == type_id]


@pytest.mark.parametrize(("text", "type_id"), [
    # an appositive retelling ("the latest assault") of a suspected attack
    ("A suspected rocket attack by militants hit an army post near Kirkuk on Sunday, police said, the latest "
     "assault on the base this month.", "shelling_missile_attack"),
    # a definite retelling in the next sentence
    ("Gunmen allegedly torched a church in Ondo state on Friday. The arson left the building in ruins, "
     "residents said.", "looting_property_destruction"),
    ("An alleged chemical attack struck the suburb of Harasta overnight. The attack sent dozens of people to "
     "hospital, a monitoring group said.", "chemical_weapon"),
])
def test_a_hedged_incident_stays_alleged_through_its_retellings(extract: Extract, text: str, type_id: str) -> None:
    assert _modalities(extract, text, type_id) == [Modality.ALLEGED]


@pytest.mark.parametrize(("text", "type_id"), [
    # a retelling that asserts the incident itself vouches for it
    # (the rockets backing the attack on a convoy fold into that clash at Bama that day: round 12b)
    ("Militants allegedly attacked a convoy near Bama on Monday. The army said the militants attacked the "
     "convoy with rockets near Bama on Monday.", "armed_clash"),
    # a threat carried out is the news, not a hedge
    ("Rebels threatened to storm the town of Goma. The assault came on Tuesday, officials said.", "armed_clash"),
])
def test_an_incident_told_plainly_is_reported(extract: Extract, text: str, type_id: str) -> None:
    assert _modalities(extract, text, type_id) == [Modality.REPORTED]
