"""Round 27 (issue #13 "Actors"): a round-up's second incident keeps its own doers.

"Five rebels were killed in an encounter with security forces ... Two farmers were shot dead ... The victims
were attacked by gunmen": the victims' sentence retells the killing told just before it, as a pronoun's does
("They were attacked"), not the round-up's first incident, which then held the gunmen as its doer (wire dev).
And a fight that names both its sides among what it struck takes no doer from another incident of the lead
(``extract.lead_roles``). Texts written for these tests, in the style of wire round-ups from several places.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention, Role


def _holding(events: list[EventMention], trigger: str) -> EventMention:
    found = [m for m in events if m.trigger.text == trigger or any(r.text == trigger for r in m.retellings)]
    assert found, [(m.type, m.trigger.text) for m in events]
    return found[0]


def _doers(mention: EventMention) -> list[str]:
    return [a.name.lower() for a in mention.actors if a.role is Role.INITIATOR]


ROUND_UPS = [
    ("Five rebels were killed in an encounter with security forces in the forests of Narayanpur on Friday, "
     "police said. Two farmers were shot dead by suspected militants near Borobekra the following day. "
     "The victims were attacked by gunmen firing from a hillock.", "encounter", "shot dead"),
    ("Three soldiers were killed in a gun battle with insurgents near Tawa on Monday, the army said. "
     "On Tuesday a trader was shot dead by unknown assailants in the market of Kalo. "
     "The victim was attacked by gunmen on a motorbike as he closed his shop.", "battle", "shot dead"),
]


@pytest.mark.parametrize(("text", "first", "second"), ROUND_UPS)
def test_the_victims_retell_the_killing_told_just_before(extract: Extract, text: str, first: str,
                                                         second: str) -> None:
    events = extract(text)
    assert "gunmen" in _doers(_holding(events, second)), [(m.trigger.text, m.actors) for m in events]
    assert "gunmen" not in _doers(_holding(events, first)), [(m.trigger.text, m.actors) for m in events]


def test_victims_of_another_article_are_no_anaphor(extract: Extract) -> None:
    """Near miss: victims with no definite article are told for the first time."""
    text = ("Five rebels were killed in an encounter with security forces near Tawa on Friday, police said. "
            "Victims of a separate raid were attacked by gunmen near Kalo on Sunday.")
    events = extract(text)
    assert "gunmen" not in _doers(_holding(events, "encounter")), [(m.trigger.text, m.actors) for m in events]


def test_a_fight_that_names_both_sides_borrows_no_doer_from_the_lead(extract: Extract) -> None:
    text = ("Five Maoists killed in Bijapur encounter; two farmers shot dead by suspected militants in Jiribam\n\n"
            "Five Maoists were killed in an encounter with security forces in the forests of Bijapur on Friday, "
            "police said.")
    events = extract(text)
    assert "suspected militants" not in _doers(_holding(events, "encounter")), \
        [(m.trigger.text, m.actors) for m in events]
