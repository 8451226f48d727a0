"""Where a fired weapon landed is where the attack happened, not where it was fired from. The parse
reads "Rockets fired from X landed in Y" as the clause "Rockets fired from X" with "landed in Y" below
it; a past-tense verb with no subject of its own there is the reduced relative's main verb, the same
act (extract/trigger_scene.py `_same_act`). Fiction in the style of news."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only


@pytest.mark.parametrize(
    ("text", "type_id", "name"),
    [
        ("Rockets fired from southern Lebanon landed in Kiryat Shmona on Tuesday, wounding three people, "
         "medics said.", "shelling_missile_attack", "Qiryat Shmona"),
        ("Rockets fired from the Gaza Strip landed in Ashkelon on Monday, wounding two people, police said.",
         "shelling_missile_attack", "Ashkelon"),
        ("Rockets fired from Russian-held Oleshky landed in Kherson on Sunday, killing an elderly man, "
         "officials said.", "shelling_missile_attack", "Kherson"),
    ],
)
def test_the_weapon_lands_where_the_attack_is(extract: Extract, text: str, type_id: str, name: str) -> None:
    mention = only(extract(text), type_id)
    assert mention.place is not None and mention.place.name == name


@pytest.mark.parametrize(
    ("text", "type_id", "name"),
    [
        # a clause with a subject and a marker of its own is another act: its place is not the killing's
        ("Gunmen killed three farmers in Gwoza after they returned from Maiduguri, police said.",
         "attack_on_civilians", "Gwoza"),
        # a relative clause tells the attack; the flight after it happened elsewhere
        ("Militants who attacked a checkpoint in Bannu on Friday fled to Afghanistan, police said.",
         "armed_clash", "Bannu"),
    ],
)
def test_another_clauses_place_stays_apart(extract: Extract, text: str, type_id: str, name: str) -> None:
    mention = only(extract(text), type_id)
    assert mention.place is not None and mention.place.name == name
