"""A verb of defence told as the event ("troops repelled an attack by rebels") is the attackers' act:
ACLED codes the attacker as the first actor and the defenders as the second, whoever prevailed.

Sentences written for these tests (fiction in the style of news).
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in

from sitreps.models import EventMention, Role

REPELLED = [
    ("Government forces repelled an attack by rebels on the town of Kidal on Saturday, the army said.",
     "rebels", "Government forces"),
    ("Border guards repulsed an assault by armed smugglers near the Tamanrasset post overnight, officials said.",
     "smugglers", "Border guards"),
    ("Police in Peshawar repulsed an attack by militants on a checkpoint late on Tuesday, a spokesman said.",
     "militants", "Police"),
    ("Soldiers repelled the insurgents near the village of Dikwa on Friday, killing eight of them.",
     "insurgents", "Soldiers"),
    ("Soldiers repelled an assault by militants on an army base near Tillia on Sunday, killing 12 of them.",
     "militants", "Soldiers"),
    ("Soldiers repel militant assault on base in Niger", "militant", "Soldiers"),
    ("Troops repulsed the Varn Liberation Front near Ostra on Friday, the defence ministry said.",
     "Varn Liberation Front", "Troops"),
]


def _clash(events: list[EventMention]) -> EventMention:
    found = [m for m in events if m.trigger.text.lower().startswith(("repel", "repuls", "foil"))]
    assert len(found) == 1, [(m.type, m.trigger.text) for m in events]
    return found[0]


@pytest.mark.parametrize(("text", "attacker", "defender"), REPELLED)
def test_the_attackers_initiate_what_the_defenders_repelled(extract: Extract, text: str, attacker: str,
                                                            defender: str) -> None:
    mention = _clash(extract(text))
    assert any(attacker in name for name in names_in(mention, Role.INITIATOR)), mention.actors
    assert any(defender in name for name in names_in(mention, Role.TARGET)), mention.actors
    assert not any(defender in name for name in names_in(mention, Role.INITIATOR)), mention.actors


def test_an_attack_the_defenders_launched_stays_theirs(extract: Extract) -> None:
    """Only verbs of defence turn the sides: "troops attacked rebel positions" keeps the troops first."""
    events = extract("Troops attacked rebel positions near the town of Kidal on Saturday, the army said.")
    initiators = [a.name for m in events for a in m.actors if a.role == Role.INITIATOR]
    assert any("Troops" in name for name in initiators), [(m.type, m.actors) for m in events]


def test_a_foiled_plot_is_done_by_who_foiled_it(extract: Extract) -> None:
    """Outside a fight, the defence is the event itself: a disrupted weapons use is the police's act."""
    events = extract("Police in Peshawar foiled a bomb plot by militants on Tuesday, a spokesman said.")
    foiled = [m for m in events if m.trigger.text == "foiled"]
    assert foiled and names_in(foiled[0], Role.INITIATOR) == ["Police"], [(m.type, m.actors) for m in events]


def test_the_speaker_of_a_passive_repulse_is_no_side(extract: Extract) -> None:
    events = extract("Some 200 fighters on motorbikes attacked the army post in Tessit on Sunday, the army said, "
                     "adding that the assault was repulsed.")
    sides = [a.name for m in events for a in m.actors if a.role in (Role.INITIATOR, Role.TARGET)]
    assert "army" not in sides, [(m.type, m.actors) for m in events]


@pytest.mark.parametrize(("title", "defender"), [
    ("Army repels assault on Djibo", "army"),
    ("Police foil attack on station in Bannu", "police"),
    ("Police repel bandit attack in Zamfara", "police"),
])
def test_a_headline_defender_the_parser_hangs_on_the_attack_is_no_attacker(extract: Extract, title: str,
                                                                          defender: str) -> None:
    """Round 27 (wire dev: "army repels assault on Djibo" made the army the assault's initiator): in a
    headline the tagger reads the verb of defence as a noun before the attack ("repels assault"); who
    stands before it met the attack."""
    events = extract(title)
    doers = [a.name.lower() for m in events for a in m.actors if a.role is Role.INITIATOR]
    struck = [a.name.lower() for m in events for a in m.actors if a.role is Role.TARGET]
    assert defender not in doers and defender in struck, [(m.type, m.actors) for m in events]


def test_a_headline_attacker_after_the_misread_verb_still_initiates(extract: Extract) -> None:
    events = extract("Police repel bandit attack in Zamfara")
    assert "bandit" in [a.name.lower() for m in events for a in m.actors if a.role is Role.INITIATOR]


def test_a_headline_attack_by_a_named_doer_keeps_it(extract: Extract) -> None:
    """Near miss: no verb of defence before the attack noun, so the name before it did it."""
    events = extract("Militia attack on Djibo kills 12")
    assert "militia" in [a.name.lower() for m in events for a in m.actors if a.role is Role.INITIATOR]
