"""Tellings of one incident that carry two days: words bound in one sentence, an undated lead and the
recent incident it follows up.

Every article here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

from extract_helpers import Extract

from sitreps.extract.retelling import Told, can_retell
from sitreps.models import DatePrecision, EventMention, TimeRef

DEALS = ("ceasefire", "agreement")


def told(events: list[EventMention]) -> list[tuple[str, str, str | None]]:
    return [(m.type, m.trigger.text, m.time.start if m.time else None) for m in events]


def test_a_truce_dated_by_the_day_it_takes_effect_is_the_deal_agreed(extract: Extract) -> None:
    # "a ceasefire that takes effect on June 20" dates the ceasefire word to its start, not a second truce
    events = extract("Truce in Maru\n\nThe two militias agreed on Tuesday to a ceasefire that takes effect on "
                     "June 20, elders who mediated between them said.")
    deals = [m for m in events if m.type in DEALS]
    assert len(deals) == 1, told(events)
    assert deals[0].time is not None and deals[0].time.start == "2024-04-30", told(events)


def test_two_attacks_told_apart_on_two_days_stay_two(extract: Extract) -> None:
    events = extract("Gunmen attacked a market in the town of Garo on Monday, killing three traders, police said.\n\n"
                     "On Thursday, gunmen attacked a bus near the town of Garo, killing five passengers.")
    violent = [m for m in events if m.type in ("attack_on_civilians", "armed_clash")]
    assert len(violent) == 2, told(events)


def _dated(mention: EventMention, day: str) -> EventMention:
    return mention.model_copy(update={"time": TimeRef(start=day, end=day, precision=DatePrecision.DAY, evidence=[])})


def test_only_a_bound_word_joins_across_days(extract: Extract) -> None:
    events = extract("The two militias agreed to a ceasefire in Maru on Tuesday, elders said.")
    deal = next(m for m in events if m.type in DEALS)
    first, later = _dated(deal, "2024-04-30"), Told(_dated(deal, "2024-06-20"), head=3)
    assert can_retell(first, later, first_in_lead=True, bound=True)
    assert not can_retell(first, later, first_in_lead=True, bound=False)
    # a bound word of an earlier day is not a phase of the incident ("an attack that followed clashes on Sunday")
    assert not can_retell(later.mention, Told(first, head=3), first_in_lead=True, bound=True)


FOLLOW_UP = ("Rights group urges inquiry into air strike on Dalo wedding\n\nA rights group has urged the government "
             "of Moravia to investigate an air strike that hit a wedding party.\n\nWitnesses said a military jet "
             "bombed the village of Dalo on {day}, killing 19 civilians who had gathered for the wedding.")


def test_an_undated_lead_is_the_recent_incident_it_follows_up(extract: Extract) -> None:
    # published 2024-05-01: the strike of March 20 is six weeks old, the incident the report is about
    events = extract(FOLLOW_UP.format(day="March 20"))
    strikes = [m for m in events if m.type == "air_drone_strike"]
    assert len(strikes) == 1, told(events)
    assert strikes[0].time is not None and strikes[0].time.start == "2024-03-20", told(events)


def test_an_undated_lead_is_not_an_incident_of_years_ago(extract: Extract) -> None:
    events = extract(FOLLOW_UP.format(day="March 20, 2019"))
    assert len([m for m in events if m.type == "air_drone_strike"]) == 2, told(events)


def test_an_incident_that_followed_another_is_not_it(extract: Extract) -> None:
    # "followed" chains two incidents in time like "after": the weekend's bombings are not today's attack
    events = extract("Gunmen attack checkpoint in Garo\n\nGunmen attacked an army checkpoint in the town of Garo on "
                     "Tuesday, wounding two soldiers, the army said.\n\nTuesday's attack followed bombings in the "
                     "towns of Maru and Tesso on Saturday that targeted banks and hotels.")
    bombings = [m for m in events if m.type == "remote_explosive"]
    assert bombings and all(m.time is None or m.time.start != "2024-04-30" for m in bombings), told(events)
