"""A mention placed at a region or country takes the one finer place its story gives the same incident
(extract/finer_place.py); a round-up, another incident, another day or a speaker's town leave it as
it is. Fiction written for these tests, in the style of wire copy from several conflicts."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.extract.finer_place import breadth, within
from sitreps.models import EventMention, Place, PlacePrecision


def placed(events: list[EventMention], type_id: str) -> Place:
    """The place of the single mention of a type."""
    found = [m for m in events if m.type == type_id]
    assert len(found) == 1, [(m.type, m.trigger.text) for m in events]
    assert found[0].place is not None
    return found[0].place


@pytest.mark.parametrize(
    ("text", "type_id", "town", "country"),
    [
        # the lead says the region; the next sentence, which tells no event of its own, the district
        ("Gunmen kill 12 villagers in Nigeria's Zamfara\n\nGunmen killed 12 villagers in northwestern Nigeria "
         "on Sunday, police said.\n\nThe attackers arrived on motorcycles in Gusau local government area and "
         "opened fire on a market, police spokesman Yazid Abubakar said.", "attack_on_civilians", "Gusau",
         "Nigeria"),
        ("RSF fighters kill 15 civilians\n\nRSF fighters killed 15 civilians in Sudan's North Darfur state on "
         "Tuesday, activists said.\n\nThe fighters arrived in Kutum on pickup trucks before dawn, a local "
         "monitoring group said.", "attack_on_civilians", "Kutum", "Sudan"),
        ("Four police officers killed in ambush\n\nMilitants ambushed a police patrol in northwestern Pakistan "
         "on Thursday, killing four officers, police said.\n\nThe patrol was travelling through Lakki Marwat "
         "district at the time, police official Ahmad Khan said.", "armed_clash", "Lakki Marwat", "Pakistan"),
    ],
)
def test_a_coarse_lead_takes_the_town_its_story_names(extract: Extract, text: str, type_id: str, town: str,
                                                      country: str) -> None:
    place = placed(extract(text), type_id)
    assert town in (place.name or "") and place.country == country
    assert place.precision in (PlacePrecision.EXACT, PlacePrecision.DISTRICT)
    assert "finer place its story gives it" in (place.note or "")
    assert town in text[place.evidence[0].start:place.evidence[0].end]  # evidence: where the town is written


@pytest.mark.parametrize(
    ("text", "type_id", "country"),
    [
        # a round-up: two towns, one incident each
        ("Protesters rally against fuel prices\n\nThousands of people protested across Kenya on Wednesday "
         "against a rise in fuel prices.\n\nIn Nairobi, police fired tear gas at demonstrators who blocked "
         "roads. In Kisumu, protesters burned tyres.", "peaceful_protest", "Kenya"),
        # another incident, told as such
        ("Militants attack army post in Burkina Faso\n\nMilitants attacked an army post in northern Burkina "
         "Faso on Monday, killing 10 soldiers, security sources said.\n\nIn a separate attack, gunmen killed "
         "six civilians in Djibo on the same day.", "armed_clash", "Burkina Faso"),
        # another day, another kind of incident
        ("Gunmen kill eight in Mali\n\nGunmen killed eight villagers in central Mali on Sunday, the army said."
         "\n\nOn Wednesday, jihadists attacked a convoy near Gao, killing three soldiers.", "attack_on_civilians",
         "Mali"),
        # towns listed together
        ("Riots spread across France\n\nRioters torched cars across France overnight, the interior ministry "
         "said.\n\nClashes were reported in the cities of Marseille, Lyon and Lille.", "violent_demonstration",
         "France"),
    ],
)
def test_a_coarse_place_stays_when_the_towns_are_other_incidents(extract: Extract, text: str, type_id: str,
                                                                 country: str) -> None:
    place = placed(extract(text), type_id)
    assert place.precision is PlacePrecision.COUNTRY and place.country == country
    assert "finer place" not in (place.note or "")


def test_a_speakers_town_does_not_place_the_event(extract: Extract) -> None:
    text = ("Airstrike hits Myanmar village\n\nA military airstrike killed nine civilians in Myanmar's Sagaing "
            "region on Saturday, according to local media.\n\n\"We lost everything,\" said a farmer speaking "
            "from Monywa, where he had fled.")
    place = placed(extract(text), "air_drone_strike")
    assert place.name == "Sagaing Region" and place.precision is PlacePrecision.REGION


def _place(name: str, precision: PlacePrecision, country: str | None, admin1: str | None = None,
           approximate: bool | None = None) -> Place:
    return Place(text=name, name=name, lat=1.0, lon=1.0, country=country, admin1=admin1, precision=precision,
                 evidence=[], approximate=approximate)


def test_an_area_of_several_countries_is_wider_than_a_country() -> None:
    sahel = _place("the Sahel", PlacePrecision.REGION, None)
    mali = _place("Mali", PlacePrecision.COUNTRY, "Mali")
    mopti = _place("Mopti", PlacePrecision.REGION, "Mali", "Mopti")
    assert breadth(mopti) < breadth(mali) < breadth(sahel)


def test_a_town_lies_within_its_country_and_province_only() -> None:
    town = _place("Gusau", PlacePrecision.EXACT, "Nigeria", "Zamfara State")
    assert within(_place("Nigeria", PlacePrecision.COUNTRY, "Nigeria"), town)
    assert within(_place("Zamfara State", PlacePrecision.REGION, "Nigeria", "Zamfara State"), town)
    assert not within(_place("Kano State", PlacePrecision.REGION, "Nigeria", "Kano State"), town)
    assert not within(_place("Niger", PlacePrecision.COUNTRY, "Niger"), town)
    guessed = _place("Gusau", PlacePrecision.EXACT, "Nigeria", "Zamfara State", approximate=True)
    assert not within(_place("Nigeria", PlacePrecision.COUNTRY, "Nigeria"), guessed)
