"""A gathering the force "broke up", cleared or stormed is a protest with intervention.

ACLED codes a protest that the authorities break up as a protest with intervention. Copy names the
gathering with its own words between the verb and the noun ("broke up an opposition rally", "break up
teachers' sit-in", headline style): the ``break up * rally`` phrases of ``protest_with_intervention``
in data/taxonomy.yaml take them, where the bare "break up a rally" did not. So do the other ways
a force ends a gathering short of deadly force: clearing, storming or raiding a sit-in or protest camp,
charging at, beating, whipping or teargassing protesters, removing them by force. Every article here is
fiction written for these tests, in the style of wire copy and headlines, from several countries.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

INTERVENTION = "protest_with_intervention"


@pytest.mark.parametrize("text", [
    "Police broke up an opposition rally in Kinshasa on Saturday, witnesses said.",
    "Riot police break up teachers' sit-in outside parliament in Tegucigalpa",
    "Gendarmes broke up a student march in Abidjan on Tuesday, a union leader said.",
    "Police break up PTI march in Lahore, dozens arrested",
    "Officers broke up the farmers' protest camp near the highway in Haryana on Sunday.",
    "Soldiers broke up a candlelight vigil for the victims in Bamako on Friday.",
])
def test_a_gathering_broken_up_is_an_intervention(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert INTERVENTION in types, types


@pytest.mark.parametrize("text", [
    "Police cleared a protest camp outside the presidential palace in Dhaka on Tuesday.",
    "Security forces stormed a sit-in by opposition supporters in Khartoum on Monday.",
    "Riot police charged at demonstrators with batons in Tbilisi on Sunday night.",
    "Police beat protesters with batons outside the election commission in Kampala on Friday.",
    "Officers forcibly removed protesters blocking the road to the mine in Cajamarca on Thursday.",
    "Police teargassed hundreds of protesters in Kampala on Thursday.",
    "Protesters were beaten by police as they marched in Harare on Saturday.",
    "Soldiers whipped protesters at a roadblock in Lilongwe on Monday.",
])
def test_a_gathering_a_force_ends_short_of_deadly_force_is_an_intervention(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert INTERVENTION in types, types


@pytest.mark.parametrize("text", [
    "Prosecutors in Tunis charged 12 protesters with rioting on Wednesday.",
    "The court cleared three protesters of all charges in Lima on Monday.",
    "Rebels stormed a military camp near Beni on Saturday, killing four soldiers.",
    "The ruling party candidate beat the protest candidate in the Ulaanbaatar vote.",
    "Protesters beat a traffic policeman during the march in Nairobi on Tuesday, police said.",
])
def test_other_senses_of_the_force_verbs_are_no_intervention(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert INTERVENTION not in types, types


@pytest.mark.parametrize("text", [
    "The ruling coalition broke up after the election in Tbilisi, officials said.",
    "Police broke up a drug smuggling ring in Mombasa on Monday.",
    "The march broke up peacefully in the afternoon in Santiago.",
    "Detectives broke up a gang that had robbed banks across Lagos, police said.",
])
def test_no_crowd_broken_up_by_a_force_is_no_intervention(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert INTERVENTION not in types, types
