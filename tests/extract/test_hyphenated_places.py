"""A place name written with hyphens is one name, however the parse cuts it: "Pul-e-Khumri" is not
"Pul-e", "Ras al-Ain" is neither "Ras al" nor a town "Ain" of its own (extract/name_runs.py `name_groups`,
extract/places.py `_candidates`). Fiction in the style of news."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only


@pytest.mark.parametrize(
    ("text", "type_id", "written", "country"),
    [
        ("A bomb killed four worshippers at a mosque in Pul-e-Khumri on Friday, police in Afghanistan said.",
         "remote_explosive", "Pul-e-Khumri", "Afghanistan"),
        ("Turkish drones killed two Kurdish fighters in Ras al-Ain in northeastern Syria on Tuesday, a monitor said.",
         "air_drone_strike", "Ras al-Ain", "Syria"),
        ("Gunmen killed six shepherds in Ras al-Ain on Tuesday, a Syrian war monitor said.",
         "attack_on_civilians", "Ras al-Ain", "Syria"),
        ("A car bomb killed three people at a market in Pul-i-Khumri, the capital of Afghanistan's Baghlan "
         "province, on Sunday.", "remote_explosive", "Pul-i-Khumri", "Afghanistan"),
    ],
)
def test_a_hyphenated_name_is_read_whole(extract: Extract, text: str, type_id: str, written: str,
                                        country: str) -> None:
    mention = only(extract(text), type_id)
    assert mention.place is not None and written in mention.place.text
    assert mention.place.country == country


@pytest.mark.parametrize(
    ("text", "type_id", "name"),
    [
        # a dash with spaces joins no words: the name before it stands alone
        ("Russian shelling killed two people in Kupiansk - a town east of Kharkiv - on Wednesday, officials said.",
         "shelling_missile_attack", "Kupiansk"),
        # a hyphenated adjective after the place is no part of its name
        ("Militants attacked a police post in Bannu on Friday in a pre-dawn raid, killing three officers.",
         "armed_clash", "Bannu"),
    ],
)
def test_words_a_dash_sets_apart_stay_apart(extract: Extract, text: str, type_id: str, name: str) -> None:
    mention = only(extract(text), type_id)
    assert mention.place is not None and mention.place.name == name
