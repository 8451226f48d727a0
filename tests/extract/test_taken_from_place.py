"""The side a capture took ground from, told by a "from" phrase the parser hung on the place, is its target.

"Seized the border crossing at Kerem from army troops": with a place phrase between the verb and "from",
the parser often hangs the loser on the place noun, not the verb. A distance ("40 kilometres from the
regional capital") or a direction names no party and adds no target; nor does the place's own "of" name.
Every sentence here is fiction written for these tests, in the styles of wire copy and local papers.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in, only_of

from sitreps.models import Role

CAPTURES = frozenset({"non_state_overtakes_territory", "government_regains_territory"})


@pytest.mark.parametrize(("text", "loser"), [
    ("The Black Hills Brigade said it had taken full control of the border crossing at Kerem from army troops.",
     "army troops"),
    ("Rebels seized the army base at Dolo from government soldiers on Friday.", "army"),
    ("Jihadists captured the town of Tessit from the Malian army after two days of fighting.", "army"),
    ("The militia took control of the oil field near Sarir from rival fighters loyal to the Dawn Coalition.",
     "rival fighters"),
    ("Government forces recaptured the port of Marsa from the Coast Liberation Army on Monday.",
     "Coast Liberation Army"),
])
def test_the_side_the_ground_was_taken_from_is_the_target(extract: Extract, text: str, loser: str) -> None:
    capture = only_of(extract(text), CAPTURES)
    assert any(loser in name for name in names_in(capture, Role.TARGET)), names_in(capture, Role.TARGET)


@pytest.mark.parametrize(("text", "place"), [
    ("Rebels seized the village of Orra, some 40 kilometres from the regional capital, on Tuesday.", "Orra"),
    ("Insurgents captured the town of Bakri, 15 miles from the border with Chad, residents said.", "Bakri"),
    ("Fighters of the Unity Front captured the district of Sarwa from the direction of the river.", "Sarwa"),
])
def test_a_distance_or_the_place_itself_is_no_target(extract: Extract, text: str, place: str) -> None:
    capture = only_of(extract(text), CAPTURES)
    assert not any(place in name or "capital" in name for name in names_in(capture, Role.TARGET)), \
        names_in(capture, Role.TARGET)
