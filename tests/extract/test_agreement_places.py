"""A district named in a story holds the places the gazetteer does not know and put at its point.

"Maoists ambushed a patrol in Bijapur district" in the lead and "the exchange of fire at Tarrem
Gudem" in the body tell one incident: the gazetteer, not knowing the village, placed it at the
district the story names (``resolve.gazetteer``: an approximate place at the district's seat).
Two places that are both unknown and both put at one seat stay apart: nothing says they are one.

Every article here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, incident_telling

from sitreps.extract.agreement import places_agree
from sitreps.extract.consolidate import consolidate
from sitreps.extract.retelling import Told
from sitreps.models import EventMention, Place, PlacePrecision, Span

VIOLENT = {"air_drone_strike", "shelling_missile_attack", "armed_clash", "attack_on_civilians", "remote_explosive"}


def _place(name: str, precision: PlacePrecision, lat: float, lon: float, approximate: bool | None = None,
           admin1: str = "Cabo Delgado Province") -> Place:
    return Place(text=name, name=name, lat=lat, lon=lon, country="Mozambique", admin1=admin1, precision=precision,
                 approximate=approximate, evidence=[])


DISTRICT = _place("Macomia", PlacePrecision.DISTRICT, -12.25, 40.12)
VILLAGE_AT_DISTRICT = _place("Nguida Mpeme", PlacePrecision.DISTRICT, -12.25, 40.12, approximate=True)
OTHER_VILLAGE_AT_DISTRICT = _place("Chai Ntoto", PlacePrecision.DISTRICT, -12.25, 40.12, approximate=True)
VILLAGE_ELSEWHERE = _place("Litamanda Sede", PlacePrecision.DISTRICT, -11.80, 40.45, approximate=True)
KNOWN_TOWN_NEARBY = _place("Mucojo", PlacePrecision.EXACT, -12.07, 40.47)


@pytest.mark.parametrize(("first", "later", "agree"), [
    (DISTRICT, VILLAGE_AT_DISTRICT, True),  # the gazetteer put the unknown village in the district the story names
    (VILLAGE_AT_DISTRICT, DISTRICT, True),
    (VILLAGE_AT_DISTRICT, OTHER_VILLAGE_AT_DISTRICT, False),  # two unknown villages: nothing makes them one
    (DISTRICT, VILLAGE_ELSEWHERE, False),  # put at another district's point
    (DISTRICT, KNOWN_TOWN_NEARBY, False),  # a town the gazetteer knows is placed by its own point
])
def test_a_district_holds_an_unknown_place_put_at_its_point(first: Place, later: Place, agree: bool) -> None:
    assert places_agree(first, later) is agree


@pytest.mark.parametrize(("text", "lead_word", "body_word"), [
    ("Insurgents attacked Macomia district in Cabo Delgado on Friday, killing seven civilians, local sources "
     "said.\n\nThe insurgents attacked Nguida Mpeme village at dawn, killing seven civilians, the sources said.",
     "attacked Macomia", "attacked Nguida"),
    ("CODECO militiamen killed 14 civilians in Djugu territory of Ituri province on Monday, a local official "
     "said.\n\nThe militiamen killed the civilians at Lodjo Kalamu camp for displaced people, the official said.",
     "killed 14", "killed the civilians"),
    ("Militants attacked a police post in Khyber Pakhtunkhwa's Lakki Marwat district on Sunday, killing three "
     "policemen, officials said.\n\nThe militants attacked the post at Tajazai Warrah Mela using rockets and "
     "rifles, the officials said.",
     "attacked a police", "attacked the post"),
])
def test_a_district_in_the_lead_and_its_village_in_the_body_are_one_incident(
        extract: Extract, text: str, lead_word: str, body_word: str) -> None:
    events = [m for m in extract(text) if m.type in VIOLENT]
    assert incident_telling(events, lead_word, text) is incident_telling(events, body_word, text), \
        [(m.type, m.trigger.text, m.place and m.place.name) for m in events]


@pytest.mark.parametrize(("text", "first_word", "second_word"), [
    ("Maoist rebels ambushed a police patrol near Kottapalli Gudem village in Bijapur district on Saturday, "
     "killing three policemen.\n\nIn a second attack, the rebels ambushed a road crew near Errapalli Tekam "
     "village in Bijapur district on Saturday, killing two workers.",
     "ambushed a police", "ambushed a road"),
    ("Gunmen killed five villagers in Katsina's Faskari local government area on Sunday, police said.\n\n"
     "Gunmen also killed three farmers in Sokoto's Sabon Birni local government area on Sunday, police said.",
     "killed five", "killed three"),
    ("Insurgents attacked Macomia district in Cabo Delgado on Friday, killing seven civilians, local sources "
     "said.\n\nInsurgents attacked Nguida Mpeme village on Sunday, killing two fishermen, the sources said.",
     "attacked Macomia", "attacked Nguida"),
])
def test_other_villages_districts_and_days_stay_other_incidents(
        extract: Extract, text: str, first_word: str, second_word: str) -> None:
    events = [m for m in extract(text) if m.type in VIOLENT]
    assert incident_telling(events, first_word, text) is not incident_telling(events, second_word, text), \
        [(m.type, m.trigger.text, m.place and m.place.name) for m in events]


def _attack(place: Place, start: int) -> EventMention:
    span = Span(start=start, end=start + 8, text="attacked")
    return EventMention(id=f"m{start}", type="armed_clash", acled=None, plover=None, cameo=None, trigger=span,
                        sentence=span, place=place, confidence=0.9)


def test_an_incident_merged_at_a_district_keeps_the_district_for_its_next_village() -> None:
    """An unknown village, the district the story puts it in, then another unknown village there: once the
    district joins, the incident's place is the district the gazetteer knows, so the second village joins too."""
    told = [Told(_attack(VILLAGE_AT_DISTRICT, 0), lead=True), Told(_attack(DISTRICT, 100)),
            Told(_attack(OTHER_VILLAGE_AT_DISTRICT, 200))]
    (incident,) = consolidate(told, lambda mention, _type: mention)
    assert incident.place == DISTRICT
