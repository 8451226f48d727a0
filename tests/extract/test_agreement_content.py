"""What a deal, a truce or a demand asks for is its content, not an incident of its own.

ACLED codes the agreement (or the demand's protest), not the withdrawal it asks, the deployment
it provides for or the fighting it halts. An event noun in the object side of a clause whose
subject is a deal, or under a word of demanding, agreeing or halting, is no row. Acts told as
happening beside a truce stay incidents. Every text here is fiction written for these tests, in
the style of news copy from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention


def told(events: list[EventMention]) -> list[tuple[str, str]]:
    return [(m.type, m.trigger.text) for m in events]


@pytest.mark.parametrize(("text", "content"), [
    # the terms of a deal: the clause's subject is the deal
    ("The accord signed in Lusaka on Friday demands the withdrawal of the Kivu Defence Front from the towns "
     "it holds, mediators said.", "withdrawal"),
    ("The truce, brokered by Qatar on Sunday, calls for the deployment of monitors along the front line near "
     "Baraka.", "deployment"),
    ("The roadmap includes the withdrawal of foreign fighters from the port of Sirta within ninety days, "
     "the envoy told reporters in Geneva on Thursday.", "withdrawal"),
    # a demand: what is demanded has not happened
    ("Students in Omdara demanded the withdrawal of troops from the university campus on Tuesday.", "withdrawal"),
    ("Church leaders in Port Salut appealed for the deployment of police units to the southern districts on "
     "Wednesday.", "deployment"),
    # what a deal halts
    ("Under the deal, the rebel alliance agreed to a halt to attacks on aid convoys near Garo, officials "
     "said on Monday.", "attacks"),
])
def test_the_content_of_a_deal_or_demand_is_no_incident(extract: Extract, text: str, content: str) -> None:
    events = extract(text)
    assert content not in [m.trigger.text for m in events], told(events)


@pytest.mark.parametrize(("text", "incident"), [
    ("Fighting broke out near Baraka on Sunday despite the truce signed last week, residents said.", "Fighting"),
    ("The ceasefire collapsed on Monday as shelling resumed in the eastern suburbs of Kessa.", "shelling"),
    ("The agreement was signed in Tamba on Monday, a day after clashes in the hills killed nine soldiers.",
     "clashes"),
    ("Rebel fighters began their withdrawal from the town of Ruvo on Monday, three days after the accord was "
     "signed, residents said.", "withdrawal"),
    # what a demand is about is not what it asks
    ("Hundreds of students demanded justice on Friday for the killing of a classmate by police in Kessa.",
     "killing"),
])
def test_acts_told_beside_a_deal_stay_incidents(extract: Extract, text: str, incident: str) -> None:
    events = extract(text)
    assert incident in [m.trigger.text for m in events], told(events)


def test_the_deal_itself_stays(extract: Extract) -> None:
    events = extract("The truce, brokered by Qatar on Sunday, calls for the deployment of monitors along the "
                     "front line near Baraka.")
    assert "ceasefire" in [m.type for m in events], told(events)


# A "since" clause or phrase under a record ("the first talks since the offensive began", "the largest
# march since police broke up a sit-in") names the start of the period the record is measured over: a
# time reference, not a report, unless the article dates it to a day.
@pytest.mark.parametrize(("text", "reference"), [
    ("It was the first direct meeting between the two sides since the militia launched its offensive on "
     "Tessit at the start of the year.", "offensive"),
    ("The march on Saturday was the largest in Port Vila since police broke up a sit-in outside parliament "
     "two years ago, organisers said.", "sit-in"),
    ("It was the deadliest raid on the garrison at Fenno since jihadists overran the base early last year, "
     "officials said on Thursday.", "overran"),
])
def test_the_start_of_a_record_period_is_no_incident(extract: Extract, text: str, reference: str) -> None:
    events = extract(text)
    assert reference not in [m.trigger.text for m in events], told(events)


@pytest.mark.parametrize(("text", "incident"), [
    ("Since the bombing of the market in Garo on Monday, shops have stayed shut, residents said.", "bombing"),
    ("The rebels have held the town of Meru since they captured it on March 3, a spokesman said.", "captured"),
    # no record: the act the period starts from is news of its own
    ("Violence has surged in Tarsa province since the arrest of the movement's founder in July, police said.",
     "arrest"),
    ("The march on Saturday was the largest in Port Vila since police broke up a sit-in outside parliament "
     "two years ago, organisers said.", "march"),
])
def test_a_dated_or_unmeasured_start_of_a_period_stays(extract: Extract, text: str, incident: str) -> None:
    events = extract(text)
    assert incident in [m.trigger.text for m in events], told(events)


# A deal named as a standing thing ("a threat to the 2015 peace accord", "violating the ceasefire",
# "implementing the Lanxi Agreement") is referred to, not made: no agreement row of its own.
@pytest.mark.parametrize(("text", "deal"), [
    ("Opposition leaders in Juma warned on Monday that the arrests posed a threat to the 2015 peace accord.",
     "accord"),
    ("Both armies accused each other of violating the ceasefire in the border district of Kuri on Saturday.",
     "ceasefire"),
    ("A junta spokesman said on Friday that the army remained focused on implementing the Lanxi Agreement.",
     "Agreement"),
])
def test_a_standing_deal_referred_to_is_no_incident(extract: Extract, text: str, deal: str) -> None:
    events = extract(text)
    assert deal not in [m.trigger.text for m in events], told(events)


@pytest.mark.parametrize("text", [
    "The army and the Kuri Liberation Front signed a ceasefire in the border town of Kuri on Saturday.",
    "The ceasefire agreed on Monday was violated within hours as shelling resumed near Kuri, residents said.",
])
def test_a_deal_made_or_broken_as_subject_stays(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert {"agreement", "ceasefire"} & set(types), types


# An act a speaker urges a side to do ("urged the rebels to withdraw", "called on the army to stop
# shelling", "demanded that troops leave") is the demand's content: it has not happened.
@pytest.mark.parametrize(("text", "content"), [
    ("The UN Security Council urged the rebels to withdraw from the town of Mavo on Thursday.", "withdraw"),
    ("Aid agencies called on the army to stop shelling the town of Kessa, a spokesman said on Monday.",
     "shelling"),
    ("Opposition leaders in Sennar asked the government on Sunday to withdraw troops from the capital's "
     "streets.", "withdraw"),
])
def test_an_act_urged_on_a_side_is_no_incident(extract: Extract, text: str, content: str) -> None:
    events = extract(text)
    assert content not in [m.trigger.text for m in events], told(events)


@pytest.mark.parametrize(("text", "incident"), [
    ("Troops withdrew from Mavo on Thursday after the UN Security Council urged a pullback, residents said.",
     "withdrew"),
    ("The army shelled Kessa on Monday despite calls by aid agencies to stop, residents said.", "shelled"),
])
def test_an_act_done_despite_a_demand_stays(extract: Extract, text: str, incident: str) -> None:
    events = extract(text)
    assert incident in [m.trigger.text for m in events], told(events)
