"""A demonstration told as a march and as the force that broke it up is one protest led by the crowd.

ACLED codes a protest the police disperse with the crowd as actor 1. Merged from "thousands marched"
and "police fired tear gas", the incident named both as doers and whichever more tellings named came
first; the crowd now leads. A protest in another city, an intervention told alone and excessive force
(whose doer is the force) keep their doers. Every article here is fiction written for these tests, in
the style of wire copy, from several countries.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, incident_telling, names_in, only

from sitreps.errors import ConfigError
from sitreps.evaluate.single_text import incident_holding
from sitreps.extract import kinds_file
from sitreps.extract.protest_sides import crowd_first
from sitreps.models import ActorMention, EventMention, Modality, Role, Span

INTERVENTION = "protest_with_intervention"


@pytest.mark.parametrize(("text", "crowd", "force"), [
    ("Thousands of opposition supporters marched through central Nairobi on Tuesday to demand lower fuel "
     "prices. The marchers sang and waved flags as they moved towards parliament, organisers said. Police fired "
     "tear gas to disperse the crowd near parliament, witnesses said.",
     "Thousands of opposition supporters", "Police"),
    ("Students staged a protest in Belgrade on Friday over the collapse of a railway station canopy. The "
     "students blocked a main boulevard for hours. Police fired tear gas at the students in Belgrade, a witness "
     "said.", "Students", "Police"),
    ("Farmers protested in Lima on Wednesday demanding the resignation of the president, local media reported. "
     "The farmers carried banners. Officers used tear gas on the farmers outside the congress building, a "
     "witness said.", "Farmers", "Officers"),
    ("Tens of thousands of people rallied in Tbilisi on Sunday against a new media law. Riot police fired water "
     "cannon to disperse the rally outside parliament, the interior ministry said. Officers also used pepper "
     "spray on the demonstrators, witnesses said.", "Tens of thousands of people", "Riot police"),
    ("Students protested in Novi Sad on Friday over a fatal roof collapse. Police used tear gas to break up the "
     "protest near the university, local media said. Police also fired stun grenades at the students, a witness "
     "said.", "Students", "Police"),
    ("Hundreds of garment workers demonstrated in Ashulia near Dhaka on Monday demanding unpaid wages. The "
     "workers blocked the highway for several hours. Police fired rubber bullets at the workers, injuring at "
     "least 20, a union leader said.", "Hundreds of garment workers", "Police"),
])
def test_the_crowd_leads_the_protest_the_force_broke_up(extract: Extract, text: str, crowd: str,
                                                       force: str) -> None:
    protest = only(extract(text), INTERVENTION)
    doers = names_in(protest, Role.INITIATOR)
    assert doers[0] == crowd and force in doers, doers


def test_a_force_in_another_city_keeps_its_own_incident(extract: Extract) -> None:
    text = ("Thousands of people marched in Nairobi on Tuesday against new taxes. The march was peaceful. In "
            "Mombasa, police fired tear gas at protesters on Tuesday, witnesses said.")
    events = extract(text)
    march, gas = incident_telling(events, "marched", text), incident_telling(events, "tear gas", text)
    assert march is not gas
    assert names_in(gas, Role.INITIATOR) == ["police"], names_in(gas, Role.INITIATOR)


def test_excessive_force_keeps_the_force_as_its_doer(extract: Extract) -> None:
    text = ("Hundreds of people protested in the city of Zahedan on Friday after prayers. Security forces "
            "opened fire on the protesters, killing four people, a rights group said.")
    protest = incident_telling(extract(text), "protested", text)
    assert protest.type == "excessive_force_against_protesters", protest.type
    assert names_in(crowd_first(protest), Role.INITIATOR) == names_in(protest, Role.INITIATOR)


def _mention(type_id: str, *actors: tuple[Role, str]) -> EventMention:
    text = "Police fired tear gas at the crowd."
    span = Span.of(text, 0, len(text))
    return EventMention(id="d:m0", type=type_id, acled=None, plover=None, cameo=None, trigger=span, sentence=span,
                        actors=[ActorMention(role=role, name=name, evidence=[span]) for role, name in actors],
                        counts=[], place=None, time=None, modality=Modality.REPORTED, attribution=None,
                        confidence=0.8)


def test_an_intervention_with_no_crowd_among_its_doers_is_unchanged() -> None:
    told = _mention(INTERVENTION, (Role.INITIATOR, "Police"), (Role.TARGET, "the crowd"))
    assert crowd_first(told) == told


def test_a_clash_of_armed_men_and_soldiers_is_no_protest() -> None:
    told = _mention("armed_clash", (Role.INITIATOR, "soldiers"), (Role.INITIATOR, "villagers"))
    assert crowd_first(told) == told


@pytest.mark.parametrize("text", [
    "Students protested peacefully in Dhaka on Monday. On Tuesday, police fired tear gas to disperse students who "
    "returned to the streets in Dhaka, a witness said.",
    "Thousands of teachers marched in Cusco on Thursday demanding higher pay. On Friday, police fired tear gas to "
    "disperse teachers who gathered again in the main square, the ombudsman said.",
    "Opposition supporters rallied in Tbilisi on Saturday. On Sunday, riot police used water cannon to disperse "
    "protesters gathered outside parliament in Tbilisi, the interior ministry said.",
])
def test_a_protest_broken_up_the_next_day_is_another_protest(extract: Extract, text: str) -> None:
    protests = [m for m in extract(text) if m.type in {"peaceful_protest", INTERVENTION}]
    days = {m.time.start for m in protests if m.time is not None}
    assert len(protests) == 2 and len(days) == 2, [(m.type, m.trigger.text, m.time) for m in protests]


def test_a_kinds_file_without_crowd_led_types_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kinds_file, "kinds_data", lambda: {"crowd_led": "peaceful_protest"})
    kinds_file.type_list.cache_clear()
    try:
        with pytest.raises(ConfigError, match="crowd_led"):
            crowd_first(_mention(INTERVENTION, (Role.INITIATOR, "Police")))
    finally:
        kinds_file.type_list.cache_clear()


@pytest.mark.parametrize(("text", "protest", "force"), [
    ("Protesters gathered in Lima's central square on Thursday demanding the president's resignation. The "
     "demonstration was peaceful until police fired tear gas at the crowd, a witness said.",
     "demonstration", "tear gas"),
    ("Thousands of teachers rallied in Nairobi on Monday over unpaid allowances. The rally remained calm until "
     "riot police lobbed tear gas canisters at the teachers near parliament, local media reported.",
     "rally", "tear gas"),
    ("Garment workers demonstrated in Gazipur on Sunday demanding wage arrears. The protest was peaceful before "
     "police fired rubber bullets to disperse the workers, a union leader said.",
     "protest", "disperse"),
])
def test_a_protest_peaceful_until_the_police_intervened_is_one_protest(extract: Extract, text: str, protest: str,
                                                                       force: str) -> None:
    # "until" and "before" chain two words of one sentence, but a demonstration is coded by what happened in it
    events = extract(text)
    incident = incident_telling(events, protest, text)
    assert incident is incident_telling(events, force, text), [(m.type, m.trigger.text) for m in events]
    assert incident.type == INTERVENTION, incident.type


@pytest.mark.parametrize(("text", "protest", "act"), [
    # the police's killing that set off the protest is an incident of its own
    ("Residents protested in Nanterre on Wednesday after police shot dead a teenager at a traffic stop, "
     "officials said.", "protested", "shot dead"),
    # a march told a week after an earlier one the police broke up
    ("Students marched in Belgrade on Friday, a week after police dispersed their previous rally with tear gas "
     "on 24 April, organisers said.", "marched", "dispersed"),
])
def test_a_protest_chained_to_another_incident_stays_apart(extract: Extract, text: str, protest: str,
                                                           act: str) -> None:
    events = extract(text)
    assert incident_holding(act, text, events) != incident_holding(protest, text, events), \
        [(m.type, m.trigger.text) for m in events]
