"""A round-up's toll spread over several units or across an area is no incident's toll (issue 13 "Counts").

"Russian attacks killed four civilians in three southern regions" and "Shelling and glide bombs kill four
across southern Ukraine" sum the incidents the story then tells town by town; folded into the first of them,
its 4 stood for Kherson's one dead (``extract.generic_statements.is_spread_tally``). A toll in one region,
"across the street", or in one province stays its incident's. Every article here was written for sitreps.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitreps import api

ROUNDUPS = [
    ("Shelling and glide bombs kill four across southern Ukraine",
     "Russian attacks killed four civilians in three southern regions over the past day, Ukrainian officials"
     " said on Sunday.\n\nIn Kherson, Russian artillery fire killed a 61-year-old woman in her yard on Saturday"
     " evening, the regional administration said.", "Kherson", 1),
    ("Report", "Air strikes killed 11 people across three provinces on Monday, officials said.\n\nIn Idlib, a"
     " strike on a market killed six people. Another strike in Hama killed five.", "Idlib", 6),
    ("Israeli strikes kill 20 across Gaza", "An Israeli strike on a school sheltering displaced families in"
     " Gaza City killed 12 people on Tuesday, the civil defence agency said.", "Gaza", 12),
    ("Report", "Militants killed at least nine soldiers in separate attacks in two states of northern Nigeria,"
     " the army said.\n\nIn Borno, insurgents ambushed a patrol near Gwoza, killing six soldiers.", "Gwoza", 6),
]

ONE_INCIDENT = [
    ("Russian shelling killed three people in the Kherson region on Monday, the governor said.", 3),
    ("A car bomb killed five people across the street from the main hospital in Mogadishu, police said.", 5),
    ("Air strikes killed 11 people in Idlib province on Monday, a monitor said.", 11),
]


def _rows(tmp_path: Path, title: str, body: str) -> list[tuple[str | None, int | None]]:
    path = tmp_path / "article.txt"
    path.write_text(f"Title: {title}\nPublished: 2026-11-29\n\n{body}\n", encoding="utf-8")
    [document] = api.extract([path]).documents
    return [(m.place.name if m.place else None, next((c.value for c in m.counts if c.what == "killed"), None))
            for m in document.events]


@pytest.mark.parametrize(("title", "body", "town", "dead"), ROUNDUPS)
def test_the_first_town_keeps_its_own_toll(tmp_path: Path, title: str, body: str, town: str, dead: int) -> None:
    rows = _rows(tmp_path, title, body)
    assert rows[0] == (town, dead), rows


@pytest.mark.parametrize(("sentence", "dead"), ONE_INCIDENT)
def test_one_place_keeps_its_toll(tmp_path: Path, sentence: str, dead: int) -> None:
    assert [killed for _, killed in _rows(tmp_path, "Report", sentence)] == [dead]
