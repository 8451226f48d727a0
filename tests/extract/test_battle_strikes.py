"""Strikes told in another sentence at the town and on the day of a ground fight are that fight.

ACLED codes remote violence only where no ground fight is reported: air strikes or shelling that back a
battle at that spot that day are an armed clash, one incident whose toll the strikes join. A strike on
another town, on another day, after "Separately", or a city hit by missiles while fighting goes on at
the front stays its own incident. Every article here is fiction written for these tests, in the style of
wire copy, from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, assert_one_incident, incident_telling

from sitreps import pipeline
from sitreps.extract.battle_strikes import battle_and_strike, strike_sides_with_fight
from sitreps.ingest import document_id
from sitreps.models import (
    ActorMention,
    DatePrecision,
    Document,
    DocumentStatus,
    EventMention,
    Place,
    PlacePrecision,
    Role,
    Span,
    TimeRef,
)

CLASH = "armed_clash"
REMOTE = {"air_drone_strike", "shelling_missile_attack"}


@pytest.mark.parametrize(("text", "fight", "strike"), [
    ("Fierce clashes broke out between the army and the Rapid Support Forces in the town of El Fasher on "
     "Tuesday, residents said. Army warplanes struck RSF positions in El Fasher on Tuesday, killing at least 12 "
     "fighters, a military source said.", "clashes", "struck"),
    ("Resistance fighters clashed with junta troops in the town of Lashio on Sunday, a local outlet reported. "
     "The military carried out air strikes on Lashio on Sunday, killing five people, residents said.",
     "clashed", "air strikes"),
    ("Rebel fighters clashed with government forces in the town of Saraqeb on Thursday, a war monitor said. "
     "Government aircraft bombed Saraqeb on Thursday, the monitor added.", "clashed", "bombed"),
    ("M23 rebels clashed with the Congolese army in the town of Sake on Friday, witnesses said. Army drones "
     "struck rebel positions in Sake on Friday, killing six fighters, a military spokesman said.",
     "clashed", "struck"),
    # the strikes told deep in the story, after a quote
    ("Houthi fighters clashed with government troops in the city of Taiz on Monday, tribal sources said. "
     "\"The fighting went on until dawn,\" one tribal elder told reporters. Saudi-led coalition jets bombed "
     "Houthi positions in Taiz on Monday, the coalition said.", "clashed", "bombed"),
])
def test_strikes_backing_a_fight_at_its_town_and_day_are_the_clash(extract: Extract, text: str, fight: str,
                                                                   strike: str) -> None:
    events = extract(text)
    assert_one_incident(events, text, fight, strike, CLASH)


def test_the_strikes_toll_joins_the_clash(extract: Extract) -> None:
    text = ("M23 rebels clashed with the Congolese army in the town of Sake on Friday, witnesses said. Army drones "
            "struck rebel positions in Sake on Friday, killing six fighters, a military spokesman said.")
    incident = incident_telling(extract(text), "clashed", text)
    assert any(c.value == 6 or c.low == 6 for c in incident.counts), incident.counts


@pytest.mark.parametrize(("text", "fight", "strike"), [
    ("Fierce clashes broke out between the army and the RSF in El Fasher on Tuesday, residents said. Army "
     "warplanes struck RSF positions in North Darfur state on Tuesday, killing 12 fighters, a military source "
     "said.", "clashes", "struck"),
    ("Resistance fighters clashed with junta troops in the town of Lashio on Sunday, a local outlet reported. "
     "The military carried out air strikes in Shan State on Sunday, killing five people, residents said.",
     "clashed", "air strikes"),
    ("M23 rebels clashed with the Congolese army in the town of Sake on Friday, witnesses said. Army drones "
     "struck rebel positions in North Kivu on Friday, killing six fighters, a spokesman said.", "clashed",
     "struck"),
    ("Houthi fighters clashed with government troops in the city of Marib on Monday, tribal sources said. "
     "Saudi-led coalition jets carried out 14 air strikes in Marib province on Monday, the coalition said.",
     "clashed", "air strikes"),
])
def test_strikes_placed_in_the_fight_s_province_on_its_day_are_the_clash(extract: Extract, text: str, fight: str,
                                                                          strike: str) -> None:
    # the strike's sentence names only the province (or state) that holds the fight's town
    events = extract(text)
    assert_one_incident(events, text, fight, strike, CLASH)


@pytest.mark.parametrize(("text", "fight", "strike"), [
    # a province that does not hold the fight's town
    ("Fierce clashes broke out between the army and the RSF in El Fasher on Tuesday, residents said. Army "
     "warplanes struck RSF positions in South Kordofan state on Tuesday, killing 12 fighters, a military "
     "source said.", "clashes", "struck"),
    # the fight's province, another day
    ("M23 rebels clashed with the Congolese army in the town of Sake on Friday, witnesses said. Army drones "
     "struck rebel positions in North Kivu on Monday, killing six fighters, a spokesman said.", "clashed",
     "struck"),
    # the fight's province, but "Separately" opens another incident
    ("Resistance fighters clashed with junta troops in the town of Lashio on Sunday, a local outlet reported. "
     "Separately, the military carried out air strikes in Shan State on Sunday, killing five people, residents "
     "said.", "clashed", "air strikes"),
])
def test_strikes_in_a_province_of_another_town_day_or_incident_stay_apart(extract: Extract, text: str,
                                                                          fight: str, strike: str) -> None:
    events = extract(text)
    assert incident_telling(events, strike, text) is not incident_telling(events, fight, text)


@pytest.mark.parametrize(("text", "fight", "strike"), [
    # another town of the same war, same day
    ("Fierce clashes broke out between the army and the Rapid Support Forces in the town of El Fasher on "
     "Tuesday, residents said. Army warplanes struck the city of Nyala on Tuesday, killing at least 12 people, "
     "a doctor said.", "clashes", "struck"),
    # the same town, two days before
    ("Resistance fighters clashed with junta troops in the town of Lashio on Sunday, a local outlet reported. "
     "The military carried out air strikes on Lashio on Friday, killing five people, residents said.",
     "clashed", "air strikes"),
    # "Separately" opens another incident, on a market of another town
    ("M23 rebels clashed with the Congolese army in the town of Sake on Friday, witnesses said. Separately, a "
     "drone struck a market in Goma on Friday, killing six civilians, a spokesman said.", "clashed", "struck"),
    # a city far from the front hit by missiles while fighting goes on there
    ("Ukrainian and Russian troops fought heavy battles for the town of Chasiv Yar on Wednesday, the general "
     "staff said. Meanwhile, Russian missiles hit the city of Kyiv on Wednesday, killing three civilians, the "
     "mayor said.", "fought", "missiles hit"),
    # fighting along a front line of a province, missiles on a city elsewhere, no "Meanwhile"
    ("Fighting raged along the front line in Zaporizhzhia region on Monday, Ukraine's army said. Russian missiles "
     "struck the city of Kharkiv on Monday, killing four civilians, the regional governor said.",
     "Fighting", "struck"),
])
def test_strikes_of_another_town_day_or_incident_stay_apart(extract: Extract, text: str, fight: str,
                                                            strike: str) -> None:
    events = extract(text)
    struck = incident_telling(events, strike, text)
    assert struck is not incident_telling(events, fight, text)
    assert struck.type in REMOTE, (struck.type, struck.trigger.text)


def _mention(type_id: str, place: str | None, day: str | None, actors: list[ActorMention]) -> EventMention:
    span = Span(start=0, end=7, text="clashed")
    spot = Place(text=place, name=place, precision=PlacePrecision.EXACT, evidence=[]) if place else None
    time = TimeRef(start=day, end=day, precision=DatePrecision.DAY, evidence=[]) if day else None
    return EventMention(id="m", type=type_id, acled=None, plover=None, cameo=None, trigger=span, sentence=span,
                        place=spot, time=time, confidence=0.9, counts=[], actors=actors)


def test_a_fight_over_no_single_day_backs_no_strike() -> None:
    week = TimeRef(start="2024-04-24", end="2024-04-30", precision=DatePrecision.DAY, evidence=[])
    fight = _mention(CLASH, "Dorra", None, []).model_copy(update={"time": week})
    strike = _mention("shelling_missile_attack", "Dorra", "2024-04-30", [])
    assert battle_and_strike(fight, strike) is None
    assert battle_and_strike(_mention(CLASH, "Dorra", "2024-04-30", []), strike) is not None


def test_a_fight_told_with_no_day_at_the_struck_town_backs_the_strike() -> None:
    """Round 23: the strike's day is the undated fight's at the very town (tests/extract/test_undated_fights.py);
    an undated strike beside an undated fight, or a fight at another town, still backs nothing."""
    strike = _mention("shelling_missile_attack", "Dorra", "2024-04-30", [])
    assert battle_and_strike(_mention(CLASH, "Dorra", None, []), strike) is not None
    assert battle_and_strike(_mention(CLASH, "Dorra", None, []), _mention("shelling_missile_attack", "Dorra", None,
                                                                          [])) is None
    assert battle_and_strike(_mention(CLASH, "Anka", None, []), strike) is None


def test_a_strike_of_no_place_within_the_fight_s_story_backs_it() -> None:
    fight = _mention(CLASH, "Sake", "2024-04-26", [])
    strike = _mention("air_drone_strike", None, None, [])
    assert battle_and_strike(strike, fight) == (fight, strike)


def test_the_strike_s_doer_must_be_one_of_the_fight_s_sides() -> None:
    def actor(actor_id: str, role: Role) -> ActorMention:
        return ActorMention(name=actor_id, actor_id=actor_id, role=role, evidence=[])

    fight = _mention(CLASH, "Sake", "2024-04-26", [actor("m23", Role.INITIATOR), actor("fardc", Role.TARGET)])
    assert strike_sides_with_fight(fight, _mention("air_drone_strike", None, None, [actor("fardc", Role.INITIATOR)]))
    assert not strike_sides_with_fight(fight, _mention("air_drone_strike", None, None,
                                                       [actor("isis", Role.INITIATOR)]))


def _undated(text: str) -> list[EventMention]:
    """The incidents of an article that carries no publication date: its weekdays resolve to no day."""
    document = Document(id=document_id(text), text=text, published_at=None, language="en",
                        status=DocumentStatus.PENDING)
    return next(iter(pipeline.process([document]))).events


@pytest.mark.parametrize(("text", "fight", "strike"), [
    ("Fierce clashes broke out between the army and the RSF in El Fasher on Tuesday, residents said. Army "
     "warplanes struck RSF positions in El Fasher on Tuesday, killing 12 fighters, a military source said.",
     "clashes", "struck"),
    ("Taliban fighters battled Pakistani border troops near the town of Chaman on Sunday, officials said. "
     "Pakistani jets bombed Taliban posts near Chaman on Sunday, a security source said.", "battled", "bombed"),
    ("Al-Shabaab fighters clashed with Somali troops in the town of Bulo Burde on 3 March, elders said. "
     "Government drones struck al-Shabaab positions in Bulo Burde on 3 March, the army said.",
     "clashed", "struck"),
])
def test_strikes_told_on_the_fight_s_day_in_an_undated_article_are_the_clash(text: str, fight: str,
                                                                              strike: str) -> None:
    # no publication date resolves "on Tuesday", but the two sentences name one and the same day
    events = _undated(text)
    assert_one_incident(events, text, fight, strike, CLASH)


@pytest.mark.parametrize(("text", "fight", "strike"), [
    # the strikes name another weekday
    ("Fierce clashes broke out between the army and the RSF in El Fasher on Tuesday, residents said. Army "
     "warplanes struck RSF positions in El Fasher on Saturday, killing 12 fighters, a military source said.",
     "clashes", "struck"),
    # a fight over no single day
    ("Taliban fighters battled Pakistani border troops near the town of Chaman over the past week, officials "
     "said. Pakistani jets bombed Taliban posts near Chaman on Sunday, a security source said.",
     "battled", "bombed"),
])
def test_strikes_of_another_day_in_an_undated_article_keep_their_type(text: str, fight: str, strike: str) -> None:
    events = _undated(text)
    struck = incident_telling(events, strike, text)
    assert struck.type in REMOTE, (struck.type, struck.trigger.text, incident_telling(events, fight, text).type)


@pytest.mark.parametrize(("text", "fight", "strike"), [
    ("Rebel fighters clashed with government troops in the village of Tel Mardikh-Sufla on Thursday, a war "
     "monitor said. Government aircraft bombed Tel Mardikh-Sufla on Thursday, killing seven rebels, the monitor "
     "added.", "clashed", "bombed"),
    ("Ukrainian and Russian troops fought in the village of Novoselivka Persha on Tuesday, the general staff "
     "said. Russian artillery shelled Novoselivka Persha on Tuesday, killing two soldiers, a spokesman said.",
     "fought", "shelled"),
    ("Somali troops clashed with al-Shabaab fighters in the village of Qaycad-Weyn on Friday, elders said. "
     "Government drones struck Qaycad-Weyn on Friday, killing 11 militants, the army said.", "clashed", "struck"),
])
def test_strikes_on_a_village_the_gazetteer_lacks_are_the_fight_there(extract: Extract, text: str, fight: str,
                                                                      strike: str) -> None:
    # the village resolves to no town (or only to a country), but both sentences name it
    events = extract(text)
    assert_one_incident(events, text, fight, strike, CLASH)


@pytest.mark.parametrize(("text", "strike"), [
    # a fight and strikes placed only in the country
    ("Fighting broke out between the army and RSF fighters in Sudan on Monday, witnesses said. Army jets struck "
     "RSF positions in Sudan on Monday, a military source said.", "struck"),
    # two villages the gazetteer lacks
    ("Rebel fighters clashed with government troops in the village of Tel Mardikh-Sufla on Thursday, a war "
     "monitor said. Government aircraft bombed the village of Kafr Umeim-Gharbi on Thursday, killing seven "
     "civilians, the monitor added.", "bombed"),
])
def test_strikes_of_no_named_spot_of_the_fight_keep_their_type(extract: Extract, text: str, strike: str) -> None:
    events = extract(text)
    struck = incident_telling(events, strike, text)
    assert struck.type in REMOTE, (struck.type, struck.trigger.text)
