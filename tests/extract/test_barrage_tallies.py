"""An interception told as a tally of a whole barrage lies in the country, not in a town told before it (issue 15).

"the air force said it shot down 41 of 73 drones" counts a night's attack on a whole country; the town of
the sentence before it is where one drone struck (``extract.barrage_tallies``). An interception of its own
place, or one that counts no part of a whole, keeps the place it had. Every sentence was written for sitreps.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitreps import api

TALLIES = [
    ("Russian drones hit an apartment building in Kharkiv overnight, wounding four people, the mayor said."
     " Ukraine's air force said it had shot down 41 of 73 drones launched by Russia.", "Ukraine"),
    ("A missile struck a warehouse in Dnipro on Sunday, the governor said. The air force said its units shot"
     " down 30 of 45 drones and two of four missiles over the east of the country.", "Ukraine"),
    ("A drone hit a fuel depot in Belgorod overnight, the governor said. Russia's defence ministry said 58"
     " Ukrainian drones had been intercepted over seven regions.", "Russia"),
]

KEPT = [
    ("A drone hit a power line in Kherson overnight, the governor said. Air defences shot down the drone"
     " before it reached the city centre, he added.", "Kherson"),
    ("A drone hit a house in Sumy, the governor said. Air defences later shot down two more drones over"
     " the city.", "Sumy"),
]


def _interception_place(tmp_path: Path, text: str) -> str | None:
    path = tmp_path / "article.txt"
    path.write_text(f"Title: Report\nPublished: 2026-11-18\n\n{text}\n", encoding="utf-8")
    [document] = api.extract([path]).documents
    [place] = [m.place for m in document.events if m.type == "disrupted_weapons_use"]
    return place.name if place is not None else None


@pytest.mark.parametrize(("text", "country"), TALLIES)
def test_a_barrage_tally_lies_in_the_country(tmp_path: Path, text: str, country: str) -> None:
    assert _interception_place(tmp_path, text) == country


@pytest.mark.parametrize(("text", "town"), KEPT)
def test_an_interception_of_no_tally_keeps_the_town(tmp_path: Path, text: str, town: str) -> None:
    assert _interception_place(tmp_path, text) == town
