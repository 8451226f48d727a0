"""Round 23, issue #13 "Types": a killing a protest answers stays the protest's grievance, not force used on it.

Three readings, each general: a protest noun that is its clause's subject or object hangs its purpose on the
clause's verb ("the vigil was held to mark a year since soldiers shot ..."); a clause or phrase of "after",
"following" or "since" on the protest word tells the earlier event it answers ("blocked the road after soldiers
killed a farmer"); a casualty word in a clause describing a person ("a march for a driver killed by police")
tells what befell that person, not what happened at the march. Near misses: force used at the protest itself
("marched until police opened fire, killing two", "police shot dead two protesters after they marched", "the
protest turned deadly after troops opened fire") stays excessive force.

Every sentence here is fiction written for these tests, in the styles of wire copy, local press and live pages.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

PEACEFUL = "peaceful_protest"
EXCESSIVE = "excessive_force_against_protesters"


def _types(extract: Extract, text: str) -> list[tuple[str, str]]:
    return [(m.type, m.trigger.text) for m in extract(text)]


@pytest.mark.parametrize("text", [
    "Thousands rallied peacefully in Velgrad on Sunday against a mining law. Organisers said the rally was held "
    "to mark one year since police shot dead an activist during a demonstration in the same square.",
    "Students staged a sit-in at Ardovy University on Wednesday to demand justice for a classmate soldiers shot "
    "dead at a checkpoint in March.",
    "Villagers in Tamu blocked a highway with logs on Sunday after army troops killed a farmer in his field.",
    "Hundreds of traders marched through Kisoro market on Monday following the killing of a vendor by municipal "
    "police.",
    "Thousands of people joined a funeral march in Kessaly on Tuesday for a young man killed by police during "
    "last month's fuel protests.",
    "Residents of Port Anvel held a candlelight vigil on Friday for two fishermen shot dead by coastguard "
    "officers at sea.",
])
def test_the_killing_answered_leaves_the_protest_peaceful(extract: Extract, text: str) -> None:
    types = _types(extract, text)
    protests = [t for t, word in types if t in {PEACEFUL, EXCESSIVE}
                and not any(w in word.lower() for w in ("demonstration", "protests"))]
    assert protests and all(t == PEACEFUL for t in protests), types


@pytest.mark.parametrize("text", [
    "Protesters marched through Tamberi on Friday until security forces opened fire, killing two demonstrators.",
    "Police shot dead two protesters in Lomba on Saturday after they marched to the governor's office.",
    "Soldiers fired on a crowd rallying against the election result in Maro, killing three protesters.",
    "Riot police fired live rounds at the peaceful crowd in Velgrad on Sunday, killing one demonstrator.",
])
def test_force_used_at_the_protest_stays_excessive(extract: Extract, text: str) -> None:
    types = _types(extract, text)
    assert EXCESSIVE in {t for t, _ in types}, types
