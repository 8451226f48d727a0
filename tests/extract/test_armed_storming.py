"""Armed men who storm a place tell an assault ("militants stormed a police station"), which gave no row
before round 22; a claim told later names the group before plain doers ("gunmen ... the assault was
claimed by X"). Fans who storm a pitch and a storm of weather tell none.

Every sentence here is fiction written for these tests, in the styles of wire copy and local press
(round 22, issue #14 "recall", issue #13 "Actors").
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import Role

VIOLENT = {"armed_clash", "attack_on_civilians", "abduction", "non_state_overtakes_territory",
           "government_regains_territory"}


def _rows(text: str, extract: Extract) -> list[tuple[str, str]]:
    return [(m.type, m.trigger.text) for m in extract(text)]


@pytest.mark.parametrize("text", [
    "Militants stormed a police station in Bannu on Monday, officials said.",
    "Al-Shabaab fighters stormed a military base in Lower Shabelle before dawn on Friday.",
    "Jihadists stormed an army post near Djibo overnight, security sources said.",
    "Armed men stormed a church in southern Kaduna on Sunday and abducted 12 worshippers.",
    "Gangsters stormed the main prison in Croix-des-Bouquets late on Saturday, witnesses said.",
])
def test_armed_men_storming_a_place_is_an_assault(extract: Extract, text: str) -> None:
    assert any(m.type in VIOLENT for m in extract(text)), _rows(text, extract)


@pytest.mark.parametrize("text", [
    "Fans stormed the pitch after the final whistle in Lagos on Saturday.",
    "A tropical storm battered the coast of Mozambique on Monday, forecasters said.",
    "The singer's new album stormed the charts in Nairobi this week.",
])
def test_storming_without_arms_is_no_assault(extract: Extract, text: str) -> None:
    assert not any(m.type in VIOLENT for m in extract(text)), _rows(text, extract)


@pytest.mark.parametrize(("text", "group"), [
    ("Gunmen stormed a bus station in Quetta on Tuesday. The assault was claimed by the Hill Liberation Front.",
     "Hill Liberation Front"),
    ("Armed men stormed a hotel in Kismayo on Friday night. The Sea Brigade claimed responsibility for the attack.",
     "Sea Brigade"),
])
def test_a_claim_names_the_unnamed_stormers(extract: Extract, text: str, group: str) -> None:
    initiators = [a.name for m in extract(text) if m.type in VIOLENT for a in m.actors if a.role == Role.INITIATOR]
    assert initiators and initiators[0] == group, initiators
