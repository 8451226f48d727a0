"""One name, one place within a story: a village the gazetteer lacks, placed through its own sentence
(a border, a unit), keeps that placing where a later sentence names it bare; a different name, or the
same name placed as finely in two provinces, keeps its own answer. Fiction written for these tests;
the villages' names are made up."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention


def placed(events: list[EventMention], name: str) -> list[EventMention]:
    """The mentions whose place carries ``name``, in the story's order."""
    return [m for m in events if m.place is not None and m.place.name == name]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Gunmen abducted nine traders at Kalgouri Wells, close to the Somali border, Kenyan police said on "
         "Monday.\n\nLast year, a roadside bomb killed three police officers at Kalgouri Wells.",
         "Kalgouri Wells", "Kenya"),
        ("Militants torched the market in Dar Hamra, a hamlet close to the Chadian border, on Friday, Sudanese "
         "officials said.\n\nIn June, militia fighters shot dead four farmers at Dar Hamra.", "Dar Hamra", "Sudan"),
        ("Russian forces shelled the village of Verkhnia Pysarivka Druha near the border with Russia on Tuesday, "
         "wounding two, officials in Ukraine said.\n\nIn August, a drone attack killed a tractor driver in "
         "Verkhnia Pysarivka Druha.", "Verkhnia Pysarivka Druha", "Ukraine"),
    ],
)
def test_a_bare_repeat_of_a_missing_village_keeps_its_story_placing(extract: Extract, text: str, name: str,
                                                                    country: str) -> None:
    first, later = placed(extract(text), name)
    assert first.place is not None and later.place is not None
    assert "border area" in (first.place.note or "")
    assert (later.place.country, later.place.lat, later.place.lon) == (country, first.place.lat, first.place.lon)
    assert later.place.approximate and name in later.place.text
    assert later.place.evidence[0].start > first.place.evidence[0].start  # its own words stay its evidence


def test_another_missing_village_of_the_story_keeps_its_own_answer(extract: Extract) -> None:
    text = ("Gunmen abducted nine traders at Kalgouri Wells, close to the Somali border, Kenyan police said on "
            "Monday.\n\nLast year, a roadside bomb killed three police officers at Dambas Ledi.")
    (other,) = placed(extract(text), "Dambas Ledi")
    assert other.place is not None and "border area" not in (other.place.note or "")


def test_one_name_placed_as_finely_in_two_provinces_keeps_both(extract: Extract) -> None:
    text = ("Insurgents shot dead a rubber tapper in the village of Ban Kho Sai in Narathiwat province on Tuesday, "
            "police said.\n\nLast year, protesters blocked a road in the village of Ban Kho Sai in Yala province "
            "to demand a new school.")
    first, later = placed(extract(text), "Ban Kho Sai")
    assert first.place is not None and later.place is not None
    assert (first.place.admin1, later.place.admin1) == ("Narathiwat", "Yala")
