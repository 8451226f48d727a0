"""A town matched only by a near spelling must lie in a unit the story names in its country (issue 15).

"Udachne" of a story about the Pokrovsk district of Donetsk region was matched by spelling to Dachne in
Odesa Oblast, some 500 km away; "Avdiivkaa" of a Donetsk story to an Avdiivka of Chernihiv Oblast. Such a
match is kept only inside a unit the story names in that country (``Gazetteer._in_named_units``); otherwise
the named unit holds the missing place, approximate. A story naming no unit, or naming the town's own unit,
keeps the match. Written for sitreps.
"""

from __future__ import annotations

import pytest

from sitreps.resolve.gazetteer import get_gazetteer

STORY = ["Russia", "Ukraine"]

OUTSIDE = [
    ("Udachne", ["Pokrovsk district", "Donetsk region"], "Donetsk Oblast"),
    ("Avdiivkaa", ["Donetsk region"], "Donetsk Oblast"),
    ("Bakhmutt", ["Kharkiv region"], "Kharkiv Oblast"),
]

INSIDE_OR_NONE = [
    ("Bakhmutt", ["Donetsk region"], "Bakhmut"),
    ("Vovchanskk", ["Kharkiv region"], "Vovchansk"),
    ("Kramatorks", [], "Kramatorsk"),
]


@pytest.mark.parametrize(("name", "units", "admin1"), OUTSIDE)
def test_a_near_spelling_outside_the_named_units_is_refused(name: str, units: list[str], admin1: str) -> None:
    match = get_gazetteer().resolve(name, context_countries=STORY, article_units=units)
    assert (match.name, match.country, match.approximate, match.respelt) == (name, "Ukraine", True, False)
    assert admin1 in (match.note or "") or match.admin1 == admin1


@pytest.mark.parametrize(("name", "units", "town"), INSIDE_OR_NONE)
def test_a_near_spelling_inside_them_or_with_none_named_is_kept(name: str, units: list[str], town: str) -> None:
    match = get_gazetteer().resolve(name, context_countries=STORY, article_units=units)
    assert match.name == town and match.respelt
