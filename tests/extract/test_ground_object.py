"""A change of territory takes ground: a word of taking whose object is a state of affairs took no place;
one whose object is people is an abduction.

Every sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

GROUND_TYPES = ("government_regains_territory", "non_state_overtakes_territory")


@pytest.mark.parametrize("text", [
    # Ghana: protests taken over by thugs (passive subject)
    "Organisers said their protests in Accra had been taken over by hired thugs on Monday.",
    # DR Congo: police took control of the situation
    "Police took control of the situation in Goma on Tuesday after the rally turned violent, the mayor said.",
    # Ivory Coast: troops regained calm
    "Soldiers regained calm in the market town of Bouake on Friday after two days of unrest, a spokesman said.",
    # Sudan: a siege captured the attention of the world
    "The rebels' offensive on El Fasher captured the attention of aid agencies across the region on Sunday.",
    # Somalia: foreign troops took over security at an airport
    "Kenyan troops took over security at the airport in Kismayo on Monday, the regional administration said.",
    # Myanmar: rebels seized the initiative
    "Ethnic rebels seized the initiative in northern Shan State this week, analysts in Yangon said.",
])
def test_taking_an_abstraction_is_no_territory(extract: Extract, text: str) -> None:
    events = extract(text)
    assert not [m for m in events if m.type in GROUND_TYPES], [(m.type, m.trigger.text) for m in events]


@pytest.mark.parametrize(("text", "type_id"), [
    # DR Congo: rebels seized a town
    ("M23 rebels seized the town of Kitchanga on Sunday after heavy fighting, residents said.",
     "non_state_overtakes_territory"),
    # Cameroon: the army regained control of a junction ("control of" looks through to the place)
    ("The army regained control of the highway junction near Bamenda on Tuesday, a military source said.",
     "government_regains_territory"),
    # Mali: a base overrun
    ("Jihadist fighters overran a military base in Boulkessi on Sunday, security sources said.",
     "non_state_overtakes_territory"),
    # Mozambique: control regained with no object named (the phrase's own word)
    ("Government troops regained control of Macomia on Friday after days of fighting, the police said.",
     "government_regains_territory"),
])
def test_taking_ground_stays(extract: Extract, text: str, type_id: str) -> None:
    events = extract(text)
    assert any(m.type == type_id for m in events), [(m.type, m.trigger.text) for m in events]


@pytest.mark.parametrize("text", [
    # Somalia: an official and his aides captured
    "Al-Shabaab fighters captured a district commissioner and three aides near Baidoa on Monday, elders said.",
    # Burkina Faso: a mayor and his driver
    "Militiamen captured the mayor of Djibo and his driver on Tuesday, residents said.",
    # Cameroon: a traditional ruler and his secretary
    "Separatist fighters seized a traditional ruler and his secretary near Bamenda on Saturday, a local official said.",
])
def test_people_seized_by_an_armed_group_are_abducted(extract: Extract, text: str) -> None:
    events = extract(text)
    assert any(m.type == "abduction" for m in events), [(m.type, m.trigger.text) for m in events]
    assert not [m for m in events if m.type in GROUND_TYPES], [(m.type, m.trigger.text) for m in events]


@pytest.mark.parametrize("text", [
    # DR Congo: a town taken with its mayor is ground taken
    "M23 rebels captured the town of Rutshuru and its mayor on Sunday, residents said.",
    # Niger: a commissioner's compound is a site, not a person
    "Jihadist fighters seized the district commissioner's compound in Tillaberi on Friday, officials said.",
])
def test_ground_taken_with_or_of_people_stays_ground(extract: Extract, text: str) -> None:
    events = extract(text)
    assert any(m.type == "non_state_overtakes_territory" for m in events), [(m.type, m.trigger.text) for m in events]


@pytest.mark.parametrize("text", [
    # DR Congo: a town taken over under a peace deal
    "The army retook the town of Rutshuru under the terms of a peace deal brokered by Qatar, officials said.",
    # Mali: a camp handed to the state under an accord
    "Malian troops took control of the camp at Anefis on Sunday under an accord signed with the rebel coalition.",
    # Syria: rebels entering a district under a truce
    "Rebel fighters took over the district of Daraa al-Balad on Monday under a truce agreed with the government.",
])
def test_ground_taken_under_a_deal_is_a_transfer(extract: Extract, text: str) -> None:
    events = extract(text)
    assert any(m.type == "non_violent_territory_transfer" for m in events), [(m.type, m.trigger.text) for m in events]
    assert not [m for m in events if m.type in GROUND_TYPES], [(m.type, m.trigger.text) for m in events]


@pytest.mark.parametrize("text", [
    # Sudan: a capture in breach of a truce is still taken by force
    "RSF fighters captured the town of Mellit on Friday in violation of a truce, residents said.",
    # Ukraine: a village taken after a deal failed
    "Russian forces seized the village of Robotyne after talks on a deal collapsed, the ministry said.",
])
def test_ground_taken_beside_a_deal_stays_taken(extract: Extract, text: str) -> None:
    events = extract(text)
    assert any(m.type in GROUND_TYPES for m in events), [(m.type, m.trigger.text) for m in events]


@pytest.mark.parametrize("text", [
    # Ukraine: prisoners freed under an exchange deal
    "Russia and Ukraine exchanged 190 prisoners of war on Friday. The 95 Ukrainian defenders were liberated "
    "under a deal brokered by the United Arab Emirates, Kyiv said.",
    # South Caucasus: captives regained their freedom under an agreement
    "Armenia and Azerbaijan swapped 40 detainees on Tuesday. The 20 Armenian captives regained their freedom "
    "under an agreement mediated by Moscow.",
])
def test_people_freed_under_a_deal_are_no_ground(extract: Extract, text: str) -> None:
    events = extract(text)
    assert any(m.type == "prisoner_exchange" for m in events), [(m.type, m.trigger.text) for m in events]
    ground = (*GROUND_TYPES, "non_violent_territory_transfer")
    assert not [m for m in events if m.type in ground], [(m.type, m.trigger.text) for m in events]


@pytest.mark.parametrize("text", [
    # Ukraine: an idiom of seizing told under a deal (the deal retype makes it a transfer before this check)
    "Under the terms of the deal, Kyiv seized the chance to bring home 150 men, the president's office said.",
    # Lebanon: a force taking over security under a truce
    "Under the ceasefire, the army took over security in the southern town of Khiam on Sunday, officials said.",
    # Colombia: an opportunity seized under an accord
    "Under the accord, the guerrillas seized the opportunity to rejoin the talks in Havana, negotiators said.",
])
def test_an_abstraction_taken_under_a_deal_is_no_transfer(extract: Extract, text: str) -> None:
    events = extract(text)
    ground = (*GROUND_TYPES, "non_violent_territory_transfer")
    assert not [m for m in events if m.type in ground], [(m.type, m.trigger.text) for m in events]
