"""An act ACLED maps is never placed where words about it were said abroad ("The attack was condemned at
a news conference in Washington"); a place of speaking at home, local people's place and a statement's own
place are kept. Fiction written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import run

from sitreps.models import EventMention


def _mapped(text: str) -> list[EventMention]:
    return [m for m in run([text])[0].events if m.acled is not None]


@pytest.mark.parametrize(
    ("text", "abroad"),
    [
        ("Gunmen killed seven soldiers in an ambush near Tillaberi on Tuesday, Niger's army said. The attack "
         "was condemned at a news conference in Washington by the US envoy.", "United States"),
        ("ELN guerrillas bombed an oil pipeline in Arauca department on Sunday, Colombia's army said. The "
         "attack was deplored in Havana by the government's negotiators.", "Cuba"),
        ("Rebels killed 40 villagers in Ituri province on Friday, Congolese officials said. The massacre was "
         "condemned in Brussels by the EU foreign policy chief.", "Belgium"),
        ("Army jets bombed a market in Kabkabiya, North Darfur, on Monday, killing 30 people, Sudanese "
         "activists said. The bombing was denounced in Geneva by the UN rights office.", "Switzerland"),
        ("A junta airstrike killed nine villagers in Sagaing region on Sunday, Myanmar resistance groups said. "
         "The airstrike was condemned in Bangkok by Thailand's foreign ministry.", "Thailand"),
        ("Russian missiles hit a hospital in Dnipro on Monday, killing four, Ukrainian officials said. The "
         "strike was condemned in Berlin by the German chancellor.", "Germany"),
    ],
)
def test_no_act_is_placed_where_it_was_condemned_abroad(text: str, abroad: str) -> None:
    mapped = _mapped(text)
    assert mapped and all(m.place is None or m.place.country != abroad for m in mapped)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # local people are where they live
        ("Residents of Kharkiv said a Russian glide bomb hit a residential building on Sunday, wounding 12.",
         "Kharkiv"),
        # a place of speaking at home is still the likeliest place of the act
        ("Russian shelling killed two people in Kherson on Monday. Officials in Kherson condemned the shelling.",
         "Kherson"),
    ],
)
def test_a_place_of_speaking_at_home_is_kept(text: str, name: str) -> None:
    assert any(m.place is not None and m.place.name == name for m in _mapped(text))


def test_a_statement_keeps_where_it_was_said() -> None:
    text = ("Rebels killed 40 villagers in Ituri province on Friday, Congolese officials said. The massacre was "
            "condemned in Brussels by the EU foreign policy chief.")
    said = [m for m in run([text])[0].events if m.type == "accusation"]
    assert said and said[0].place is not None and said[0].place.name == "Brussels"
