"""A relative clause that tells an incident ("Friday's massacre, in which militiamen killed 18 villagers, was
condemned on Tuesday") takes the time of the noun it describes, not the time of what the sentence says of
that noun. Sentences written for these tests (fiction in the style of news, several conflicts and outlets),
published on Wednesday 1 May 2024."""

from __future__ import annotations

import pytest
from extract_helpers import incident_telling, run


@pytest.mark.parametrize(("text", "word", "day"), [
    ("Friday's massacre in Ituri, in which militiamen killed 18 villagers, was condemned by the UN on "
     "Tuesday.", "killed", "2024-04-26"),
    ("Sunday's ambush near Tumaco, in which rebels killed six police officers, drew a sharp response from "
     "the president on Monday.", "killed", "2024-04-28"),
    ("The attack on Saturday, in which gunmen shot dead nine miners in Zamfara, was blamed on bandits by the "
     "governor on Tuesday.", "shot", "2024-04-27"),
    ("Thursday's drone strike on a wedding party in Hodeidah, in which 11 guests died, was denounced by the "
     "Houthis on Monday.", "died", "2024-04-25"),
    ("The clashes of last Friday, in which militants killed four soldiers near Mopti, were the focus of talks "
     "in Bamako on Tuesday.", "killed", "2024-04-26"),
])
def test_a_relative_clause_takes_the_time_of_the_noun_it_describes(text: str, word: str, day: str) -> None:
    (document,) = run([text])
    tolled = [m for m in document.events if any(c.what == "killed" for c in m.counts)]
    assert tolled, [(m.type, m.trigger.text) for m in document.events]
    assert all(m.time is not None and m.time.start == day for m in tolled), [(m.trigger.text, m.time) for m in tolled]


@pytest.mark.parametrize(("text", "word", "day"), [
    # the time is the main clause's, and the relative clause tells the same moment
    ("Gunmen stormed a village in Niger state on Sunday where they killed nine farmers, police said on "
     "Tuesday.", "killed", "2024-04-28"),
    ("Rebels attacked a convoy on Monday in which three soldiers died, the army said on Wednesday.",
     "attacked", "2024-04-29"),
    # a time inside the relative clause stays its own
    ("Police on Tuesday arrested two men who bombed a bus station in Mombasa last month.", "bombed",
     "2024-04-01"),
])
def test_times_outside_a_described_noun_are_read_as_before(text: str, word: str, day: str) -> None:
    (document,) = run([text])
    incident = incident_telling(document.events, word, text)
    assert incident.time is not None and incident.time.start == day, incident.time
