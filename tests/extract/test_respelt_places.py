"""A name matched only to a place of like spelling is believed only on the side of its country the
text names: "the village of Koumbri in northern Burkina Faso" is not Koubri, near the capital; it is
missing, placed in the country's north. Near misses: a respelt town on the side named is kept
("Huliaipole in southern Ukraine" is Hulyaypole), and so is one the text gives no bearing.

Every sentence here is fiction written for these tests (the villages are invented), in the style of
wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import Place, PlacePrecision


def _first_place(extract: Extract, text: str) -> Place:
    return next(m.place for m in extract(text) if m.place is not None)


@pytest.mark.parametrize(("text", "not_town"), [
    ("Jihadists attacked the village of Koumbri in northern Burkina Faso, killing 12 civilians.", "Koubri"),
    ("Gunmen raided the village of Yorossou in northern Mali, killing nine herders.", "Yorosso"),
    ("Militiamen burned the village of Tshikappa in eastern DR Congo, killing five.", "Tshikapa"),
    ("Soldiers clashed with rebels near the village of Nyaungdone in northern Myanmar.", "Nyaungdon"),
    ("Paramilitary fighters stormed the village of Kassalla in western Sudan, killing 14.", "Kassala"),
])
def test_a_respelt_town_on_the_other_side_is_given_up(extract: Extract, text: str, not_town: str) -> None:
    place = _first_place(extract, text)
    assert place.name != not_town and place.approximate and place.precision is PlacePrecision.COUNTRY, place
    assert "part of" in (place.note or ""), place  # moved into the part the text names


@pytest.mark.parametrize(("text", "town"), [
    ("Russian forces shelled Huliaipole in southern Ukraine, killing two.", "Hulyaypole"),
    ("A drone struck Maaloula in western Syria, killing three.", "lūlā"),
    ("Gunmen attacked the village of Yorossou in southern Mali, killing four.", "Yorosso"),
    ("Gunmen attacked the village of Yorossou, killing four, Malian officials said.", "Yorosso"),
])
def test_a_respelt_town_on_the_side_named_or_unbearinged_is_kept(extract: Extract, text: str, town: str) -> None:
    place = _first_place(extract, text)
    assert town in (place.name or "") and not place.approximate, place
