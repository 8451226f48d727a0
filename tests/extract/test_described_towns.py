"""A name that only describes a town before "<noun> of <town>" is not the place (issue 15).

"the Danube port of Izmail", "the Black Sea port of Tuapse", "the Donetsk region town of Kostiantynivka":
the first name says which river, sea or province the town lies on or in; the town after "of" is where the
act happened (``extract.placename._described_town``). A unit word before "of" ("the Pokrovsk district of
Donetsk region"), a part of a town ("the Haret Hreik neighbourhood of Beirut") and a name with no "of"
after it ("the Nuseirat refugee camp") keep the first name.
Every sentence here was written for sitreps.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitreps import api

DESCRIBED = [
    ("In the Danube port of Izmail, a drone hit a grain terminal, wounding a truck driver, officials said.",
     "Izmail"),
    ("Debris from drones set fire to a fuel tank at the refinery in the Black Sea port of Tuapse, the governor"
     " said.", "Tuapse"),
    ("Russian shelling killed two civilians in the Donetsk region town of Kostiantynivka on Monday, officials"
     " said.", "Kostiantynivka"),
    ("A missile hit a cargo ship near the Red Sea port of Hodeidah on Monday, the coast guard said.",
     "Al Ḩudaydah"),
    ("Separatists attacked a checkpoint in the Anglophone city of Bamenda on Monday, killing two soldiers.",
     "Bamenda"),
]

KEPT = [
    ("Russian troops captured a village in the Pokrovsk district of Donetsk region, the ministry said.",
     "Pokrovsk Raion"),
    ("Gunmen shot dead three men in the Haret Hreik neighbourhood of Beirut on Sunday, police said.",
     "Haret Hreik"),
    ("Israeli strikes hit the Nuseirat refugee camp on Monday, killing five people, medics said.",
     "An Nuşayrāt"),
]


def _places(tmp_path: Path, sentence: str) -> list[str | None]:
    path = tmp_path / "article.txt"
    path.write_text(f"Title: Report\nPublished: 2026-11-18\n\n{sentence}\n", encoding="utf-8")
    [document] = api.extract([path]).documents
    return [m.place.name for m in document.events if m.place is not None]


@pytest.mark.parametrize(("sentence", "town"), DESCRIBED)
def test_the_town_after_of_is_the_place(tmp_path: Path, sentence: str, town: str) -> None:
    assert _places(tmp_path, sentence)[:1] == [town]


@pytest.mark.parametrize(("sentence", "place"), KEPT)
def test_a_unit_or_a_site_with_no_of_keeps_its_name(tmp_path: Path, sentence: str, place: str) -> None:
    assert _places(tmp_path, sentence)[:1] == [place]
