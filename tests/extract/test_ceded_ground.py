"""A change of territory and the withdrawal from that town, told in two sentences, are one incident.

The withdrawal is the losing side's telling: its doer becomes the incident's target, the taker stays
its initiator. A withdrawal from another town, or from the town in another year, stays apart.
Every article here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, incident_telling, names_in

from sitreps.extract.agreement import names_spot
from sitreps.extract.ceded_ground import ceded, folds_at_spot
from sitreps.models import ActorMention, EventMention, Place, PlacePrecision, Role, Span

TERRITORY = {"government_regains_territory", "non_state_overtakes_territory", "non_violent_territory_transfer"}


@pytest.mark.parametrize(("text", "taken", "left"), [
    ("Al-Shabaab fighters seized the town of Bulo Burde in Somalia on Monday, residents said. "
     "Somali troops had withdrawn from Bulo Burde on Monday, a military officer told reporters.",
     "seized", "withdrawn"),
    ("Russian forces withdrew from the town of Kupiansk on Thursday, the regional governor said. "
     "Ukrainian troops recaptured Kupiansk on Thursday, the general staff said.",
     "recaptured", "withdrew"),
    ("Houthi fighters took control of the city of Marib on Sunday, tribal sources said. "
     "Government troops pulled out of Marib on Sunday after weeks of fighting, an officer said.",
     "took control", "pulled out"),
])
def test_a_capture_and_the_withdrawal_from_its_town_are_one_incident(extract: Extract, text: str, taken: str,
                                                                     left: str) -> None:
    events = extract(text)
    assert incident_telling(events, taken, text) is incident_telling(events, left, text)
    incident = incident_telling(events, taken, text)
    assert incident.type in TERRITORY


def test_the_withdrawing_side_is_the_target_of_the_capture(extract: Extract) -> None:
    text = ("Al-Shabaab fighters seized the town of Bulo Burde in Somalia on Monday, residents said. "
            "Somali troops had withdrawn from Bulo Burde on Monday, a military officer told reporters.")
    incident = events_with(extract(text), "seized", text)
    assert not any("troops" in name for name in names_in(incident, Role.INITIATOR))
    assert any("troops" in name for name in names_in(incident, Role.TARGET))


def events_with(events: list[EventMention], word: str, text: str) -> EventMention:
    return incident_telling(events, word, text)


@pytest.mark.parametrize(("text", "taken", "left"), [
    # two towns of one war
    ("The army withdrew from Kalemie on Monday, witnesses said. "
     "Rebels captured the town of Uvira on Monday, residents said.", "captured", "withdrew"),
    # a withdrawal of another year from the town taken today
    ("Tuareg rebels captured the town of Ber on Friday, a spokesman said. "
     "UN peacekeepers had withdrawn from Ber in 2023.", "captured", "withdrawn"),
])
def test_a_withdrawal_from_another_town_or_year_stays_apart(extract: Extract, text: str, taken: str,
                                                            left: str) -> None:
    events = extract(text)
    assert incident_telling(events, taken, text) is not incident_telling(events, left, text)


def _mention(type_id: str, role: Role) -> EventMention:
    span = Span(start=0, end=8, text="withdrew")
    actor = ActorMention(name="the army", role=role, evidence=[])
    return EventMention(id="m", type=type_id, acled=None, plover=None, cameo=None, trigger=span, sentence=span,
                        place=None, confidence=0.9, counts=[], actors=[actor])


def test_only_a_withdrawal_cedes_and_only_to_a_change_of_territory() -> None:
    withdrawal = _mention("withdrawal", Role.INITIATOR)
    assert [a.role for a in ceded(withdrawal, "territory").actors] == [Role.TARGET]
    assert ceded(withdrawal, "ceasefire") == withdrawal  # "agreed to withdraw": a party of the deal
    capture = _mention("surrender_capture", Role.INITIATOR)
    assert ceded(capture, "territory") == capture
    assert folds_at_spot("territory", "withdrawal") and not folds_at_spot("violence", "withdrawal")


@pytest.mark.parametrize(("name", "same"), [
    ("Dedougou", True),  # the resolved name without its accent
    ("Bulo Burde", True),  # the name the capture's phrase ends on, resolved under another spelling
    ("Burde", True),
    ("Bulo", False),  # a part of the name that does not end the phrase
    ("Koudougou", False),
    (None, False),
])
def test_a_left_town_names_the_resolved_place(name: str | None, same: bool) -> None:
    place = Place(text="the town of Bulo Burde", name="Dédougou", country="Burkina Faso",
                  precision=PlacePrecision.EXACT, evidence=[])
    assert names_spot(place, name) is same


@pytest.mark.parametrize(("text", "taken", "fought"), [
    ("Tuareg rebels captured the town of Kidal on Tuesday, a spokesman said. Heavy clashes broke out in Kidal "
     "on Tuesday between the rebels and the army, residents said.", "captured", "clashes"),
    ("Fighting raged in Kupiansk on Friday, the regional governor said. Russian troops captured Kupiansk on "
     "Friday, the Russian defence ministry said.", "captured", "Fighting"),
    ("RSF fighters took control of the town of Babanusa on Sunday, witnesses said. Fierce clashes in Babanusa "
     "on Sunday lasted for hours, a medic said.", "took control", "clashes"),
])
def test_a_clash_in_the_town_taken_that_day_is_the_take_over(extract: Extract, text: str, taken: str,
                                                              fought: str) -> None:
    events = extract(text)
    assert incident_telling(events, taken, text) is incident_telling(events, fought, text)
    assert incident_telling(events, taken, text).type in TERRITORY


@pytest.mark.parametrize(("text", "taken", "fought"), [
    ("Rebels captured the town of Kidal on Tuesday, a spokesman said. Clashes broke out in Gao on Tuesday "
     "between militiamen and soldiers, residents said.", "captured", "Clashes"),  # another town
    ("M23 rebels seized the town of Rubaya on Monday, witnesses said. Clashes in Rubaya on April 2 had killed "
     "four people, a local official said.", "seized", "Clashes"),  # the town's fighting of another week
])
def test_a_clash_elsewhere_or_on_another_day_stays_a_clash(extract: Extract, text: str, taken: str,
                                                           fought: str) -> None:
    events = extract(text)
    assert incident_telling(events, taken, text) is not incident_telling(events, fought, text)
