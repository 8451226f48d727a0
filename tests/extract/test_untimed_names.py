"""A town the small tagger calls a date is still a place after "near" or "outside", prepositions that never
take a time ("a checkpost near Turbat": extract/place_words.py, round 27); a month or weekday stays a time."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention


def _placed(mentions: list[EventMention]) -> list[str]:
    return [m.place.name for m in mentions if m.place is not None and m.place.name is not None]


@pytest.mark.parametrize(
    "text",
    [
        # fiction in the style of news; the tagger reads "Turbat" as a date in each
        "On March 2, gunmen opened fire on a police post near Turbat, killing one policeman.",
        "Militants ambushed a Frontier Corps convoy outside Turbat, killing two soldiers, officials said.",
        "A roadside bomb struck a van near Turbat on Monday, killing three labourers.",
    ],
)
def test_a_town_read_as_a_date_is_the_place(extract: Extract, text: str) -> None:
    mentions = extract(text)
    assert mentions and "Turbat" in _placed(mentions), [(m.type, m.place) for m in mentions]


def test_a_weekday_after_near_is_no_place(extract: Extract) -> None:
    # near miss: "near Tuesday's deadline" tells a time, not a town
    mentions = extract("Militants killed two soldiers in Pakistan near Tuesday's deadline for talks, the army said.")
    assert "Tuesday" not in _placed(mentions)
