"""A fight's strikes with tolls of their own, campaigns told as durations, a separate statement on one fight.

Round 18, issue #13 "Incidents within a document". Three general ways a fight's story was told wrong: (1) the
air support's own toll ("the airstrike killed an estimated ten fighters") disagreed with the ground toll
("dozens of militants were killed") and the figures kept the strike a row of its own beside the fight; (2) a
strike story that absorbed a campaign told as a duration ("fighting ... has been frequent for months") was
retyped as that fight; (3) "In a separate statement, the air force said its jets bombed ..." opened a new
incident, though what is separate is the telling, not the incident. Every article here is fiction written
for these tests, with near misses that must stay apart.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, assert_one_incident, incident_telling
from spacy.tokens import Token

from sitreps.annotate.nlp import load_nlp
from sitreps.extract.battle_strikes import fight_share
from sitreps.extract.incidents import opens_new_incident
from sitreps.models import DatePrecision, EventMention, Place, PlacePrecision, Span, TimeRef

CLASH = "armed_clash"
STRIKE = "air_drone_strike"


@pytest.mark.parametrize(("text", "fight", "strike"), [
    ("Somali army troops battled al-Shabaab fighters near the village of Adan Yabaal on Tuesday, officials said. "
     "Dozens of militants and three soldiers were killed in the fighting. US Africa Command said it conducted "
     "an airstrike near Adan Yabaal in support of Somali forces, killing an estimated ten fighters.",
     "battled", "airstrike"),
    ("Fierce clashes broke out between the army and the RSF in El Fasher on Monday, killing at least 30 "
     "fighters, a medical source said. Army drones struck RSF vehicles in El Fasher on Monday, killing four, "
     "the army said.", "clashes", "drones struck"),
    ("Rebels of the Arakan Army fought junta troops in the town of Kyauktaw on Sunday, and some 40 soldiers "
     "died in the battle, the group said. A junta jet bombed rebel positions in Kyauktaw on Sunday, killing "
     "two fighters, residents said.", "fought", "bombed"),
])
def test_a_strike_with_its_own_toll_is_the_fight_it_backs(extract: Extract, text: str, fight: str,
                                                          strike: str) -> None:
    assert_one_incident(extract(text), text, fight, strike, CLASH)


@pytest.mark.parametrize(("text", "fight", "strike"), [
    # another town the same day
    ("Somali army troops battled al-Shabaab fighters near Adan Yabaal on Tuesday, killing 20. A US airstrike "
     "hit a militant camp near Jilib in Middle Juba on Tuesday, killing an estimated ten fighters.",
     "battled", "airstrike"),
    # the same town on another day
    ("Fierce clashes broke out between the army and the RSF in El Fasher on Monday, killing at least 30 "
     "fighters. Army drones struck RSF vehicles in El Fasher on Thursday, killing four, the army said.",
     "clashes", "drones struck"),
])
def test_a_strike_elsewhere_or_another_day_stays_apart_whatever_its_toll(extract: Extract, text: str, fight: str,
                                                                         strike: str) -> None:
    events = extract(text)
    assert incident_telling(events, fight, text) is not incident_telling(events, strike, text)


def _mention(type_id: str, place: str, day: str) -> EventMention:
    span = Span(start=0, end=7, text="clashed")
    spot = Place(text=place, name=place, precision=PlacePrecision.EXACT, evidence=[])
    time = TimeRef(start=day, end=day, precision=DatePrecision.DAY, evidence=[])
    return EventMention(id="m", type=type_id, acled=None, plover=None, cameo=None, trigger=span, sentence=span,
                        place=spot, time=time, confidence=0.9, counts=[], actors=[])


def test_the_fight_gives_the_toll_whichever_is_told_first() -> None:
    fight, strike = _mention(CLASH, "Sake", "2024-04-26"), _mention(STRIKE, "Sake", "2024-04-26")
    assert fight_share(fight, strike, True, False) == (False, True)  # the strike told later counts a share
    assert fight_share(strike, fight, True, False) == (True, False)  # the fight told later gives the toll
    other = _mention(STRIKE, "Goma", "2024-04-26")
    assert fight_share(fight, other, True, False) == (True, False)  # no part of this fight: as before


@pytest.mark.parametrize("text", [
    "A drone strike hit a crowded cattle market in Djibo on Sunday, killing at least 20 people, residents said. "
    "Jihadists have besieged Djibo for more than two years, and fighting between the militants and the army "
    "around the town has been frequent since then.",
    "A drone struck a wedding in Kani township on Sunday, killing 17 villagers, residents said. Resistance "
    "fighters have battled junta troops around the township for months.",
    "Drones struck a fuel depot in Nyala on Friday, killing five workers, witnesses said. The army and the RSF "
    "have fought over the city in recent weeks.",
])
def test_a_campaign_told_as_a_duration_does_not_retype_the_day_s_strike(extract: Extract, text: str) -> None:
    struck = next(m for m in extract(text) if m.trigger.text.lower().startswith("drone"))
    assert struck.type == STRIKE, (struck.type, [s.text for s in struck.retellings])


def test_a_fight_of_one_day_still_retypes_its_strikes(extract: Extract) -> None:
    text = ("Army troops clashed with RSF fighters in Nyala on Friday, residents said. Army drones struck RSF "
            "positions during the fighting in Nyala on Friday, killing five, witnesses said.")
    assert_one_incident(extract(text), text, "clashed", "drones struck", CLASH)



@pytest.mark.parametrize("sentence", [
    "In a separate statement, the Nigerian Air Force said its fighter jets bombed the fleeing insurgents.",
    "In another statement, the army said troops killed ten militants.",
    "In a separate post on X, the group said its drones struck the airport.",
    "In a separate report, the UN said an air strike hit a market.",
    "In a second communique, the junta said its jets bombed rebel positions.",
])
def test_a_separate_telling_opens_no_new_incident(sentence: str) -> None:
    assert not opens_new_incident(_event_verb(sentence)), sentence


@pytest.mark.parametrize("sentence", [
    "In a separate incident, gunmen killed five farmers in Benue.",
    "In another attack, a drone struck a bus near Kherson.",
    "Separately, the air force said its jets bombed the insurgents.",
    "In an unrelated development, police killed two robbers in Lagos.",
])
def test_a_separate_incident_still_opens_one(sentence: str) -> None:
    assert opens_new_incident(_event_verb(sentence)), sentence


def _event_verb(sentence: str) -> Token:
    return next(w for w in load_nlp()(sentence) if w.lemma_ in ("bomb", "kill", "strike", "hit"))


def test_the_air_force_s_own_statement_on_its_jets_is_the_fight_it_backed(extract: Extract) -> None:
    text = ("Nigerian soldiers fought off ISWAP fighters who attacked the town of Dikwa in Borno state on Monday, "
            "killing more than 50 of the insurgents, the army said. In a separate statement, the Nigerian Air Force "
            "said its fighter jets bombed the fleeing insurgents near Dikwa on Monday, killing 13 of them.")
    assert_one_incident(extract(text), text, "fought off", "bombed", CLASH)


def test_a_separate_statement_on_another_town_s_strike_stays_apart(extract: Extract) -> None:
    text = ("Nigerian soldiers fought off ISWAP fighters who attacked the town of Dikwa in Borno state on Monday, "
            "the army said. In a separate statement, the Nigerian Air Force said its jets bombed a militant camp "
            "near Malam Fatori on Sunday, killing 20.")
    events = extract(text)
    assert incident_telling(events, "fought off", text) is not incident_telling(events, "bombed", text)
