"""An event word owned by its day ("Thursday's bombing", "today's explosion") refers back to an incident told.

Every article and sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

from extract_helpers import Extract

from sitreps.models import EventMention

VIOLENT = frozenset({"remote_explosive", "attack_on_civilians", "armed_clash", "air_drone_strike",
                     "shelling_missile_attack"})


def _violent(events: list[EventMention]) -> list[EventMention]:
    return [m for m in events if m.type in VIOLENT]


def test_the_day_s_bombing_with_a_revised_toll_is_the_same_bombing(extract: Extract) -> None:
    events = extract("Car bomb kills 12 in Kirkuk\n\nA car bomb exploded near a crowded market in Kirkuk on "
                     "Thursday, killing 12 people, police said. Hospital officials said on Friday that Thursday's "
                     "bombing had killed 14 people and wounded 30.")
    assert len(_violent(events)) == 1


def test_today_s_explosion_is_the_lead_s_explosion(extract: Extract) -> None:
    events = extract("Seven dead in blast at fuel depot in Goma\n\nAn explosion tore through a fuel depot in Goma "
                     "on Tuesday, killing seven workers, the governor said. Rescue teams were still searching the "
                     "site late on Tuesday. The Red Cross said today's explosion had killed at least nine people.")
    assert len(_violent(events)) == 1


def test_last_night_s_shelling_is_the_overnight_shelling(extract: Extract) -> None:
    events = extract("Shelling kills four in Kherson\n\nRussian artillery shelled a residential district of Kherson "
                     "overnight, killing four people, the regional governor said on Saturday. Officials later said "
                     "last night's shelling had killed six civilians.")
    assert len(_violent(events)) == 1


def test_another_day_s_attack_on_another_town_stays_apart(extract: Extract) -> None:
    events = extract("Drone strike hits Sumy\n\nA Russian drone struck an apartment block in Sumy on Wednesday, "
                     "killing two people, regional officials said. Monday's attack on Kharkiv killed five people "
                     "and wounded 20.")
    assert len(_violent(events)) == 2


def test_last_month_s_ambush_stays_apart_from_today_s_attack(extract: Extract) -> None:
    events = extract("Rebels attacked an army post near Beni on Tuesday, killing four soldiers, the army said. "
                     "Last month's ambush on a convoy near Oicha killed 11 soldiers.")
    assert len(_violent(events)) == 2
