"""A protest whose report adds how it ended is told, not prevented.

"end", "halt" and "cease" are words of prevention when they govern an event as their object ("agreed
to end attacks"): the event is not reported as happening. The parser hangs a clause before a semicolon
on the verb after it ("teachers marched ...; the march ended peacefully" makes "marched" a clausal
complement of "ended"), which read every such protest as prevented. A clausal complement is what a
verb of fear or warning takes ("warned that attacks would follow"), never what a verb of prevention
takes, so only the first counts. Sentences written for these tests (fiction in the style of news).
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

PROTEST = "peaceful_protest"


@pytest.mark.parametrize("text", [
    ("Several thousand teachers marched through central Kelmar on Tuesday demanding unpaid salaries, as riot "
     "police were deployed along the route; the march ended peacefully outside parliament."),
    ("Hundreds of farmers rallied in front of the agriculture ministry in Doruna on Monday to demand fair prices; "
     "the rally ended in the early evening, organisers said."),
    ("Students protested outside the university in Amaro on Sunday against a fee rise; the protest ended without "
     "incident, police said."),
])
def test_a_protest_that_ended_was_told(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert PROTEST in types, types


@pytest.mark.parametrize("text", [
    "Both sides agreed on Monday to end attacks on civilians in the district of Amaro, mediators said.",
    "Residents warned that militants would attack the village of Doruna again, a local leader said.",
])
def test_prevented_or_feared_events_stay_unreported(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert not {"armed_clash", "attack_on_civilians"} & set(types), types
