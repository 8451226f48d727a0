"""A word for the people who may do an act is no telling of the act: "vigilantes" wounded by a bomb or
killed in an ambush are victims, not a mob's violence; what vigilantes did ("lynched") still is. Every text
is fiction written for these tests, in the style of wire copy, from several conflicts."""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize("text", [
    "On Wednesday a roadside bomb wounded three vigilantes near Anka in Zamfara state, residents said.",
    "Bandits killed four vigilantes in an ambush near Tsafe on Sunday, police said.",
    "Vigilantes guarding the road to Maiduguri were relieved by soldiers on Friday, the army said.",
])
def test_vigilantes_named_tell_no_mob_violence(extract: Extract, text: str) -> None:
    assert "mob_violence" not in {m.type for m in extract(text)}


@pytest.mark.parametrize("text", [
    "Vigilantes lynched a suspected thief in the market of Onitsha on Monday, police said.",
    "An angry mob beat to death two men accused of stealing a goat in Kisumu on Sunday, police said.",
])
def test_what_a_mob_did_is_mob_violence(extract: Extract, text: str) -> None:
    assert "mob_violence" in {m.type for m in extract(text)}
