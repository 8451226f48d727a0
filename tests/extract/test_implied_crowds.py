"""A demonstration that names no crowd gets the one its type implies (ACLED codes every demonstration
with its crowd as actor 1); a named organiser or crowd wins, and other events get none. Sentences
written for these tests (fiction in the style of news)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in, only

from sitreps.extract.implied_actors import IMPLIED_FLAG, implied_crowd_name
from sitreps.models import EventMention, Role


def _implied(mention: EventMention) -> list[tuple[Role, str, str | None, str]]:
    """(role, name, country, evidence) of the mention's implied actors."""
    return [(a.role, a.name, a.country, a.evidence[0].text) for a in mention.actors if a.review_flag == IMPLIED_FLAG]


@pytest.mark.parametrize(("text", "type_id", "crowd", "country", "trigger"), [
    ("KAMPALA, Uganda (AP) — A protest against rising fuel prices was held in central Kampala on Tuesday.",
     "peaceful_protest", "protesters", "Uganda", "protest"),
    ("Demonstrations broke out in Tunis on Friday after the government announced new taxes on bread.",
     "peaceful_protest", "protesters", "Tunisia", "Demonstrations"),
    ("A rally in support of the jailed poet was held outside the courthouse in Almaty on Monday.",
     "peaceful_protest", "protesters", "Kazakhstan", "rally"),
    ("Riots erupted in the port city of Mombasa overnight, with cars set ablaze and shops looted.",
     "violent_demonstration", "rioters", "Kenya", "Riots"),
])
def test_a_demonstration_naming_no_crowd_gets_the_implied_one(extract: Extract, text: str, type_id: str,
                                                               crowd: str, country: str, trigger: str) -> None:
    mention = only(extract(text), type_id)
    assert _implied(mention) == [(Role.INITIATOR, crowd, country, trigger)], mention.actors


def test_a_force_that_broke_up_a_protest_met_the_implied_crowd(extract: Extract) -> None:
    """The mention keeps the police as the doer; the crowd they met is its target (the row's actor 1)."""
    mention = only(extract("Police fired tear gas to break up a protest in Harare on Wednesday, witnesses said."),
                   "protest_with_intervention")
    assert names_in(mention, Role.INITIATOR) == ["Police"], mention.actors
    assert [(role, name) for role, name, _, _ in _implied(mention)] == [(Role.TARGET, "protesters")]


@pytest.mark.parametrize("text", [
    "The Federation of Trade Unions organised a protest in Colombo on Thursday against wage cuts.",
    "Hundreds of students protested in Dhaka on Monday against the quota system.",
    "Farmers blocked highways near Amritsar on Tuesday in protest at new crop prices.",
    "Police fired tear gas to disperse nurses gathered outside the health ministry in Nairobi on Friday.",
])
def test_a_named_organiser_or_crowd_wins(extract: Extract, text: str) -> None:
    protests = [m for m in extract(text) if implied_crowd_name(m.type) is not None]
    assert protests, "no demonstration found"
    assert all(not _implied(m) for m in protests), [m.actors for m in protests]


@pytest.mark.parametrize("text", [
    "Rebels attacked an army post near Goma on Tuesday, killing four soldiers.",
    "A roadside bomb struck a minibus near Kandahar on Monday, killing six passengers.",
])
def test_other_events_get_no_implied_actor(extract: Extract, text: str) -> None:
    assert all(not _implied(m) for m in extract(text))


@pytest.mark.parametrize(("text", "country"), [
    ("Five opposition activists were arrested in Minsk on Friday, a rights group said.", "Belarus"),
    ("A prominent blogger was detained at Cairo airport on Sunday as he returned from abroad.", "Egypt"),
    ("ADDIS ABABA (Reuters) - Three journalists were arrested in the Ethiopian capital on Monday.", "Ethiopia"),
])
def test_an_arrest_naming_no_arrester_is_the_authorities(extract: Extract, text: str, country: str) -> None:
    arrest = only(extract(text), "arrest")
    assert [(role, name, where) for role, name, where, _ in _implied(arrest)] == [
        (Role.INITIATOR, "authorities", country)], arrest.actors


