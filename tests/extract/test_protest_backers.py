"""Who did not march: a party that backs a protest, and the force a lead names (round 16).

"Opposition parties have backed the demonstrations" names a supporter, not the crowd ACLED codes as a
protest's actor 1 (``reacting_verbs`` in ``data/en/actor_roles.yaml``); "joined the protests" still
makes them marchers. The police a lead names as the doer of "riot police broke up a rally" are not
lent to "smaller rallies were held" told later (``extract.lead_roles``): their crowd is.

Sentences written for these tests (fiction in the style of news).
"""

from __future__ import annotations

from extract_helpers import Extract, names_in

from sitreps.models import EventMention, Role

DEMONSTRATIONS = frozenset({"peaceful_protest", "protest_with_intervention"})

BROKEN_UP = ("Riot police used water cannon early on Monday to break up a rally of several thousand people "
             "outside parliament in Yerevan, the interior ministry said.\n\n")


def _told_at(events: list[EventMention], word: str) -> list[EventMention]:
    found = [m for m in events if m.type in DEMONSTRATIONS and word in m.sentence.text]
    assert found, [(m.type, m.trigger.text) for m in events]
    return found


def test_a_party_that_backs_the_protests_did_not_march(extract: Extract) -> None:
    events = extract(BROKEN_UP + "Opposition parties have backed the demonstrations, which began on Thursday.")
    doers = [n for m in events if m.type in DEMONSTRATIONS for n in names_in(m, Role.INITIATOR)]
    assert not any("Opposition" in n for n in doers), doers


def test_a_party_that_joins_the_protests_marched(extract: Extract) -> None:
    """Near miss: joining is marching."""
    events = extract("Members of the Civic Platform party joined the demonstrations in Yerevan on Thursday, "
                     "witnesses said.")
    doers = [n for m in events if m.type in DEMONSTRATIONS for n in names_in(m, Role.INITIATOR)]
    assert any("Members" in n or "Civic Platform" in n for n in doers), doers


def test_the_lead_force_is_not_lent_to_a_later_rally(extract: Extract) -> None:
    events = extract(BROKEN_UP + "Smaller rallies were held in Gyumri and Vanadzor on Sunday evening without "
                     "incident.")
    for rally in _told_at(events, "Smaller rallies"):
        assert not any("police" in n.lower() for n in names_in(rally, Role.INITIATOR)), rally.actors


def test_the_lead_crowd_is_still_lent(extract: Extract) -> None:
    """Near miss: a crowd the lead names as the doer still passes to a part that names none."""
    events = extract("Thousands of teachers marched through central Lagos on Monday to demand unpaid salaries, "
                     "union leaders said.\n\nA smaller rally was held in Ibadan on the same day.")
    for rally in _told_at(events, "smaller rally"):
        assert any("teachers" in n for n in names_in(rally, Role.INITIATOR)), rally.actors
