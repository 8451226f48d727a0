"""Ground a state's forces take outside their own country (extract.territory).

Every sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

from extract_helpers import Extract

from sitreps.extract.territory import foreign_ground, taken_abroad
from sitreps.models import ActorMention, EventMention, Modality, Place, PlacePrecision, Role, Span

TEXT = "Troops took the town."
SPAN = Span.of(TEXT, 0, 6)


Side = tuple[Role, str, str | None, str]  # role, actor type, country, name


def _taking(place_country: str | None, *actors: Side) -> EventMention:
    place = Place(text="Brodno", name="Brodno", country=place_country, precision=PlacePrecision.EXACT,
                  evidence=[SPAN]) if place_country else None
    return EventMention(id="d:m", type="government_regains_territory", acled=None, plover=None, cameo=None,
                        trigger=SPAN, sentence=SPAN, place=place, time=None, counts=[],
                        actors=[ActorMention(role=role, name=name, actor_type=kind, country=country,
                                             evidence=[SPAN]) for role, kind, country, name in actors],
                        modality=Modality.REPORTED, attribution=None, confidence=0.8)


FOREIGN: Side = (Role.INITIATOR, "state_military", "Russia", "Russian forces")


def test_a_foreign_armys_capture_is_not_a_government_regaining_its_ground() -> None:
    assert taken_abroad(_taking("Ukraine", FOREIGN), foreign_ground())


def test_a_government_retaking_its_own_town_keeps_its_type() -> None:
    home: Side = (Role.INITIATOR, "state_military", "Ukraine", "Ukrainian troops")
    assert not taken_abroad(_taking("Ukraine", home), foreign_ground())


def test_foreign_troops_fighting_beside_the_host_army_or_against_insurgents_keep_it() -> None:
    rules = foreign_ground()
    rwanda: Side = (Role.INITIATOR, "state_military", "Rwanda", "Rwandan troops")
    host: Side = (Role.INITIATOR, "state_military", "Mozambique", "Mozambican troops")
    insurgents: Side = (Role.TARGET, "armed_group", None, "insurgents")
    assert not taken_abroad(_taking("Mozambique", rwanda, host), rules)
    assert not taken_abroad(_taking("Mozambique", rwanda, insurgents), rules)
    assert taken_abroad(_taking("Mozambique", rwanda), rules)  # from nobody named: for themselves


def test_an_unknown_country_or_place_changes_nothing() -> None:
    rules = foreign_ground()
    assert not taken_abroad(_taking(None, FOREIGN), rules)
    assert not taken_abroad(_taking("Ukraine", (Role.INITIATOR, "state_military", None, "troops")), rules)


def test_the_pipeline_types_a_foreign_capture_as_a_non_state_takeover(extract: Extract) -> None:
    abroad = extract("Russian forces captured the village of Krasnohorivka in Ukraine's Donetsk region on Tuesday, "
                     "the Russian defence ministry said.")
    home = extract("Ukrainian troops recaptured the village of Robotyne in the Zaporizhzhia region on Monday, "
                   "the general staff said.")
    assert [m.type for m in abroad] == ["non_state_overtakes_territory"]
    assert [m.type for m in home] == ["government_regains_territory"]