@pytest.mark.parametrize(("text", "arrester"), [
    ("Soldiers detained two village chiefs near Beni on Tuesday, residents said.", "Soldiers"),
    ("Police in Lahore arrested a man suspected of planning a bomb attack.", "Police"),
])
def test_a_named_arrester_wins(extract: Extract, text: str, arrester: str) -> None:
    arrest = only(extract(text), "arrest")
    assert not _implied(arrest) and any(arrester in n for n in names_in(arrest, Role.INITIATOR)), arrest.actors


@pytest.mark.parametrize(("text", "person"), [
    ("Former mayor Dragan Petrovic led a crowd of several thousand people through central Novi Sad on Friday "
     "to protest the collapse of the station canopy.", "Dragan Petrovic"),
    ("Student leader Farhana Akter took part in a march through Dhaka on Tuesday demanding lower fees.",
     "Farhana Akter"),
    ("Opposition politician Luis Carrasco joined a rally in Arequipa on Sunday against the mining concession.",
     "Luis Carrasco"),
])
def test_a_person_taking_part_is_no_crowd(extract: Extract, text: str, person: str) -> None:
    """One named person marching, leading or joining is not whom ACLED codes as a demonstration's actor 1
    ("Protesters (Serbia)", the person an associated actor): the crowd is implied, the person kept as a
    participant."""
    protest = only(extract(text), "peaceful_protest")
    assert [(role, name) for role, name, _, _ in _implied(protest)] == [(Role.INITIATOR, "protesters")]
    assert person not in names_in(protest, Role.INITIATOR), protest.actors
    assert person in names_in(protest, Role.PARTICIPANT), protest.actors


@pytest.mark.parametrize(("text", "group"), [
    ("The Kenya Medical Practitioners Union staged a march in Kisumu on Tuesday to demand more doctors.",
     "Union"),
    ("Hundreds of bazaar merchants in Tehran staged a protest on Sunday against the new currency rules.",
     "merchants"),
])
def test_a_named_group_stays_the_crowd(extract: Extract, text: str, group: str) -> None:
    protest = only(extract(text), "peaceful_protest")
    assert not _implied(protest) and any(group in n for n in names_in(protest, Role.INITIATOR)), protest.actors


@pytest.mark.parametrize(("text", "crowd", "country"), [
    ("Demonstrators in Dhaka were dispersed with batons and rubber bullets on Monday, witnesses said.",
     "Demonstrators", "Bangladesh"),
    ("TBILISI, Georgia (AP) — Water cannon were turned on protesters outside parliament late on Thursday.",
     "protesters", "Georgia"),
    ("Students marching in Nairobi were dispersed with tear gas on Tuesday, witnesses said.",
     "Students", "Kenya"),
])
def test_a_crowd_met_by_an_unnamed_force_leads(extract: Extract, text: str, crowd: str, country: str) -> None:
    """The crowd told as what an unnamed force met ("demonstrators were dispersed") is the crowd itself,
    not its own target."""
    protest = next(m for m in extract(text) if m.type in ("protest_with_intervention",
                                                           "excessive_force_against_protesters"))
    assert any(crowd in n for n in names_in(protest, Role.INITIATOR)), protest.actors
    assert not any(crowd in n for n in names_in(protest, Role.TARGET)), protest.actors
    assert all(a.country == country for a in protest.actors if a.role is Role.INITIATOR), protest.actors


def test_a_named_force_keeps_the_crowd_as_what_it_met(extract: Extract) -> None:
    """With the force named the mention keeps who did what (``link.row_sides`` sides the row)."""
    mention = only(extract("Kenyan police lobbed tear gas at hundreds of youths protesting in Nakuru on Tuesday."),
                   "protest_with_intervention")
    assert any("police" in n for n in names_in(mention, Role.INITIATOR)), mention.actors
    assert any("youths" in n for n in names_in(mention, Role.TARGET)), mention.actors
