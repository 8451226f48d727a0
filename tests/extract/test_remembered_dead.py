"""The dead a rite remembers ("marched to mourn the 23 people killed last month", "rallied to commemorate
40 villagers") are an earlier incident's, never the toll of the march that holds the rite; a rite in a
clause of its own may mourn the incident just told ("attacked a village, and residents buried 11 people
killed in the raid"), and keeps its figure. Sentences written for these tests (fiction in the style of
news, several conflicts and outlets)."""

from __future__ import annotations

import pytest
from extract_helpers import incident_telling, run

from sitreps.models import EventMention


def _deaths(text: str, word: str) -> int | None:
    """The death toll of the incident telling ``word`` (None: none)."""
    (document,) = run([text])
    incident: EventMention = incident_telling(document.events, word, text)
    return next((c.value for c in incident.counts if c.what == "killed"), None)


@pytest.mark.parametrize(("text", "word"), [
    ("Hundreds marched in Nairobi on Tuesday to mourn the 23 people killed during last month's protests.", "marched"),
    ("Thousands rallied in Juba on Saturday to commemorate the 40 villagers killed by soldiers in 2016.", "rallied"),
    ("Crowds demonstrated in Tunis on Sunday, honouring the 9 activists killed by police in 2013.", "demonstrated"),
    ("Students protested in Dhaka on Monday at a vigil for the 12 demonstrators shot dead in July.", "protested"),
    ("Veterans marched through Belgrade on Friday to remember the 14 fighters who died in the siege of 1999.",
     "marched"),
])
def test_the_dead_a_rite_remembers_are_no_toll_of_the_march(text: str, word: str) -> None:
    assert _deaths(text, word) is None


@pytest.mark.parametrize(("text", "word", "toll"), [
    ("Gunmen attacked mourners at a funeral in Kaduna on Saturday, killing 7 people.", "attacked", 7),
    ("Rebels attacked a village near Beni on Saturday, and residents buried 11 people killed in the raid.",
     "attacked", 11),
    ("Rebels attacked a village near Beni on Saturday. Residents mourned 11 people killed in the raid.",
     "attacked", 11),
    ("Soldiers raided a market in Gao on Friday; relatives buried 6 traders killed in the raid on Saturday.",
     "raided", 6),
])
def test_a_rite_of_its_own_clause_keeps_the_incidents_toll(text: str, word: str, toll: int) -> None:
    assert _deaths(text, word) == toll
