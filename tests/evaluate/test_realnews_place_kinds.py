"""Wrong places counted by why (round 29): aspects a fix acts on, naming no place of the scored set.

The aspects of a whole run are pinned in ``test_realnews_kinds.py``; these pin each aspect's reading.

The places are generic real towns and names invented for the test; nothing comes from an article of a set.
"""

from __future__ import annotations

import pytest

from sitreps.evaluate.realnews_gold import GoldPlace
from sitreps.evaluate.realnews_place_kinds import (
    _gold_core,
    _how_far,
    _how_placed,
    _named_as,
    _precisions,
    _shared_name,
    _word_after_people,
)
from sitreps.models import Place, PlacePrecision

GOLD_VILLAGE = GoldPlace("near Kolwa Dandi, Varn LGA, Kaduna State, Nigeria", 10.52, 7.44, "district", 30, "NG")


def test_the_gold_name_drops_its_place_words_and_unit_word() -> None:
    assert _gold_core(GOLD_VILLAGE) == "kolwa dandi"
    assert _gold_core(GoldPlace("Varn LGA, Kaduna State", 0.0, 0.0, "district", 30, "NG")) == "varn"
    assert _gold_core(GoldPlace("outskirts of Kolwa (east), Kaduna", 0.0, 0.0, "district", 30, "NG")) == "kolwa"


@pytest.mark.parametrize(("lat", "kind"), [(10.9, "up to 100 km"), (13.0, "100 to 500 km"), (16.0, "beyond 500 km")])
def test_distances_fall_in_bins(lat: float, kind: str) -> None:
    assert _how_far(Place(text="x", lat=lat, lon=7.44, evidence=[]), GOLD_VILLAGE) == kind
    assert _how_far(Place(text="x", evidence=[]), GOLD_VILLAGE) == "no point"


def test_a_missing_name_is_told_from_a_namesake_and_a_province() -> None:
    missing = Place(text="Kolwa Dandi", name="Kolwa Dandi", lat=10.3, lon=7.7, precision=PlacePrecision.REGION,
                    approximate=True, note="not in gazetteer; placed at the centre of Kaduna, named nearby",
                    evidence=[])
    assert _shared_name(missing, GOLD_VILLAGE) == "the gold's name, placed at a unit for want of it"
    assert _how_placed(missing) == "a missing name at a unit's or country's centre"
    assert _precisions(missing, GOLD_VILLAGE) == "region (a name the gazetteer lacks) / district"
    elsewhere = Place(text="Kolwa Dandi", name="Kolwa Dandi", lat=4.0, lon=9.0, precision=PlacePrecision.EXACT,
                      evidence=[])
    assert _shared_name(elsewhere, GOLD_VILLAGE) == "the gold's name (a namesake elsewhere)"
    town = Place(text="Kaduna", name="Kaduna", precision=PlacePrecision.EXACT, admin1="Kaduna State", evidence=[])
    assert _shared_name(town, GOLD_VILLAGE) == "a town named as the gold's province"
    state = Place(text="Kaduna State", name="Kaduna State", precision=PlacePrecision.REGION, admin1="Kaduna State",
                  evidence=[])
    assert _shared_name(state, GOLD_VILLAGE) == "a unit the gold lies in"
    other = Place(text="Kano", name="Kano", precision=PlacePrecision.EXACT, admin1="Kano State", evidence=[])
    assert _shared_name(other, GOLD_VILLAGE) == "another town named as its province"


def test_notes_are_read_without_their_names() -> None:
    inherited = Place(text="x", note="not named in its sentence; the story's place written earlier or later (Varn)",
                      evidence=[])
    assert _how_placed(inherited) == "the story's place, from another sentence"
    assert _how_placed(Place(text="x", note="something new", evidence=[])) == "another note"
    assert _how_placed(None) == "no place"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("mali said its troops fought near the village.", "by name"),
        ("officials in bamako said troops fought near the village.", "by its capital"),
        ("malian troops fought near the village.", "by its people only"),
        ("troops fought near the village.", "never"),
    ],
)
def test_how_an_article_writes_a_country(text: str, kind: str) -> None:
    assert _named_as("Mali", [text]) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("russian mercenaries took part.", "a noun of a force serving abroad"),
        ("russian instructors were seen.", "a noun of a force serving abroad"),
        ("russian troops took part.", "a noun of armed men"),
        ("russian officials declined to comment.", "a noun of officials"),
        ("a russian-made drone struck.", "a compound with a hyphen (-backed, -led, -made)"),
        ("a russian company said.", "another word"),
        ("no people word here.", "not found"),
    ],
)
def test_the_word_after_a_far_peoples_adjective(text: str, kind: str) -> None:
    assert _word_after_people("Russia", [text]) == kind
