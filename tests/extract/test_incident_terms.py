"""A deal and the acts it binds a side to, a change of territory and the retreat it forced: one incident.

Every article here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.extract.retelling import Told, can_retell
from sitreps.models import EventMention

TERMS = {"surrender_capture", "withdrawal"}


def told(events: list[EventMention]) -> list[tuple[str, str]]:
    return [(m.type, m.trigger.text) for m in events]


@pytest.mark.parametrize("text", [
    "Separatist fighters agreed to lay down their arms on Wednesday under a deal brokered by peacekeepers, "
    "officials in Lorin said.",
    "The rebels agreed to withdraw from the town of Koro on Tuesday, a spokesman for the mediators said.",
    "Militia leaders signed a pact in Tamba on Monday under which their fighters will surrender their weapons "
    "to the army.",
])
def test_the_terms_a_deal_binds_a_side_to_are_the_deal(extract: Extract, text: str) -> None:
    events = extract(text)
    deals = [m for m in events if m.type in ("agreement", "ceasefire")]
    assert len(deals) == 1 and not any(m.type in TERMS for m in events), told(events)
    assert deals[0].retellings, told(events)


def test_a_deal_is_cited_by_its_own_word_not_by_its_term(extract: Extract) -> None:
    events = extract("The rebels agreed to withdraw from the town of Koro on Tuesday, mediators said.")
    assert [m.trigger.text for m in events if m.type == "agreement"] == ["agreed to"], told(events)


def test_a_retreat_forced_by_a_capture_is_the_capture(extract: Extract) -> None:
    events = extract("Rebels seized the town of Mavo on Saturday, forcing government troops to withdraw, "
                     "residents said.")
    assert [m.type for m in events] == ["non_state_overtakes_territory"], told(events)


def test_a_withdrawal_told_later_is_not_the_deal(extract: Extract) -> None:
    # "The withdrawal" refers back to a withdrawal, not to the deal: only a governed word folds in.
    text = ("Government and rebel envoys signed a peace agreement in Doha on Saturday, mediators said.\n\n"
            "Aid groups said fighting had displaced thousands of families in the hills around Ruvo.\n\n"
            "The withdrawal of army troops from the town of Ruvo began on Monday, residents said.")
    events = extract(text)
    assert "withdrawal" in [m.type for m in events], told(events)


def test_a_term_folds_only_when_bound(extract: Extract) -> None:
    events = extract("Separatist fighters agreed to lay down their arms on Wednesday, officials in Lorin said.")
    deal = next(m for m in events if m.type == "agreement")
    surrender = deal.model_copy(update={"type": "surrender_capture"})
    assert can_retell(deal, Told(surrender, anaphoric=True, head=9), bound=True)
    assert not can_retell(deal, Told(surrender, anaphoric=True, head=9), bound=False)


@pytest.mark.parametrize("text", [
    "The army said the operation would not stop until the rebels disarm and surrender, a spokesman said in "
    "Lorin on Tuesday.",
    "Troops will keep shelling the hills until the militia withdraws from Koro, the defence minister said.",
])
def test_an_act_awaited_until_is_not_an_incident(extract: Extract, text: str) -> None:
    events = extract(text)
    assert not any(m.type in TERMS for m in events), told(events)


def _withdrawal_told(events: list[EventMention]) -> bool:
    """A withdrawal row, or the fight's end told as a retelling of the fight (round 29: "fought until the rebels
    withdrew" is one incident, its end a part of it)."""
    return any(m.type == "withdrawal" or any(r.text.lower().startswith("withdr") for r in m.retellings)
               for m in events)


def test_an_act_told_in_the_past_after_until_happened(extract: Extract) -> None:
    events = extract("Fighting raged in the town of Mavo until the rebels withdrew on Sunday, residents said.")
    assert _withdrawal_told(events), told(events)


def test_a_headline_in_the_present_after_until_tells_a_past_act(extract: Extract) -> None:
    text = ("Fighting rages in Mavo until rebels withdraw\n\n"
            "Residents of the town of Mavo said on Sunday that shops and schools stayed shut.")
    assert _withdrawal_told(extract(text)), told(extract(text))
