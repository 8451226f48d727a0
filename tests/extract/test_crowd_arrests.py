"""A protest whose crowd the police arrested on its day and at its place is a protest with intervention, the
arrest staying a row of its own. Near misses: arrests of other people, in another town, on another day, and
"Separately" leave a peaceful protest peaceful.

Every article here is fiction written for these tests, in the voices of wire copy, a local paper, a union's
statement and a rights group, from several countries.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, incident_telling

PEACEFUL = "peaceful_protest"
INTERVENTION = "protest_with_intervention"


def _listed(extract: Extract, text: str) -> list[tuple[str, str]]:
    return [(m.type, m.trigger.text) for m in extract(text)]


@pytest.mark.parametrize(("text", "protest"), [
    ("Students rallied in Dhaka on Sunday demanding the resignation of the vice chancellor. Police detained at "
     "least 30 of the students, a spokesman said.", "rallied"),
    ("Miners blocked a highway near Arequipa on Thursday to demand higher wages. Police officers removed the "
     "blockade and arrested 12 miners.", "blocked"),
    ("Hundreds of opposition supporters marched in Kampala on Monday. Police arrested 45 protesters, the "
     "opposition said in a statement.", "marched"),
    ("Thousands of women marched through Tehran on Friday against the hijab law. Security agents detained several "
     "of the marchers near the university, a rights group said.", "marched"),
    ("Teachers demonstrated outside parliament in Nairobi on Tuesday over delayed pay. Police arrested four of "
     "the teachers, their union said.", "demonstrated"),
])
def test_arrests_of_the_crowd_make_the_protest_an_intervention(extract: Extract, text: str, protest: str) -> None:
    events = extract(text)
    assert incident_telling(events, protest, text).type == INTERVENTION, _listed(extract, text)
    assert "arrest" in {m.type for m in events}, _listed(extract, text)


@pytest.mark.parametrize(("text", "protest"), [
    ("Students marched in Dhaka on Sunday. On Wednesday, police arrested 20 students in Dhaka, a spokesman said.",
     "marched"),
    ("Farmers protested peacefully in Lima on Monday. Police arrested two men suspected of robbery in Lima on "
     "Monday.", "protested"),
    ("Students marched peacefully in Dhaka on Sunday. Police arrested 14 students in Chittagong on Sunday, "
     "officials said.", "marched"),
    ("Nurses held a rally in Accra on Friday over unpaid allowances. Separately, police arrested three suspected "
     "car thieves in Accra on Friday.", "rally"),
    # round 29: an arrest of no place of its own belongs to the gathering told before it, not to the next one
    ("Youths burned tyres and threw stones at police in Bamako on Monday. The ministry said 40 people had been "
     "arrested. In Sikasso, several hundred people marched peacefully to the governor's office on Monday.",
     "marched"),
])
def test_other_arrests_leave_the_protest_peaceful(extract: Extract, text: str, protest: str) -> None:
    events = extract(text)
    assert incident_telling(events, protest, text).type == PEACEFUL, _listed(extract, text)
