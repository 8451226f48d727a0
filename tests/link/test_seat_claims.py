"""A state named by its capital ("Moscow said", "Baku said") claims its own forces' acts like the state
named outright; a state body's account of an interception with no doer is its own; and a party's account
of taking ground is a claim. Whole short articles written for these tests, of five conflicts, with near
misses: the capital telling the other side's act, residents of the capital, a witness, a UN official,
and a police report of a downed drone."""

from __future__ import annotations

import pytest
from processed import mentions_of

from sitreps.link.own_claims import claims_own_act

CLAIMS = [
    "Moscow says air defences downed 30 Ukrainian drones\n\nMoscow said on Thursday its air defences had shot "
    "down 30 Ukrainian drones over the Belgorod and Kursk regions overnight. The report could not be "
    "independently verified.",
    "Kyiv says it struck Russian oil depot\n\nKyiv said on Friday it had struck an oil depot in Russia's "
    "Bryansk region with long-range drones, setting a fuel tank ablaze.",
    "Baku says forces seize heights\n\nBaku said on Tuesday its forces had taken control of 12 positions held "
    "by separatist fighters in the mountains.",
    "Khartoum says army recaptures town\n\nKhartoum said on Sunday the army had recaptured the town of Singa "
    "from the Rapid Support Forces.",
    "Damascus claims strike on rebels\n\nDamascus said its aircraft bombed rebel positions near Idlib on "
    "Monday, killing 20 fighters.",
    "Russian state news agency TASS, citing the defence ministry, said air defences destroyed 15 Ukrainian "
    "drones over Crimea overnight.",
    "Israel's military said air defences intercepted a missile fired from Yemen.",
]
NOT_CLAIMS = [
    "Moscow says Ukraine shelled Donetsk\n\nMoscow said on Thursday that Ukrainian forces shelled a market in "
    "Donetsk, killing six civilians.",
    "Residents of Baku said a drone struck a fuel depot on the outskirts of the city overnight.",
    "Witnesses said the army shelled villages near Singa on Sunday, killing 11 civilians.",
    "A UN official said troops opened fire on displaced people near Goma on Friday, killing four.",
    "Police said a drone was shot down over the airport.",
]


@pytest.mark.parametrize("text", CLAIMS)
def test_a_state_by_its_capital_or_an_interception_is_claimed(text: str) -> None:
    assert any(claims_own_act(m) for m in mentions_of(text))


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_another_sides_act_or_an_independent_telling_is_not(text: str) -> None:
    assert not any(claims_own_act(m) for m in mentions_of(text))


def test_a_capital_another_authority_holds_speaks_for_its_holder() -> None:
    """ "Sanaa said" is the Houthis as a source too, as the extractor reads "Sanaa" as a doer (held_capitals);
    a capital its government holds stays the state."""
    from sitreps.link.seat_speakers import speaker_record

    assert speaker_record("Sanaa").id == "ye-houthis"
    assert speaker_record("Baku").type == "government"
