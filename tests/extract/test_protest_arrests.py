"""The people the police arrested at a protest they broke up are that protest's intervention.

ACLED codes arrests at a demonstration as the demonstration's intervention ("Arrests" only standing alone), so
an arrest told in a sentence of its own at the protest's town (or of no place of its own), on its day (or of
none), joins a protest with intervention or excessive force (``intervention_parts`` of
``data/incident_kinds.yaml``, ``extract.battle_strikes``). Near misses: arrests in another city, on another day,
"Separately", and arrests beside a protest no force met. Every article here is fiction written for these tests.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, incident_telling

BROKEN_UP = {"protest_with_intervention", "excessive_force_against_protesters"}


@pytest.mark.parametrize(("text", "protest", "arrest"), [
    # Kenya: a march dispersed, the arrests told after
    ("Hundreds of protesters marched through Kisumu on Thursday against rising fuel prices. Police fired tear "
     "gas to disperse the crowd, and at least 25 people were arrested, a police commander said.",
     "marched", "arrested"),
    # Georgia: a rally broken up, dozens detained in the same sentence's participle
    ("Thousands of people rallied outside parliament in Tbilisi on Saturday night.\n\n"
     "Riot police later moved in with water cannon and pepper spray to clear the avenue, detaining dozens.",
     "rallied", "detaining"),
    # Togo: the arrests in a paragraph of their own
    ("Security forces fired tear gas to break up an opposition march in Lomé on Wednesday, witnesses said.\n\n"
     "Police arrested at least 12 marchers, a rights group said.", "tear gas", "arrested"),
])
def test_arrests_at_a_protest_broken_up_are_the_protest(extract: Extract, text: str, protest: str,
                                                       arrest: str) -> None:
    events = extract(text)
    incident = incident_telling(events, protest, text)
    assert incident is incident_telling(events, arrest, text)
    assert incident.type in BROKEN_UP


@pytest.mark.parametrize(("text", "protest", "arrest"), [
    # arrests in another city
    ("Police fired tear gas to disperse students protesting in Dhaka on Monday.\n\n"
     "Police arrested 14 opposition activists in Chittagong on Monday, officials said.", "tear gas", "arrested"),
    # arrests two days later
    ("Police fired tear gas to disperse protesters in Kampala on Monday, witnesses said.\n\n"
     "On Wednesday, police arrested 20 opposition activists in Kampala, a spokesman said.", "tear gas", "arrested"),
    # separately, arrests of another kind
    ("Riot police used water cannon to break up a rally in Belgrade on Sunday.\n\n"
     "Separately, police arrested two men suspected of smuggling weapons in Belgrade on Sunday.",
     "water cannon", "arrested"),
])
def test_arrests_elsewhere_or_apart_stay_apart(extract: Extract, text: str, protest: str, arrest: str) -> None:
    events = extract(text)
    assert incident_telling(events, protest, text) is not incident_telling(events, arrest, text)
