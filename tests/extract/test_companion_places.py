"""An act told as done during, at or after another event of its sentence happened where that one did,
when its sentence gives it no place of its own; not one told as done over or for another event.

Every sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention


def _arrest(events: list[EventMention]) -> EventMention:
    return next(m for m in events if m.type == "arrest" and "\n" not in m.sentence.text and m.sentence.start > 0)


@pytest.mark.parametrize(("text", "town"), [
    ("Activists detained in Venezuela\n\nVenezuelan police detained six opposition activists after a rally in "
     "the city of Valencia on Sunday, their party said.", "Valencia"),
    ("Journalist held in Bolivia\n\nSecurity forces arrested a journalist after a rally in Santa Cruz on Friday, "
     "Bolivian media said.", "Santa Cruz"),
    ("Students held in Myanmar\n\nRiot police arrested 14 students following a demonstration in the city of "
     "Mandalay, Myanmar, on Monday, a student union said.", "Mandalay"),
])
def test_an_arrest_at_a_protest_takes_the_protest_s_town(extract: Extract, text: str, town: str) -> None:
    place = _arrest(extract(text)).place
    assert place is not None and town in (place.name or "") and place.note is None  # from its own sentence


@pytest.mark.parametrize("text", [
    "Arrests in Pakistan\n\nPolice arrested three men over a bombing in Quetta last month, officials said.",
    "Suspects held in Nigeria\n\nSoldiers arrested five suspects over the killing of farmers in Makurdi earlier "
    "this month, the army said.",
])
def test_an_arrest_over_another_event_takes_no_place_from_it(extract: Extract, text: str) -> None:
    place = _arrest(extract(text)).place  # not from its sentence: from the story, whichever place it gives
    assert place is not None and (place.note or "").startswith("not named in its sentence")
