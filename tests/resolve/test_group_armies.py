"""A new name closed by "Army" is an armed group's unless it names a state; group words decide a side.

"the Free Hills Army" names no country, so it is an armed group, as the Arakan Army is; "the Sudanese
Army", "Kenya Army" and "the Army" are a state's (``group_army_heads`` and ``state_army_words`` in
data/en/actor_names.yaml). Only a capitalised name whose words type it so (``names_armed_group``) is
sure enough to decide a re-typing; a bare noun the default types ("gunmen") is not. Names are fiction.
"""

from __future__ import annotations

import pytest

from sitreps.resolve.actor_infer import infer_type, names_armed_group
from sitreps.resolve.registry_data import load_lexicon


@pytest.mark.parametrize("name", [
    "Free Hills Army", "the Northern Hills Army", "Lake Kivu Army", "Red Mountain Army", "Tarim Valley Army",
])
def test_an_army_named_for_no_country_is_an_armed_group(name: str) -> None:
    assert infer_type(name, None, load_lexicon()) == "armed_group"
    assert names_armed_group(name, load_lexicon())


@pytest.mark.parametrize("name", [
    "Sudanese Army", "the Army", "Kenya Army", "Ukraine's Army", "the National Army", "Royal Thai Army",
])
def test_a_state_army_stays_a_state_force(name: str) -> None:
    assert infer_type(name, None, load_lexicon()) == "state_military"
    assert not names_armed_group(name, load_lexicon())


@pytest.mark.parametrize(("name", "decided"), [
    ("Southern Plains Liberation Front", True),
    ("the Ogaden Patriotic Movement", True),
    ("Martyrs Brigade", True),
    ("gunmen", False),
    ("the Security Forces", False),
    ("Kenya Defence Forces", False),
    ("students", False),
])
def test_only_group_names_decide_a_side(name: str, decided: bool) -> None:
    assert names_armed_group(name, load_lexicon()) is decided
