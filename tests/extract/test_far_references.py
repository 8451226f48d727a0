"""A town told only as a far reference point ("in Soum province, 200 km north of Ouagadougou") is not
where the event happened: past FAR_REFERENCE_KM it ranks after the district or town the event is said
to be in (extract/place_ranking.py `locate`, extract/bearings.py `stated_distance_km`); a close one ("10 km
from Parachinar") is still the finest place told, as ACLED codes it (geo_precision 2). Fiction in the
style of news."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only


@pytest.mark.parametrize(
    ("text", "type_id", "name"),
    [
        ("Militants attacked a bus in Kurram, about 200 km west of Peshawar, killing 40 passengers, police said.",
         "attack_on_civilians", "Kurram District"),
        ("Jihadists attacked an army post in Soum province, 200 km north of Ouagadougou, on Sunday, killing "
         "10 soldiers.", "armed_clash", "Province du Soum"),
        ("Gunmen killed nine villagers in Sinjar district, 120 kilometres (75 miles) west of Mosul, on Friday, "
         "officials said.", "attack_on_civilians", "Sinjar"),
    ],
)
def test_a_far_reference_town_yields_to_the_place_the_event_is_in(extract: Extract, text: str, type_id: str,
                                                                  name: str) -> None:
    mention = only(extract(text), type_id)
    assert mention.place is not None and mention.place.name == name


@pytest.mark.parametrize(
    ("text", "type_id", "name"),
    [
        # a town close by is finer than the district the event is in
        ("Troops clashed with militants in Kurram district, 10 km from Parachinar, on Monday, killing three, "
         "police said.", "armed_clash", "Parachinar"),
        # with no other place told, even a far town is the best point there is
        ("Gunmen attacked a village 60 km from Maiduguri on Saturday, killing 12 farmers, police said.",
         "attack_on_civilians", "Maiduguri"),
    ],
)
def test_a_close_or_lone_reference_town_stays(extract: Extract, text: str, type_id: str, name: str) -> None:
    mention = only(extract(text), type_id)
    assert mention.place is not None and mention.place.name == name
