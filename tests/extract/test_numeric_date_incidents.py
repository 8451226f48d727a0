"""An incident dated in figures ("on 13.05.2024", "on 5/13/2024") takes that day (``resolve.numeric_dates``).

Every sentence here is fiction written for these tests, in the style of wire and local copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import run


@pytest.mark.parametrize(("text", "day"), [
    ("Gunmen killed four farmers in the village of Dogo on 13.05.2024, police said.", "2024-05-13"),
    ("The army said its troops repelled an attack on a base near Menaka on 02/03/2024, killing 11 militants.",
     "2024-03-02"),
    ("A roadside bomb killed two soldiers near Kidal on 7.1.2024, the ministry said.", "2024-01-07"),
    ("Rebels shelled the town of Kalehe on 5/13/2024, killing three civilians, the governor said.", "2024-05-13"),
    ("Police arrested 25 protesters in Lahore on 21/11/2023 after clashes outside the assembly.", "2023-11-21"),
])
def test_an_incident_dated_in_figures_takes_that_day(text: str, day: str) -> None:
    (document,) = run([text])
    assert day in {m.time.start for m in document.events if m.time is not None}
