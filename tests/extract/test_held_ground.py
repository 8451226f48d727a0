"""Who held the ground a capture took, told on the place ("the rebel-held town", "a town held by the
army"), is the capture's target; a place that names no holder leaves the story's fallback at work.

Every sentence here is fiction written for these tests, in the styles of wire copy and local papers.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in, only_of

from sitreps.models import Role

CAPTURES = frozenset({"non_state_overtakes_territory", "government_regains_territory"})


@pytest.mark.parametrize(("text", "holder"), [
    ("Government troops recaptured the rebel-held town of Kitchanga on Friday.", "rebel"),
    ("Yemeni troops retook the Houthi-controlled village of Hays after heavy fighting.", "Houthi"),
    ("Rebels captured Bunagana, a border town held by the Congolese army, on Monday.", "Congolese army"),
    ("Mozambican and Rwandan troops recaptured five insurgent-held villages near Palma.", "insurgent"),
    ("Somali forces retook the al-Shabaab-controlled town of Eel Dheer on Saturday.", "Shabaab"),
])
def test_the_holder_told_on_the_place_is_the_target(extract: Extract, text: str, holder: str) -> None:
    capture = only_of(extract(text), CAPTURES)
    assert any(holder in name for name in names_in(capture, Role.TARGET)), names_in(capture, Role.TARGET)


@pytest.mark.parametrize("text", [
    "Rebels seized large parts of the province, including two airports and the regional capital.",
    "Islamist fighters took control of the strategic town of Mondoro on Sunday.",
])
def test_a_place_that_names_no_holder_adds_none(extract: Extract, text: str) -> None:
    capture = only_of(extract(text), CAPTURES)
    assert names_in(capture, Role.TARGET) == [], names_in(capture, Role.TARGET)
