"""Where words were said is not where the act happened: a place inside a report's speaker, its
audience or its own locative ranks after the places of the act (extract/said_from.py), and is
kept when it is the sentence's only place."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only


@pytest.mark.parametrize(
    ("text", "type_id", "name"),
    [
        # fiction in the style of news; the speaker's place is written first in each
        ("Speaking in Kyiv, the governor said Russian troops shelled Nikopol overnight.",
         "shelling_missile_attack", "Nikopol"),
        ("Officials in Kherson said Russian forces shelled Beryslav on Tuesday, killing two people.",
         "shelling_missile_attack", "Beryslav"),
        ("A police spokesman in Maiduguri said gunmen killed 12 farmers in the village of Kwatara on Saturday.",
         "attack_on_civilians", "Kwatara"),
        ("The minister told a news conference in Islamabad that militants ambushed a police patrol in "
         "Bannu district on Friday.", "armed_clash", "Bannu District"),
        ("Speaking from Port Sudan, the army chief said the RSF shelled El Fasher on Sunday.",
         "shelling_missile_attack", "El Fasher"),
    ],
)
def test_the_speakers_place_yields_to_the_acts(extract: Extract, text: str, type_id: str, name: str) -> None:
    mention = only(extract(text), type_id)
    assert mention.place is not None and mention.place.name == name


@pytest.mark.parametrize(
    ("text", "type_id", "name"),
    [
        # the speaker's place is the only one: most often where it happened
        ("Residents in Gao said militants shelled the town overnight.", "shelling_missile_attack", "Gao"),
        # what a verb of reporting reports keeps its place ("reported clashes in Kidal")
        ("The army reported clashes in Kidal on Sunday, a spokesman in Bamako said.", "armed_clash", "Kidal"),
    ],
)
def test_a_reported_place_or_a_lone_speakers_place_stays(extract: Extract, text: str, type_id: str,
                                                         name: str) -> None:
    mention = only(extract(text), type_id)
    assert mention.place is not None and mention.place.name == name
