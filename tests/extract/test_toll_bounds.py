"""A toll told as a bound ("at least 30") and a later, higher figure of the same incident agree.

Wire copy leads with the cautious figure ("killed at least 12 villagers") and a later sentence gives the
figure another source counts ("residents said 14 people were killed when the gunmen opened fire"). The
figures agree as intervals (14 is within "at least 12"), so the later sentence is a retelling, not a second
incident, and its figure the fuller count of the toll the lead bounded. Another town or a "Separately" still
keeps a second incident apart. Every article here is fiction written for these
tests, in the style of wire copy, from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, incident_telling, told_together

from sitreps.extract.agreement import counts_agree, near_estimate, within_bound
from sitreps.models import Count


def _count(value: int | None, low: int | None, high: int | None) -> Count:
    return Count(what="killed", value=value, low=low, high=high, evidence=[])


@pytest.mark.parametrize(("first", "later", "agree"), [
    (_count(12, 12, None), _count(14, 14, 14), True),      # "at least 12" as the quantity reader keeps it, then 14
    (_count(12, 12, None), _count(12, 12, 12), True),      # the bound itself
    (_count(None, 45, None), _count(12, 12, None), False),  # "at least 12 burned alive" of "more than 45": a part
    (_count(14, 14, 14), _count(12, 12, None), False),     # the bound is the later one: not reached
    (_count(24, 24, 24), _count(52, 52, 52), False),       # two exact tolls
])
def test_a_figure_reaching_a_bound_agrees(first: Count, later: Count, agree: bool) -> None:
    assert counts_agree(first, later) is agree


def test_only_an_open_bound_is_reached() -> None:
    assert within_bound(_count(12, 12, None), _count(14, 14, 14))
    assert not within_bound(_count(12, 12, 12), _count(14, 14, 14))  # an exact 12 is no bound


@pytest.mark.parametrize(("text", "lead", "later"), [
    # Nigeria: bandits raid a village, residents count more dead
    ("Armed bandits killed at least 12 villagers in an attack on Kware village in Nigeria's Zamfara state on "
     "Sunday, police said.\n\nA police spokesman said the attackers arrived on motorcycles and opened fire on "
     "residents.\n\nLocal residents said 14 people were killed in the raid, including three women.",
     "attack on Kware", "opened fire"),
    # Nigeria, a headline that drops the "at least" of its lead
    ("Gunmen kill 12 villagers in Zamfara\n\nArmed bandits killed at least 12 villagers in an attack on Kware "
     "village in Nigeria's Zamfara state on Sunday, police said.\n\nA police spokesman said the attackers arrived "
     "on motorcycles and opened fire on residents.\n\nLocal residents said 14 people were killed in the raid.",
     "Gunmen kill", "opened fire"),
    # Sudan: a paramilitary massacre, activists' higher count
    ("Paramilitary fighters killed at least 30 villagers in Wad al-Noura in Sudan's Gezira state on Wednesday, "
     "activists said.\n\nThe Rapid Support Forces denied targeting civilians.\n\nA resistance committee said 35 "
     "people were killed when the fighters stormed the village.", "killed", "targeting civilians"),
    # Haiti: a gang attack on a church, the headline's figure and the residents' count
    ("Gunmen kill 9 in Haiti church attack\n\nGang members killed at least nine worshippers at a church in "
     "Pont-Sonde in Haiti's Artibonite department on Sunday, police said.\n\nResidents said 11 people were "
     "killed when the gunmen opened fire on the congregation.", "killed", "opened fire"),
    # DR Congo: a rebel raid, civil society's higher count
    ("ADF rebels killed at least 18 people in an attack on Ntoyo village in North Kivu province on Monday, the "
     "army said.\n\nThe army said it had sent troops to the area.\n\nCivil society leaders said 22 civilians "
     "were killed when the rebels raided the village with machetes.", "attack on Ntoyo", "raided"),
])
def test_a_higher_count_retells_the_bound(extract: Extract, text: str, lead: str, later: str) -> None:
    assert told_together(extract, text, lead, later)


def test_the_row_takes_the_fuller_count(extract: Extract) -> None:
    text = ("Myanmar's military killed at least 20 people in an air strike on a village in Kanbalu township on "
            "Tuesday, residents said.\n\nThe junta has stepped up its bombing campaign since losing ground to "
            "resistance forces.\n\nWitnesses said 24 people were killed when the jet bombed the village school.")
    strike = incident_telling(extract(text), "air strike", text)
    assert [c.value for c in strike.counts if c.what == "killed"] == [24]


@pytest.mark.parametrize(("text", "lead", "later"), [
    # Sudan: "Separately", another village
    ("Paramilitary fighters killed at least 30 villagers in Wad al-Noura in Sudan's Gezira state on Wednesday, "
     "activists said.\n\nThe Rapid Support Forces denied targeting civilians.\n\nSeparately, fighters killed 35 "
     "people in an attack on the village of Um Adara in North Kordofan on Wednesday, a local official said.",
     "killed", "attack on the village"),
    # Myanmar: a second strike the same day in another town
    ("Myanmar's military killed at least 20 people in an air strike on a village in Kanbalu township on "
     "Tuesday, residents said.\n\nThe junta has stepped up its bombing campaign since losing ground to "
     "resistance forces.\n\nIn Sagaing town, 24 people were killed when jets bombed a monastery on Tuesday, "
     "witnesses said.", "air strike", "bombed"),
])
def test_another_incident_with_a_higher_count_stays_apart(extract: Extract, text: str, lead: str,
                                                          later: str) -> None:
    assert not told_together(extract, text, lead, later)


def test_an_estimate_holds_a_figure_near_it() -> None:
    about_40 = _count(40, None, None)
    assert near_estimate(about_40, _count(44, 44, 44)) and near_estimate(_count(36, 36, 36), about_40)
    assert not near_estimate(about_40, _count(12, 12, 12))
    assert not near_estimate(_count(40, 40, 40), _count(44, 44, 44))  # two exact figures: no estimate


@pytest.mark.parametrize(("text", "lead", "later"), [
    # Nigeria: "about 40", then the residents' 44
    ("Gunmen killed about 40 people in an attack on the village of Yelwata in Nigeria's Benue state on Friday "
     "night, local officials said.\n\nPolice said they had arrested two suspects.\n\nResidents said the "
     "attackers opened fire on villagers as they slept, killing 44 people.", "attack on the village", "opened fire"),
    # Haiti: "some 300", then a report's 280
    ("Some 300 people were killed when gang members attacked the town of Cite Soleil in Haiti last week, the UN "
     "said on Monday.\n\nThe government declared a state of emergency.\n\nThe gangs killed 280 residents during "
     "the rampage, a UN report said.", "attacked", "gangs killed"),
    # Sudan: "around 100", then activists' 108
    ("Paramilitary fighters killed around 100 villagers in an attack on Wad Ashib in Sudan's Gezira state on "
     "Monday, activists said.\n\nThe paramilitary force did not comment.\n\nA medical group said the fighters "
     "shot dead 108 people as they stormed the village.", "attack on Wad", "shot dead"),
])
def test_a_figure_near_an_estimate_retells_it(extract: Extract, text: str, lead: str, later: str) -> None:
    assert told_together(extract, text, lead, later)


def test_a_figure_far_from_an_estimate_stays_apart(extract: Extract) -> None:
    text = ("Gunmen killed about 40 people in an attack on the village of Yelwata in Nigeria's Benue state on Friday "
            "night, local officials said.\n\nPolice said they had arrested two suspects.\n\nResidents said "
            "armed men opened fire on villagers as they slept, killing 12 people.")
    assert not told_together(extract, text, "attack on the village", "opened fire")
    # "the attackers" refer back to the attack (round 27), whose figure they disagree on: a contradiction of one
    # incident's toll, as "the attack killed 12" would be, not a second incident
    assert told_together(extract, text.replace("armed men", "the attackers"), "attack on the village", "opened fire")
