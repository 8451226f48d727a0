"""The Arabic article written assimilated with an "e" ("Deir ez-Zor", "Ras es-Sider") stays inside its
name: the run was cut at "ez", so "Deir" and "Zor" were read as two missing names, the province went
unread and a village of it was put at another province the article named. Fiction written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Gunmen killed four guards at a checkpoint in Deir ez-Zor on Tuesday, a Syrian monitor said.",
         "Deir ez-Zor Governorate"),
        # a village the gazetteer lacks goes to the province its story names, not to one named later
        ("Raiders abducted two shepherds from the village of Khirbet Umran in the eastern province of "
         "Deir ez-Zor on Friday, a Syrian monitor said. Cells of the group also hide in the desert of Homs.",
         "Deir ez-Zor Governorate"),
    ],
)
def test_an_assimilated_article_stays_in_its_name(extract: Extract, text: str, admin1: str) -> None:
    places = [m.place for m in extract(text) if m.place is not None]
    assert places and places[0].admin1 == admin1
