"""What a target can be: an actor or a thing an actor owns, never a region, and a bare count only when
nothing better is named.

Sentences written for these tests (fiction in the style of news).
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.annotate.nlp import load_nlp
from sitreps.extract.nouns import is_region
from sitreps.models import EventMention, Role


def targets(events: list[EventMention]) -> list[str]:
    return [a.name for m in events for a in m.actors if a.role == Role.TARGET]


@pytest.mark.parametrize(("sentence", "word", "region"), [
    ("Heavy battles rocked districts across the city.", "districts", True),
    ("Shells fell on the outskirts of Varno.", "outskirts", True),
    ("The militia shelled the town overnight.", "town", True),
    ("Gunmen attacked a market in the town.", "market", False),
    ("Rebels overran an army post near the border.", "post", False),
    ("A drone hit the camp for displaced families.", "camp", False),
    ("The Tarn Province was shelled.", "Province", False),  # a name, not a common noun
])
def test_regions_are_common_nouns_of_land(sentence: str, word: str, region: bool) -> None:
    token = next(t for t in load_nlp()(sentence) if t.text == word)
    assert is_region(token) is region


@pytest.mark.parametrize(("text", "region"), [
    ("Fighting between rival militias reignited overnight in Dorvan, with heavy battles rocking districts "
     "across the whole city.", "districts"),
    ("Artillery fire from the Northern Brigade pounded neighbourhoods on the edge of Saltmarsh on Sunday.",
     "neighbourhoods"),
])
def test_a_region_struck_is_where_not_whom(extract: Extract, text: str, region: str) -> None:
    events = extract(text)
    assert events, text
    assert not any(region in name for name in targets(events)), events


def test_a_named_region_stays_for_the_place_finder(extract: Extract) -> None:
    events = extract("Government artillery shelled the town of Varno on Sunday, residents said.")
    assert any("Varno" in name for name in targets(events)), events


@pytest.mark.parametrize(("text", "doer"), [
    ("Separatist rebels claimed to have killed dozens of government soldiers during clashes near Tarbel.",
     "rebels"),
    ("The Varn Liberation Front claimed to have shot down an army helicopter during fighting near Oska.",
     "Liberation Front"),
])
def test_who_claims_its_own_act_did_it(extract: Extract, text: str, doer: str) -> None:
    initiators = [a.name for m in extract(text) for a in m.actors if a.role == Role.INITIATOR]
    assert any(doer in name for name in initiators), initiators


def test_bases_struck_are_bases_not_a_basis(extract: Extract) -> None:
    events = extract("The army launched airstrikes against rebel bases in the Tolla hills on Monday.")
    assert any("bases" in name for name in targets(events)), events
