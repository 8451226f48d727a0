"""People "eliminated" or "neutralised" by an armed force are dead: their figure is a death toll. Things so
treated ("neutralised 14 drones", "eliminated the threat") are no deaths.

Every sentence here is fiction written for these tests, in the style of military statements and wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention


def _killed(mentions: list[EventMention]) -> list[int | None]:
    return [c.value for m in mentions for c in m.counts if c.what == "killed"]


@pytest.mark.parametrize(("text", "killed"), [
    ("Security forces eliminated 16 terrorists during a clearance operation in North Waziristan on Monday.", 16),
    ("Troops neutralised five militants in a gunfight near Kupwara on Tuesday, the army said.", 5),
    ("Special forces neutralized three gunmen who had stormed the hotel in Mogadishu on Saturday.", 3),
    ("Two attackers were neutralised by police at the scene in Mombasa on Sunday.", 2),
    ("Government soldiers eliminated a senior rebel commander and four of his fighters near Beni on Wednesday.", 5),
])
def test_people_eliminated_are_dead(extract: Extract, text: str, killed: int) -> None:
    assert _killed(extract(text)) == [killed]


@pytest.mark.parametrize("text", [
    "Air defence units neutralised 14 drones over the Odesa region overnight on Monday.",
    "The operation eliminated the threat to the highway near Kaduna, officials said on Monday.",
    "Engineers neutralised two explosive devices planted on the road to Gao on Thursday.",
    "Soldiers eliminated three checkpoints set up by the rebels near Goma on Tuesday.",
    "The ministry eliminated 300 jobs at the port of Tema on Friday.",
])
def test_things_eliminated_are_no_deaths(extract: Extract, text: str) -> None:
    assert _killed(extract(text)) == []
