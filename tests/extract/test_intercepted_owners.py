"""Whose weapon an interception stopped is its target: "a warship shot down two Houthi drones", "air
defences intercepted a missile launched by the Houthis"; a means with no owner named adds no one.

Every sentence here is fiction written for these tests, in the styles of wire copy and local papers.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in, only

from sitreps.models import Role

DISRUPTED = "disrupted_weapons_use"


@pytest.mark.parametrize(("text", "owner"), [
    ("A French warship shot down two Houthi drones over the Red Sea on Saturday.", "Houthi"),
    ("A Danish frigate shot down a Houthi drone in the Gulf of Aden on Tuesday.", "Houthi"),
    ("Saudi air defences intercepted a ballistic missile launched by the Houthis toward Jizan.", "Houthis"),
    ("Ukrainian air defences shot down 30 Russian drones overnight, the air force said.", "Russian"),
    ("Israeli air defences intercepted an Iranian drone over the Golan Heights, the military said.", "Iranian"),
])
def test_the_owner_of_the_stopped_means_is_the_target(extract: Extract, text: str, owner: str) -> None:
    interception = only(extract(text), DISRUPTED)
    assert any(owner in name for name in names_in(interception, Role.TARGET)), interception.actors


def test_a_means_with_no_owner_adds_no_target(extract: Extract) -> None:
    interception = only(extract("Air defences shot down 23 of the 31 drones launched overnight, the air force said."),
                        DISRUPTED)
    assert names_in(interception, Role.TARGET) == []
