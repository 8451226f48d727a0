"""A clash told with the attack that started it takes its sides from that attack.

"Fighting broke out when CODECO gunmen raided a checkpoint", "clashes erupted after an attack by
bandits on a village": the clash names no side of its own, the clause of the attack that opened it
names both, and ACLED codes the side that attacked first as actor 1. A clash that names its sides
keeps them, the side that opened fire first ("troops clashed with militants after the militants
stormed a checkpoint"). Every sentence here is fiction written for these tests, in wire style.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in

from sitreps.models import Role


def _clash(extract: Extract, text: str):  # type: ignore[no-untyped-def]
    clashes = [m for m in extract(text) if m.type == "armed_clash"]
    assert clashes, [(m.type, m.trigger.text) for m in extract(text)]
    return clashes[0]


@pytest.mark.parametrize(
    ("text", "attacker", "attacked"),
    [
        ("Fighting broke out in Ituri on Friday when CODECO gunmen raided a checkpoint manned by Zaire "
         "militiamen, local sources said.", "CODECO gunmen", "Zaire militiamen"),
        ("Heavy clashes erupted near Kidal on Sunday after jihadist fighters attacked an army convoy, "
         "a security source said.", "jihadist fighters", "army convoy"),
        ("Fierce fighting raged for hours in Khost after Taliban fighters stormed a Pakistani border post "
         "on Tuesday night, officials said.", "Taliban fighters", "Pakistani border post"),
        ("Clashes erupted in Zamfara state on Monday after an attack by bandits on a police outpost, "
         "residents told reporters.", "bandits", "police outpost"),
    ],
)
def test_a_sideless_clash_takes_the_sides_of_the_attack_that_opened_it(
        extract: Extract, text: str, attacker: str, attacked: str) -> None:
    clash = _clash(extract, text)
    assert names_in(clash, Role.INITIATOR)[:1] == [attacker]
    assert attacked in names_in(clash, Role.TARGET)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Soldiers clashed with militants in North Waziristan on Thursday after the militants stormed a "
         "checkpoint, the army said.", "militants"),
        ("Police exchanged fire with cartel gunmen in Culiacan on Saturday after the gunmen ambushed a "
         "patrol, state officials said.", "cartel gunmen"),
    ],
)
def test_a_clash_with_sides_puts_first_the_side_that_opened_it(extract: Extract, text: str, first: str) -> None:
    assert names_in(_clash(extract, text), Role.INITIATOR)[:1] == [first]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # the clause tells no attack: the story's first side stays first
        ("Houthi fighters clashed with government troops near Marib on Wednesday after talks on a "
         "truce collapsed, a military official said.", "Houthi fighters"),
        # the clause's attack was suffered by the clash's subject: answered attacks keep their own rule
        ("Troops clashed with gunmen in Zamfara on Tuesday after they were ambushed near Anka, the army "
         "said.", "gunmen"),
    ],
)
def test_a_clause_without_an_opening_attack_changes_nothing(extract: Extract, text: str, first: str) -> None:
    initiators = names_in(_clash(extract, text), Role.INITIATOR)
    assert initiators[:1] == [first]
