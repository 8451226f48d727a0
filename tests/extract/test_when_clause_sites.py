"""A site named by the verb of a "when" clause is where the act happened: "a man was shot dead when
settlers stormed the village of X, north of Y" is X, not the town it lies north of. Fiction written for
these tests (round 24)."""

from __future__ import annotations

import pytest
from extract_helpers import run

from sitreps.models import EventMention


def _places(text: str) -> list[str | None]:
    mentions: list[EventMention] = [m for m in run([text])[0].events if m.acled is not None]
    return [m.place.text if m.place else None for m in mentions]


@pytest.mark.parametrize(
    ("text", "site", "reference"),
    [
        ("A Palestinian man was shot dead on Wednesday when dozens of settlers stormed the village of Turmus "
         "Ayya, north of Ramallah, residents said.", "Turmus Ayya", "Ramallah"),
        ("A farmer was killed on Friday when settlers entered the village of Sinjil, north of Ramallah, "
         "residents said.", "Sinjil", "Ramallah"),
        ("A teenager was shot dead as troops entered the town of Qabatiya, south of Jenin, medics said.",
         "Qabatiya", "Jenin"),
        ("A man was killed when militiamen entered the town of Djibo, north of Ouahigouya, on Monday.",
         "Djibo", "Ouahigouya"),
    ],
)
def test_the_when_clauses_site_places_the_act(text: str, site: str, reference: str) -> None:
    places = _places(text)
    assert places and any(p is not None and site in p for p in places), places
    assert reference not in places, places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # near miss: a "when" clause that names no site keeps the act's own locative
        ("A man was shot dead in Nablus on Monday when soldiers opened fire on a car, medics said.", "Nablus"),
        # near miss: a clause not of the same act ("after") leaves its object alone
        ("Two people were killed in Jenin on Tuesday after troops had surrounded the village of Qabatiya.",
         "Jenin"),
    ],
)
def test_other_clauses_leave_the_place(text: str, place: str) -> None:
    places = _places(text)
    assert places and any(p is not None and place in p for p in places), places
