"""Whoever lost their life in an event named by a noun is its victim, never its doer (round 18).

"In the attack, the driver and two guards lost their lives": the event word is a noun in a
prepositional phrase, and the clause's subject was read as its doer, so the dead of a raid led the
row as its initiators. A verb whose object is the subject's own life or harm (``extract.suffered``)
says what the subject underwent, whichever verb it is. Near misses: a clause whose subject did the
act to another ("gunmen killed three police officers") keeps its doer.

Sentences written for these tests (fiction in the style of news), from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in

from sitreps.models import EventMention, Role


def _names(events: list[EventMention], role: Role) -> list[str]:
    return [name for m in events for name in names_in(m, role)]


SUFFERED = [
    ("In the attack, a bus driver, one policeman and two soldiers lost their lives, officials in "
     "Quetta said.", "driver"),
    ("During the assault on the convoy, two guards lost their lives and four others were wounded.", "guards"),
    ("Four civilians lost their lives in the attack on the market in Gao, the mayor said.", "civilians"),
    ("Two soldiers embraced martyrdom during the exchange of fire with the attackers, the military said.",
     "soldiers"),
    ("In the ambush near Beni, three rangers met their death, the park authority said.", "rangers"),
]


@pytest.mark.parametrize(("text", "victim"), SUFFERED)
def test_who_lost_their_life_is_the_victim(extract: Extract, text: str, victim: str) -> None:
    events = extract(text)
    assert not any(victim in name for name in _names(events, Role.INITIATOR)), _names(events, Role.INITIATOR)
    assert any(victim in name for name in _names(events, Role.TARGET)), [(m.type, m.actors) for m in events]


DOERS = [
    ("In the attack, gunmen killed three police officers at a checkpoint in Zamfara.", "gunmen"),
    ("During the raid, militants torched a school and a clinic in Kidal, residents said.", "militants"),
    ("Three soldiers lost their lives when militants attacked their post in Khost.", "militants"),
]


@pytest.mark.parametrize(("text", "doer"), DOERS)
def test_a_doer_of_the_clause_stays(extract: Extract, text: str, doer: str) -> None:
    events = extract(text)
    assert any(doer in name for name in _names(events, Role.INITIATOR)), [(m.type, m.actors) for m in events]
