"""Round 23, issue #13 "Types": ground named by whose it was ("seized the rebel stronghold", "overran the
militants' camp", "captured an insurgent base") is ground taken, not people captured or abducted: a word that
modifies a noun names its owner (``heads_only`` on the people rules of data/taxonomy.yaml). People taken stay
people taken, however they are described ("captured 40 rebel fighters", "seized two militant commanders").

Every sentence here is fiction written for these tests, in the styles of wire copy and local press.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

GROUND = {"government_regains_territory", "non_state_overtakes_territory", "non_violent_territory_transfer"}
PEOPLE = {"surrender_capture", "abduction"}


def _taken(extract: Extract, text: str) -> list[str]:
    return [m.type for m in extract(text) if m.type in GROUND | PEOPLE]


@pytest.mark.parametrize("text", [
    "Government troops seized the rebel stronghold of Tullo on Wednesday after a three-day assault, the army said.",
    "Jihadist fighters overran the soldiers' camp outside Menaka on Sunday, local sources said.",
    "Security forces captured an insurgent base in the Sambisa forest on Friday, the defence ministry said.",
    "Militiamen seized the villagers' farmland along the river on Tuesday, an elder said.",
    "The army recaptured the militant hideout of Koro on Monday, a spokesman said.",
])
def test_ground_named_by_its_owner_is_ground_taken(extract: Extract, text: str) -> None:
    types = _taken(extract, text)
    assert types and types[0] in GROUND, [(m.type, m.trigger.text) for m in extract(text)]


@pytest.mark.parametrize("text", [
    "Soldiers captured 40 rebel fighters near Tullo on Wednesday, the army said.",
    "Troops seized two militant commanders in a raid on Koro on Monday, a spokesman said.",
    "Gunmen seized 15 schoolchildren from a bus near Zamba on Thursday, police said.",
])
def test_people_taken_stay_people_taken(extract: Extract, text: str) -> None:
    types = _taken(extract, text)
    assert types and types[0] in PEOPLE, [(m.type, m.trigger.text) for m in extract(text)]
