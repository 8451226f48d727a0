"""A crowd that disperses of its own accord ends a peaceful protest; a force that disperses it intervenes.

"disperse" is ergative: "police dispersed the crowd" is the force's act, which ACLED codes as a
protest with intervention, while "the crowd dispersed peacefully at dusk" is the crowd going home,
and ACLED's codebook keeps a protest that "dispersed peacefully" peaceful. The verb's doer decides:
a crowd, its members or the protest itself as the one that dispersed retypes the telling as a
peaceful protest (the ``retype`` rule of ``protest_with_intervention`` in data/taxonomy.yaml). Every
article here is fiction written for these tests, in the style of wire copy, from several countries.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

PEACEFUL = "peaceful_protest"
INTERVENTION = "protest_with_intervention"


@pytest.mark.parametrize("text", [
    ("Residents of Goma staged a sit-in outside the town hall on Wednesday to demand water supplies. "
     "The crowd dispersed peacefully in the evening, a local reporter said."),
    ("Hundreds of pensioners rallied in Bucharest on Monday against a pension freeze. The marchers dispersed at "
     "dusk after the speeches, organisers said."),
    ("Thousands of students marched through Santiago on Saturday to demand cheaper transport; the demonstrators "
     "later dispersed without incident."),
    ("Market traders held a protest in Kumasi on Thursday over new stall fees. The protest, which dispersed "
     "peacefully after two hours, was the third this month, the traders' union said."),
    # the marchers named by who they are, not as protesters (round 28, wire part w)
    ("In Cusco, about 3,000 students marched to the regional government on Friday and dispersed in the evening "
     "after handing over a list of demands."),
    ("Several hundred farmers rallied outside the district office in Multan on Monday and dispersed at sunset, "
     "a local journalist said."),
])
def test_a_crowd_that_dispersed_itself_stays_peaceful(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert PEACEFUL in types and INTERVENTION not in types, types


@pytest.mark.parametrize("text", [
    "Police dispersed the crowd that had gathered outside the electoral commission in Harare on Tuesday.",
    "Protesters were dispersed by riot police in Lahore on Friday after they blocked a highway, witnesses said.",
    "Police fired tear gas to disperse hundreds of teachers who marched in Nairobi on Monday.",
])
def test_a_crowd_the_force_dispersed_was_intervened(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert INTERVENTION in types, types


@pytest.mark.parametrize("text", [
    ("Thousands of nurses marched through Lusaka on Monday to demand unpaid wages. Police did not use tear gas, "
     "and the march ended outside the health ministry."),
    ("Riot police did not deploy water cannon against thousands of opposition supporters who marched in Tirana "
     "on Saturday."),
    ("Hundreds of dock workers rallied at the port of Mombasa on Tuesday over unpaid overtime; officers at the "
     "gates never fired rubber bullets, a union official said."),
])
def test_crowd_control_the_force_did_not_use_is_no_intervention(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert PEACEFUL in types and INTERVENTION not in types, types


@pytest.mark.parametrize("text", [
    "Police used tear gas against thousands of nurses who marched in Lusaka on Monday.",
    "Riot police deployed water cannon against opposition supporters who marched in Tirana on Saturday.",
])
def test_crowd_control_the_force_used_is_an_intervention(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert INTERVENTION in types, types
