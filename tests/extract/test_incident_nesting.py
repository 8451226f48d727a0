"""Retellings of one incident merge across nested places and a toll told in parts; distinct incidents
of a round-up stay apart.

Every article here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.extract.agreement import part_of
from sitreps.extract.retelling import Told, can_retell
from sitreps.models import ActorMention, Count, EventMention, Place, PlacePrecision, Role, Span

VIOLENT = {"air_drone_strike", "shelling_missile_attack", "armed_clash", "attack_on_civilians", "remote_explosive",
           "suicide_bomb", "grenade"}


def _place(name: str, precision: PlacePrecision, admin1: str | None, lat: float, lon: float,
           country: str | None = "Ukraine") -> Place:
    return Place(text=name, name=name, lat=lat, lon=lon, country=country, admin1=admin1, precision=precision,
                 evidence=[])


def _mention(place: Place | None = None, counts: tuple[Count, ...] = (),
             actors: tuple[ActorMention, ...] = ()) -> EventMention:
    return EventMention(id="m", type="shelling_missile_attack", acled=None, plover=None, cameo=None,
                        trigger=Span(start=0, end=6, text="struck"),
                        sentence=Span(start=0, end=6, text="struck"), place=place, confidence=0.9,
                        counts=list(counts), actors=list(actors))


def _killed(value: int) -> Count:
    return Count(what="killed", value=value, low=None, high=None, evidence=[])


def _target(name: str) -> ActorMention:
    return ActorMention(name=name, role=Role.TARGET, evidence=[])


CITY = _place("Zaporizhzhia", PlacePrecision.EXACT, "Zaporizhzhia Oblast", 47.84, 35.14)
DISTRICT = _place("Shevchenkivskyi", PlacePrecision.DISTRICT, "Zaporizhzhia Oblast", 47.82, 35.18)
NEIGHBOUR_TOWN = _place("Vilniansk", PlacePrecision.EXACT, "Zaporizhzhia Oblast", 47.94, 35.43)
FAR_DISTRICT = _place("Kamianka", PlacePrecision.DISTRICT, "Zaporizhzhia Oblast", 47.49, 34.40)
PROVINCE = _place("Zaporizhzhia Oblast", PlacePrecision.REGION, "Zaporizhzhia Oblast", 47.5, 35.5)
AREA = _place("Golan Heights", PlacePrecision.REGION, None, 33.0, 35.76, country="Israel")
TOWN_IN_AREA = _place("Mas'ade", PlacePrecision.EXACT, "Northern District", 33.23, 35.75, country="Israel")
TOWN_FAR_FROM_AREA = _place("Afula", PlacePrecision.EXACT, "Northern District", 32.61, 35.29, country="Israel")


@pytest.mark.parametrize(("first", "later", "same"), [
    (CITY, DISTRICT, True),  # a district of the city
    (DISTRICT, CITY, True),
    (CITY, NEIGHBOUR_TOWN, False),  # two towns of one province: a round-up
    (CITY, FAR_DISTRICT, False),  # a district of another town of the province
    (PROVINCE, NEIGHBOUR_TOWN, True),  # a town in its province
    (AREA, TOWN_IN_AREA, True),  # a town in a named area that is no province
    (AREA, TOWN_FAR_FROM_AREA, False),
])
def test_nested_places_tell_one_incident(first: Place, later: Place, same: bool) -> None:
    assert can_retell(_mention(first), Told(_mention(later)), first_in_lead=True) is same


@pytest.mark.parametrize(("total", "part", "fits"), [(3, 2, True), (3, 3, True), (24, 52, False)])
def test_a_part_of_a_toll_fits_within_it(total: int, part: int, fits: bool) -> None:
    assert part_of(_killed(total), _killed(part)) is fits


def test_a_smaller_figure_joins_the_lead_but_not_a_later_incident() -> None:
    lead, later = _mention(counts=(_killed(5),)), _mention(counts=(_killed(2),))
    assert can_retell(lead, Told(later), first_in_lead=True)
    assert not can_retell(lead, Told(later), first_in_lead=False)  # deep in a round-up: two incidents


def test_a_figure_of_other_victims_is_another_toll() -> None:
    lead = _mention(counts=(_killed(30),), actors=(_target("all 30 gunmen"),))
    later = _mention(counts=(_killed(12),), actors=(_target("12 bus passengers"),))
    assert not can_retell(lead, Told(later), first_in_lead=True)
    assert can_retell(lead, Told(_mention(counts=(_killed(12),), actors=(_target("12 gunmen"),))),
                      first_in_lead=True)


def test_a_toll_broken_down_later_is_one_incident(extract: Extract) -> None:
    text = ("Five killed in missile strike on Mykolaiv\n\n"
            "Russian missiles struck an apartment block in Mykolaiv on Tuesday night, killing five people, "
            "the regional governor said.\n\n"
            "Rescuers worked through the morning at the site.\n\n"
            "Officials said two teenagers were killed in the strike.")
    events = [m for m in extract(text) if m.type in VIOLENT]
    assert len(events) == 1, [(m.type, m.trigger.text) for m in events]
    assert [c.value for c in events[0].counts if c.what == "killed"] == [5]  # the lead's total stands


def test_a_larger_earlier_toll_stays_another_incident(extract: Extract) -> None:
    text = ("Missile strike kills four in Mykolaiv\n\n"
            "Russian missiles struck Mykolaiv on Tuesday, killing four people, the governor said.\n\n"
            "In March a missile strike on the regional administration building killed 37 people.")
    assert len([m for m in extract(text) if m.type in VIOLENT]) == 2


def test_an_area_of_no_country_is_as_wide_as_a_country() -> None:
    sea = _place("Black Sea", PlacePrecision.REGION, None, 43.0, 34.0, country=None)
    port = _place("Chornomorsk", PlacePrecision.EXACT, "Odesa Oblast", 46.30, 30.65)
    assert can_retell(_mention(sea), Told(_mention(port)), first_in_lead=True)


def test_a_count_of_people_in_no_role_sets_no_incident_apart() -> None:
    """"attacked by more than 30 gunmen" and "left 19 dead": the people counted are not the victims."""
    people = Count(what="persons", value=None, low=30, high=None, evidence=[])
    lead = _mention(counts=(_killed(19), Count(what="persons", value=19, low=None, high=None, evidence=[])))
    assert can_retell(lead, Told(_mention(counts=(people,))), first_in_lead=False)


def test_a_classified_act_is_one_incident_told_once(extract: Extract) -> None:
    text = ("Soldiers shot dead four farmers near Dori on Sunday, residents said.\n\n"
            "A rights group said the killings amounted to summary executions.")
    events = [m for m in extract(text) if m.type in VIOLENT]
    assert len(events) == 1, [(m.type, m.trigger.text) for m in events]


def test_a_district_of_the_town_is_told_as_part_of_its_incident(extract: Extract) -> None:
    text = ("Missile strike kills four in Kharkiv\n\n"
            "Russian missiles struck Kharkiv overnight, killing four people, the mayor said.\n\n"
            "In the Kyivskyi district, two apartment buildings were damaged and 12 people were injured, he said.")
    events = [m for m in extract(text) if m.type in VIOLENT]
    assert len(events) == 1, [(m.type, m.trigger.text, m.place and m.place.name) for m in events]
    assert events[0].place is not None and events[0].place.name == "Kharkiv"


def test_two_towns_of_one_province_in_the_lead_stay_two_incidents(extract: Extract) -> None:
    text = ("Shelling kills three in Kherson region\n\n"
            "Russian shelling killed two people in Beryslav on Tuesday, and a drone strike killed a woman "
            "in Kherson on Tuesday, the regional governor said.")
    places = sorted(m.place.name for m in extract(text) if m.type in VIOLENT and m.place and m.place.name)
    assert places == ["Beryslav", "Kherson"], places


def test_a_round_up_of_riots_keeps_each_city(extract: Extract) -> None:
    text = ("Riots spread across France overnight\n\n"
            "Rioters torched cars in Marseille on Thursday night, police said.\n\n"
            "In Lyon, rioters looted shops and set fire to a tram, officials said.")
    places = {m.place.name for m in extract(text) if m.place and m.place.name}
    assert {"Marseille", "Lyon"} <= places, places
