"""A fight word that tells a sports match is no armed clash; fans who fight police stay a riot or a clash.

Round 24 wire fiction (a refugee camp's football final told as a battle). Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

CLASH = "armed_clash"


@pytest.mark.parametrize("text", [
    "At the Adre transit site, Sunday's final, a fierce battle between two camp teams, ended 3-2 after extra time.",
    "The derby in Omdurman was a bruising battle that the home club won on penalties on Friday.",
    "In Bamako on Saturday, a tense battle between the two squads ended goalless.",
])
def test_a_match_told_as_a_battle_is_no_clash(extract: Extract, text: str) -> None:
    assert [m.type for m in extract(text) if m.type == CLASH] == []


@pytest.mark.parametrize("text", [
    "Fierce fighting between the two sides broke out in El Fasher on Sunday, residents said.",
    "Troops clashed with militants near Djibo on Saturday, after the match between local teams had ended.",
    "The final battle for the town of Bara began on Sunday, when the army attacked RSF positions.",
    "A battle between the army and the RSF raged in Babanusa on Monday.",
])
def test_fights_near_sports_words_stay(extract: Extract, text: str) -> None:
    assert CLASH in {m.type for m in extract(text)}
