"""A force that kills or fights back after it came under attack answers an attack: ACLED codes the
attacker as the first actor ("soldiers shot dead nine gunmen after they came under attack": the
gunmen initiated), whoever the main verb's subject is.

Sentences written for these tests (fiction in the style of news).
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in

from sitreps.models import EventMention, Role

RESPONSES = [
    ("Soldiers shot dead nine suspected gang members after they came under attack near the town of Ostra "
     "on Monday, the defence ministry said.", "gang members", "Soldiers"),
    ("Police killed four gunmen after coming under fire at a checkpoint outside Peshawar late on Tuesday, "
     "a spokesman said.", "gunmen", "Police"),
    ("Troops killed 14 insurgents after being ambushed by fighters of the Varn Liberation Front near Dikwa "
     "on Friday, the army said.", "Varn Liberation Front", "Troops"),
    ("Border guards shot dead three smugglers after they were attacked near the Tamanrasset post "
     "overnight, officials said.", "smugglers", "Border guards"),
    ("Police shot dead two robbers when they were fired upon at a roadblock near Kisumu on Saturday, "
     "a police commander said.", "robbers", "Police"),
]


def _killing(events: list[EventMention]) -> EventMention:
    """The one incident the sentence tells (the killing and the assault it answered merge into one)."""
    assert len(events) == 1, [(m.type, m.trigger.text) for m in events]
    return events[0]


@pytest.mark.parametrize(("text", "attacker", "defender"), RESPONSES)
def test_the_attackers_initiate_what_the_force_answered(extract: Extract, text: str, attacker: str,
                                                        defender: str) -> None:
    mention = _killing(extract(text))
    assert any(attacker in name for name in names_in(mention, Role.INITIATOR)), mention.actors
    assert not any(defender in name for name in names_in(mention, Role.INITIATOR)), mention.actors


NEAR_MISSES = [
    # the force attacked first: no attack on it is told
    ("Soldiers shot dead nine suspected gang members after a raid on a hideout near Ostra on Monday, "
     "the defence ministry said.", "Soldiers"),
    # the attack came after the killing, and on someone else
    ("Gunmen killed four villagers after an attack on an army post near Dikwa on Friday, residents said.",
     "Gunmen"),
    # the clause tells who was attacked earlier, not who answered
    ("Militants killed two soldiers after they attacked a convoy near the town of Kidal on Saturday.",
     "Militants"),
]


@pytest.mark.parametrize(("text", "doer"), NEAR_MISSES)
def test_a_killing_without_an_attack_on_the_killers_keeps_its_doer(extract: Extract, text: str,
                                                                   doer: str) -> None:
    mention = _killing(extract(text))
    assert any(doer in name for name in names_in(mention, Role.INITIATOR)), mention.actors


def test_a_headline_of_the_answer_takes_the_sides_of_the_body(extract: Extract) -> None:
    """The headline names who prevailed, the body who started it: the incident's first initiator is
    the attackers'."""
    events = extract("Soldiers kill 11 gunmen in northern Mali\n\nMalian soldiers shot dead 11 gunmen after they "
                     "came under attack near the town of Gao on Monday, the defence ministry said.")
    initiators = [a.name for m in events for a in m.actors if a.role == Role.INITIATOR]
    assert initiators and "gunmen" in initiators[0], [(m.type, m.actors) for m in events]
    assert not any("soldiers" in name.lower() for name in initiators), initiators


ATTACKERS_STRUCK = [
    ("Soldiers killed six attackers who had stormed a military base near Tillia on Sunday, the defence "
     "ministry said.", "attackers", "Soldiers"),
    ("Militants stormed a police station in Bannu overnight and police responded, killing four of the "
     "assailants, officials said.", "assailants", "police"),
    ("Village guards shot dead two armed intruders near the cattle market of Gusau on Thursday, residents said.",
     "intruders", "Village guards"),
]


@pytest.mark.parametrize(("text", "attacker", "defender"), ATTACKERS_STRUCK)
def test_who_kills_the_attackers_answered_them(extract: Extract, text: str, attacker: str,
                                               defender: str) -> None:
    """Those killed are named as the attackers: the killing is the attack answered."""
    events = extract(text)
    killings = [m for m in events if any(attacker in a.name for a in m.actors)]
    assert killings, [(m.type, m.actors) for m in events]
    initiators = names_in(killings[0], Role.INITIATOR)
    assert initiators and attacker in initiators[0], killings[0].actors
    assert not any(defender in name for name in initiators), initiators


def test_the_attackers_who_kill_stay_the_doers(extract: Extract) -> None:
    """Only whom a killing struck turns the sides: "the attackers killed four villagers" stays theirs."""
    mention = _killing(extract("The attackers killed four villagers near the town of Gusau on Thursday, "
                               "residents said."))
    assert any("attackers" in name for name in names_in(mention, Role.INITIATOR)), mention.actors


@pytest.mark.parametrize("text", [
    "Police shot dead four robbers at a roadblock in Kisumu on Saturday, a commander said.",
    "Soldiers shot dead 11 gunmen near the town of Gao on Monday, the army said.",
])
def test_shot_dead_is_no_part_of_whom_it_struck(extract: Extract, text: str) -> None:
    """"Dead" of "shot dead nine" tells what the shooting did; the phrase of the struck starts at its number."""
    names = [a.name for m in extract(text) for a in m.actors]
    assert names and not any(name.lower().startswith("dead") for name in names), names
