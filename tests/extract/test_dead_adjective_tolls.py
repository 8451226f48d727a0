"""A toll told by the adjective "dead" counting its own dead: "the blast left 7 dead" (the number hangs
on "dead", a complement of "leave") and "Three soldiers dead after roadside bomb attack" (a headline
that drops its copula, "dead" after the numbered noun it describes). Sentences written for these tests
(fiction in the style of news, several conflicts and outlets)."""

from __future__ import annotations

import pytest
from extract_helpers import first_death_toll


@pytest.mark.parametrize(("text", "toll"), [
    ("Fighting between two militias in Tripoli on Tuesday left 7 dead and 30 injured.", 7),
    ("Clashes between herders and farmers in Plateau state leave 12 dead", 12),
    ("An air raid on a fuel depot near Sanaa on Friday left 4 dead and dozens wounded, medics said.", 4),
    ("Rebels shelled the market of Mweso on Sunday, leaving at least 11 dead, a local chief said.", 11),
    ("An ambush on a police convoy in Guerrero on Monday left six officers dead.", 6),
])
def test_dead_with_its_own_number_is_a_toll(text: str, toll: int) -> None:
    assert first_death_toll(text) == toll


@pytest.mark.parametrize(("text", "toll"), [
    ("Three soldiers dead after roadside bomb attack in Kidal\nA roadside bomb hit an army vehicle near Kidal on "
     "Thursday, the army said.", 3),
    ("Twelve villagers dead after bandits raid Katsina village\nBandits raided a village in Katsina state on "
     "Sunday night, police said.", 12),
    ("Eight miners dead in clash with soldiers near Kamituga\nSoldiers clashed with gold miners near Kamituga "
     "on Friday, residents said.", 8),
    ("Two protesters dead as police disperse march in Khartoum\nPolice fired tear gas at marchers in Khartoum "
     "on Thursday, medics said.", 2),
    ("Four guards dead as gunmen attack prison in Owerri\nGunmen attacked a prison in Owerri before dawn on "
     "Monday, freeing inmates, the prison service said.", 4),
])
def test_a_headline_of_the_numbered_dead_is_a_toll(text: str, toll: int) -> None:
    assert first_death_toll(text) == toll


@pytest.mark.parametrize("text", [
    # "dead" before its noun is an attribute, not a toll of its own
    "Gunmen attacked a bus near Kananga on Monday; rescuers later found two dead soldiers near the road.",
    # "leave" with no dead
    "A militia attacked the town of Djugu on Tuesday and left 40 homes burned, residents said.",
    # wounded, not dead
    "Rebels attacked a checkpoint near Bunia on Wednesday, leaving 3 wounded, the army said.",
    # some of the dead, no number of its own
    "Militants attacked a village near Kidal on Tuesday; the dead included women, the mayor said.",
    # a number on the noun, "dead" nowhere after it
    "Three soldiers patrolled after roadside bomb attack in Kidal\nA roadside bomb hit an army vehicle near "
    "Kidal on Thursday, the army said.",
])
def test_no_toll_where_dead_counts_none(text: str) -> None:
    assert first_death_toll(text) is None
