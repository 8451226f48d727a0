"""A town's own surroundings written with its possessive ("Kadugli's outskirts", "Goma's northern
suburbs") place the event near that town (ACLED geo_precision 2), as "the outskirts of Kadugli" does;
a possessive of a person or body ("Kharkiv's mayor", "Goma's residents") places nothing near it. Fiction
written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only


@pytest.mark.parametrize(
    ("text", "type_id", "name", "country"),
    [
        ("The SPLM-N said its fighters repelled an army attack on Kadugli's outskirts on Monday, killing 20 "
         "soldiers.", "armed_clash", "Kadugli", "Sudan"),
        ("M23 rebels shelled Goma's northern suburbs on Friday, killing seven civilians, the governor said.",
         "shelling_missile_attack", "Goma", "Democratic Republic of the Congo"),
        ("Separatists attacked a checkpoint on Bamenda's outskirts on Tuesday, killing two gendarmes.",
         "armed_clash", "Bamenda", "Cameroon"),
        ("Israeli jets struck Beirut's southern suburbs overnight, killing a Hezbollah commander, Lebanese media "
         "said.", "air_drone_strike", "Beirut", "Lebanon"),
        ("Gunmen on motorbikes killed five traders in Kaduna's outskirts on Saturday, police said.",
         "attack_on_civilians", "Kaduna", "Nigeria"),
    ],
)
def test_a_towns_surroundings_place_the_event_near_it(extract: Extract, text: str, type_id: str, name: str,
                                                      country: str) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and (place.name, place.country, place.geo_precision) == (name, country, 2)


@pytest.mark.parametrize(
    ("text", "type_id"),
    [
        ("Kharkiv's mayor said a missile hit an apartment block in the city on Tuesday, killing three.",
         "shelling_missile_attack"),
        ("Goma's residents fled as M23 rebels shelled the city on Friday, killing seven civilians.",
         "shelling_missile_attack"),
    ],
)
def test_a_towns_people_are_no_surroundings(extract: Extract, text: str, type_id: str) -> None:
    place = only(extract(text), type_id).place
    assert place is None or place.geo_precision != 2
