"""A struck thing named with its owner is that group's (``extract.owned_targets``): "jets struck HTS
positions" keeps the words but resolves the target to Hayat Tahrir al-Sham, so the event's target names
the side that held the positions. A place, a people's adjective or a common noun before the thing resolves
to no group here.

Every sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import ActorMention, EventMention, Role


def _targets(events: list[EventMention]) -> list[ActorMention]:
    return [a for m in events for a in m.actors if a.role == Role.TARGET]


@pytest.mark.parametrize(("text", "words", "group"), [
    ("Russian warplanes struck HTS positions in Saraqib on Tuesday, a war monitor said.", "positions", "sy-hts"),
    ("Colombian troops attacked ELN camps in Arauca department on Friday, the army said.", "camps", "co-eln"),
    ("Nigerian jets struck ISWAP positions near Lake Chad on Sunday, an air force spokesman said.", "positions",
     "iswap"),
    ("Somali forces raided al-Shabaab bases near Kismayo overnight, officials said.", "bases", "al-shabaab"),
    ("Israeli jets struck Hezbollah's weapons depots in the Bekaa valley on Monday.", "depots", "hezbollah"),
])
def test_the_things_owner_is_the_target(extract: Extract, text: str, words: str, group: str) -> None:
    targets = _targets(extract(text))
    assert any(words in t.name and group in (t.actor_id or "") for t in targets), targets


@pytest.mark.parametrize(("text", "words"), [
    ("Rebels shelled army positions near Goma on Sunday, residents said.", "army positions"),
    ("Government troops shelled Idlib positions overnight, a monitor said.", "positions"),
])
def test_no_group_named_before_the_thing(extract: Extract, text: str, words: str) -> None:
    """Near misses: a common noun and a place before the thing name no group of the registry."""
    targets = [t for t in _targets(extract(text)) if words in t.name]
    assert targets and all(t.actor_id is None or t.actor_id.startswith("new:") for t in targets), targets
