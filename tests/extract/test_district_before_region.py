"""A village the gazetteer lacks goes to the seat of the district its article names before the centre
of a region the article names apart ("the village lies in the Ouallam department, north of Niamey");
a region named in the village's own sentence still holds it.

Every article here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import Place


def _place(extract: Extract, text: str) -> Place:
    return next(m.place for m in extract(text) if m.place is not None and m.sentence.start > 0)


@pytest.mark.parametrize(("text", "seat"), [
    ("Militants raid village in Niger\n\nMilitants killed 12 civilians in the village of Tchoma Bangou on "
     "Saturday. The village lies in the Ouallam department, north of Niamey.", "Ouallam"),
    ("Gunmen raid village in Niger\n\nGunmen killed nine civilians in the village of Garbey Kourou on Sunday. "
     "The village is in the Torodi department, west of Niamey.", "Torodi"),
    ("Gunmen kill 4 in Kenya\n\nGunmen killed four herders in the village of Kamuwongo-Ndau on Friday. The "
     "village is in Mwingi district, east of Nairobi.", "Mwingi"),
])
def test_the_article_s_district_before_a_region_named_apart(extract: Extract, text: str, seat: str) -> None:
    place = _place(extract, text)
    assert place.approximate and seat in (place.note or "")


def test_a_region_of_the_village_s_own_sentence_holds_it(extract: Extract) -> None:
    place = _place(extract, "Gunmen kill 4 in Kenya\n\nGunmen killed four herders in the village of "
                            "Kamuwongo-Ndau in Nairobi County on Friday. Police later searched Mwingi district.")
    assert place.admin1 == "Nairobi County"


def test_a_seat_inside_the_region_named_is_kept(extract: Extract) -> None:
    place = _place(extract, "Gunmen kill herders in Mali\n\nJihadists killed five herders in the hamlet of "
                            "Dia-Peulh on Monday. The hamlet lies in the Tenenkou district of the Mopti region.")
    assert "Ténenkou" in (place.note or "")
