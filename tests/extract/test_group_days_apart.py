"""An incident its headline and lead tell, dated by the lead, keeps out a body telling of another day.

The merged incident keeps its first telling's sentence (an undated headline) and the lead's day, so the
check of two days stated in their own sentences once saw an undated headline against the body's Monday,
and a Monday roadside bomb near another town joined the lead's Tuesday attack, typing the row by the bomb.
Every text here is fiction written for these tests, in the style of wire copy, from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, incident_telling


@pytest.mark.parametrize(("text", "lead", "body"), [
    ("Jihadists attack army post in central Mali\n\nMOPTI - Jihadists attacked an army post near Djenne on "
     "Tuesday, killing four soldiers, the army said.\n\nOn Monday an improvised explosive device hit a truck "
     "near Sevare in the Mopti region, wounding two drivers.", "attacked", "explosive device"),
    ("Gunmen attack town in Zamfara\n\nGUSAU - Gunmen attacked Kaura Namoda in Zamfara state on Thursday, "
     "killing nine people, police said.\n\nOn Wednesday a roadside bomb wounded three farmers near the "
     "village of Tudun Bakolori in Zamfara state, residents said.", "attacked", "roadside bomb"),
    ("Insurgents attack checkpoint in Ghazni\n\nGHAZNI - Insurgents attacked a police checkpoint in Ghazni "
     "city on Saturday, killing two policemen, officials said.\n\nOn Friday a rocket hit a market near the "
     "village of Qala-i-Sufla Bakhtak in Ghazni province, wounding six people, a doctor said.", "attacked",
     "rocket"),
])
def test_a_body_telling_of_another_day_is_another_incident(extract: Extract, text: str, lead: str,
                                                            body: str) -> None:
    events = extract(text)
    assert incident_telling(events, lead, text) is not incident_telling(events, body, text)


@pytest.mark.parametrize(("text", "lead", "body"), [
    # the body retells the lead's day
    ("Jihadists attack army post in central Mali\n\nMOPTI - Jihadists attacked an army post near Djenne on "
     "Tuesday, killing four soldiers, the army said.\n\nThe attack on Tuesday lasted two hours, a soldier "
     "said.", "attacked", "attack on"),
    # an undated body telling of the lead's attack
    ("Gunmen raid village in Zamfara\n\nGUSAU - Gunmen raided the village of Kurya in Zamfara state on "
     "Thursday, killing nine people, police said.\n\nThe attack lasted several hours, residents said.",
     "killing", "attack lasted"),
])
def test_a_body_telling_of_the_leads_day_stays_one(extract: Extract, text: str, lead: str, body: str) -> None:
    events = extract(text)
    assert incident_telling(events, lead, text) is incident_telling(events, body, text)
