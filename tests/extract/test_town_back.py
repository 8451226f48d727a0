"""An event told at "the town" takes the town its story named before (extract/town_back.py): wire
copy names a town once ("besieged the town of Niono", "Residents of Beni fled") and tells the attack
in the next sentence "outside the town" or "in a neighbourhood of the town". Fiction in the style of
wire copy; the near misses name another town or none."""

from __future__ import annotations

import pytest
from extract_helpers import Extract
from test_finer_places import placed


@pytest.mark.parametrize(
    ("text", "type_id", "town", "country"),
    [
        ("Soldiers killed in central Mali\n\nJihadists have besieged the town of Niono in central Mali for weeks. "
         "On Monday they ambushed a convoy outside the town, killing eight soldiers, a security source said.",
         "armed_clash", "Niono", "Mali"),
        ("ADF rebels kill 11 in eastern Congo\n\nResidents of Beni in North Kivu province fled their homes on "
         "Tuesday. Suspected ADF rebels attacked a neighbourhood of the town overnight, killing 11 civilians, "
         "a local official said.", "attack_on_civilians", "Beni", "Democratic Republic of the Congo"),
        ("Police post attacked in Pakistan's northwest\n\nSecurity has been tightened around Bannu in Khyber "
         "Pakhtunkhwa province since March. On Thursday militants attacked a police post in the town, killing "
         "three officers, police said.", "armed_clash", "Bannu", "Pakistan"),
    ],
)
def test_the_town_is_the_one_named_before(extract: Extract, text: str, type_id: str, town: str,
                                          country: str) -> None:
    place = placed(extract(text), type_id)
    assert town in (place.name or "") + place.text and place.country == country


@pytest.mark.parametrize(
    ("text", "type_id", "country"),
    [
        # "the neighbouring town" is another town than the one named
        ("Soldiers killed in central Mali\n\nJihadists have besieged the town of Niono in central Mali for weeks. "
         "On Monday they ambushed a convoy outside the neighbouring town, killing eight soldiers, a security "
         "source said.", "armed_clash", "Mali"),
        # "a town" points back to nothing
        ("Soldiers killed in central Mali\n\nJihadists have besieged the town of Niono in central Mali for weeks. "
         "On Monday they ambushed a convoy outside a town, killing eight soldiers, a security source said.",
         "armed_clash", "Mali"),
    ],
)
def test_another_town_or_none_leaves_the_place(extract: Extract, text: str, type_id: str, country: str) -> None:
    place = placed(extract(text), type_id)
    assert place.precision.value in ("country", "region") and place.country == country
    assert "Niono" not in (place.name or "") + place.text
