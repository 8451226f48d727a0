"""A later part of the lead's incident that names no doer takes the doer the lead names.

Every article and sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

from extract_helpers import Extract

from sitreps.extract.implied_actors import IMPLIED_FLAG
from sitreps.extract.lead_roles import can_be_part_of, with_lead_initiators
from sitreps.models import ActorMention, EventMention, Modality, Place, PlacePrecision, Role, Span

CAMP = ("Militiamen kill 30 civilians in attack on displacement camp in Congo\n\n"
        "Militiamen armed with machetes attacked a camp for displaced people near Bunia in Ituri province on "
        "Sunday night, killing at least 30 civilians, local officials said. The camp houses some 8,000 people. "
        "At least nine people were burned alive after their huts were set on fire, a camp leader said.")

RIOTS = ("Riots spread across Belgium for a second night\n\n"
         "Protesters clashed with police in Brussels on Tuesday night, hurling stones and torching cars, after a "
         "teenager died in police custody. Officials said the unrest spread to other cities. In Liege, a "
         "supermarket was looted and its windows were smashed. In Namur, a bus shelter was set ablaze.")

ABROAD = ("Riots spread across Belgium for a second night\n\n"
          "Protesters clashed with police in Brussels on Tuesday night, hurling stones and torching cars, after a "
          "teenager died in police custody. In neighbouring Amsterdam, Netherlands, a supermarket was looted on "
          "Tuesday night.")

TEAR_GAS = ("Police fire live rounds at fuel protesters in Lusaka; three killed\n\n"
            "Police fired tear gas and live bullets at thousands of protesters in central Lusaka on Monday, "
            "killing at least three people, a rights group said. In Ndola and Kitwe, marches ended without "
            "incident, local reporters said.")

YEARS_AGO = ("Gunmen kill 12 villagers in northern Burkina Faso\n\n"
             "Gunmen on motorbikes attacked the village of Seytenga in northern Burkina Faso on Saturday, killing "
             "12 villagers, the regional governor said. In 2019, a market in the town was set on fire.")


def _initiators(mention: EventMention) -> list[str]:
    return [a.name for a in mention.actors if a.role is Role.INITIATOR]


def _of_type(events: list[EventMention], type_id: str) -> list[EventMention]:
    return [m for m in events if m.type == type_id]


def test_the_burning_an_attack_caused_takes_the_attackers(extract: Extract) -> None:
    # the huts set on fire before the people were burned alive are part of that attack on civilians
    # (data/incident_kinds.yaml absorbs_when_sequenced), which names no doer of its own; "nine people"
    # burned alive are a part of the lead's 30 civilians (no class of victims of their own), so the
    # burning is the lead's attack, with its doers and its toll
    mentions = extract(CAMP)
    assert not _of_type(mentions, "looting_property_destruction")
    (attack,) = _of_type(mentions, "attack_on_civilians")
    assert _initiators(attack) == ["Militiamen"]
    assert "huts" in [a.name for a in attack.actors if a.role is Role.TARGET]
    assert [c.value for c in attack.counts if c.what == "killed"] == [30]


def test_each_town_of_a_riot_round_up_takes_the_crowd_the_lead_names(extract: Extract) -> None:
    # the looting and the arson of the riot's towns are the riot (extract.unrest)
    towns = [m for m in _of_type(extract(RIOTS), "violent_demonstration") if m.place and m.place.name != "Brussels"]
    assert {m.place.name for m in towns if m.place} == {"Liège", "Namur"}
    assert all(_initiators(m) == ["Protesters"] for m in towns)


def test_the_force_that_fired_on_a_crowd_is_no_doer_of_a_march(extract: Extract) -> None:
    events = extract(TEAR_GAS)
    assert any(_initiators(m) == ["Police"] for m in _of_type(events, "excessive_force_against_protesters"))
    marches = _of_type(events, "peaceful_protest")
    assert marches and all("Police" not in _initiators(m) for m in marches)


def test_an_incident_in_another_country_keeps_no_doer(extract: Extract) -> None:
    # a looting told in a riot is that riot (extract.unrest): its crowd is the one the type implies
    # (extract.implied_actors), of its own country, never the lead's Belgian protesters
    (looting,) = [m for m in extract(ABROAD) if m.trigger.text == "looted"]
    assert looting.place is not None and looting.place.country != "Belgium"
    assert [a.name for a in looting.actors if a.role is Role.INITIATOR and a.review_flag != IMPLIED_FLAG] == []
    assert all(a.country != "Belgium" for a in looting.actors if a.role is Role.INITIATOR)


def test_a_background_incident_keeps_no_doer(extract: Extract) -> None:
    (burning,) = _of_type(extract(YEARS_AGO), "looting_property_destruction")
    assert burning.background
    assert _initiators(burning) == []


TEXT = "Rebels shelled Kador. Rebels were hit in Kador. Later a clinic in Kador was destroyed. Talks began."


def _mention(index: int, trigger: str, type_id: str, actors: list[tuple[Role, str]],
             country: str = "Chad") -> EventMention:
    start = TEXT.index(trigger)
    span = Span.of(TEXT, start, start + len(trigger))
    place = Place(text="Kador", name="Kador", country=country, precision=PlacePrecision.EXACT, evidence=[span])
    return EventMention(id=f"d:m{index}", type=type_id, acled=None, plover=None, cameo=None, trigger=span,
                        sentence=span, actors=[ActorMention(role=role, name=name, evidence=[span])
                                               for role, name in actors],
                        counts=[], place=place, time=None, modality=Modality.REPORTED, attribution=None,
                        confidence=0.8)


LEAD_END = TEXT.index(" Rebels were")


def test_victims_are_never_given_as_doers() -> None:
    lead = _mention(0, "shelled", "shelling_missile_attack", [(Role.INITIATOR, "Rebels")])
    hit = _mention(1, "hit", "air_drone_strike", [(Role.TARGET, "rebels")])
    assert _initiators(with_lead_initiators([lead, hit], LEAD_END)[1]) == []


def test_only_a_lead_incident_gives_its_doer() -> None:
    lead = _mention(0, "shelled", "shelling_missile_attack", [])
    later = _mention(1, "hit", "air_drone_strike", [(Role.INITIATOR, "Rebels")])
    destroyed = _mention(2, "destroyed", "looting_property_destruction", [(Role.TARGET, "clinic")])
    filled = with_lead_initiators([lead, later, destroyed], LEAD_END)
    assert [_initiators(m) for m in filled] == [[], ["Rebels"], []]


def test_another_kind_of_incident_is_no_part_of_an_attack() -> None:
    lead = _mention(0, "shelled", "shelling_missile_attack", [(Role.INITIATOR, "Rebels")])
    talks = _mention(3, "Talks", "negotiation", [])
    destroyed = _mention(2, "destroyed", "looting_property_destruction", [(Role.TARGET, "clinic")])
    assert not can_be_part_of(talks, lead)
    assert can_be_part_of(destroyed, lead)  # the attack's kind absorbs the destruction it caused
    assert not can_be_part_of(destroyed, lead.model_copy(update={"background": True}))
    assert not can_be_part_of(_mention(2, "destroyed", "looting_property_destruction", [], "Sudan"), lead)
