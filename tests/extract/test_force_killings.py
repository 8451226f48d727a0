"""A peaceful protest the state's forces killed people at is excessive force against protesters, whether the
killing is told as the force's act beside the protest word ("police shot dead a student during protests") or
the merged protest names the force among its doers and counts dead. Near misses: gunmen who kill at a rally,
a policeman killed in protests, a riot the police fired on, and a stampede leave the type as it was.

Every article here is fiction written for these tests, in the voices of wire copy, a local paper, a live page
and a rights group, from several countries.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.annotate.nlp import load_nlp
from sitreps.extract.force_killings import killed_by_force

EXCESSIVE = "excessive_force_against_protesters"


def _types(extract: Extract, text: str) -> list[tuple[str, str]]:
    return [(m.type, m.trigger.text) for m in extract(text)]


@pytest.mark.parametrize("text", [
    "Police shot dead a 19-year-old student during anti-government protests in Kisumu on Tuesday, a hospital "
    "official said.",
    "At least three people were shot dead by police in Nairobi on Tuesday as thousands marched against the "
    "finance bill.",
    "Two demonstrators died after police fired live bullets at a march in Maputo on Wednesday, Human Rights Watch "
    "said.",
    "UPDATE 16:40 - Police beat a protester to death during a sit-in in Dhaka on Sunday, witnesses told our "
    "correspondent.",
    "Soldiers killed four people at a rally against the junta in Mandalay on Friday, a local rights group said "
    "in a statement.",
    "Riot police shot dead a farmer during a road blockade protest near Juliaca on Thursday, the regional "
    "ombudsman's office said.",
    # round 24: a dying word whose cause clause the forces did ("died after being shot by police")
    "A university student died after being shot by police at a rally against a fuel levy in Eldoret on "
    "Tuesday, his family said.",
    "A street vendor died after he was beaten by riot police during a march in Arequipa on Friday, the "
    "ombudsman said.",
    "KATHMANDU (Hill Times) - A teenager died after soldiers fired on a vigil outside the district office in "
    "Birgunj on Monday, residents said.",
])
def test_a_protest_the_forces_killed_at_is_excessive_force(extract: Extract, text: str) -> None:
    types = _types(extract, text)
    assert EXCESSIVE in {t for t, _ in types}, types


@pytest.mark.parametrize("text", [
    "Unknown gunmen shot dead a student during an opposition rally in Kano on Saturday, police said.",
    "A policeman was killed during protests against the fuel price increase in Abuja on Monday, the police "
    "spokesman said.",
    "Protesters torched a police station in Homa Bay on Tuesday and police shot dead two of the rioters, "
    "officials said.",
    "Two marchers died in a stampede as thousands rallied in Kinshasa on Sunday, the organisers said.",
    # round 24: a death whose cause clause names no force, or no harm, stays the protest's
    "A marcher died after being struck by a car at a rally in Accra on Sunday, the organisers said.",
    "An elderly marcher died after collapsing in the heat at a rally in Harare on Monday, relatives said.",
    "A policeman died after being stoned by protesters at a rally in Kano on Monday, the police said.",
])
def test_other_deaths_at_a_protest_are_no_excessive_force(extract: Extract, text: str) -> None:
    types = _types(extract, text)
    assert EXCESSIVE not in {t for t, _ in types}, types


@pytest.mark.parametrize(("text", "word", "by_force"), [
    ("Police shot dead a student.", "shot", True),
    ("Three people were shot dead by soldiers.", "shot", True),
    ("Security forces shot and killed a woman.", "killed", True),
    ("Gunmen shot dead a student.", "shot", False),
    ("A student was killed.", "killed", False),
    ("A student died after being shot by police.", "died", True),
    ("Two marchers died when troops opened fire on the crowd.", "died", True),
    ("A policeman died.", "died", False),  # the subject of "died" is the dead, not the killer
    ("A policeman died after being hit by stones.", "died", False),
    ("A protester died after police arrived.", "died", False),
])
def test_killed_by_force_reads_the_doer(text: str, word: str, by_force: bool) -> None:
    casualty = next(t for t in load_nlp()(text) if t.text == word)
    assert killed_by_force(casualty) is by_force


@pytest.mark.parametrize("text", [
    "A university student died after being shot by police at a rally against a fuel levy in Eldoret on Tuesday.",
    "A vendor died after being beaten by soldiers at a sit-in outside the market in Bamako on Friday.",
])
def test_who_died_after_being_harmed_is_no_doer(extract: Extract, text: str) -> None:
    # round 24: a passive gerund ("after being shot") is undergone by the subject it shares ("a student died")
    mentions = extract(text)
    doers = {a.name.lower() for m in mentions for a in m.actors if a.role.value == "initiator"}
    assert not any(w in d for d in doers for w in ("student", "vendor")), doers


def test_who_attacked_before_being_repelled_stays_the_doer(extract: Extract) -> None:
    # near miss: an active gerund keeps the subject it shares ("the rebels attacked")
    mentions = extract("The rebels were repelled after attacking an army base near Beni on Monday, the army said.")
    doers = {a.name.lower() for m in mentions for a in m.actors if a.role.value == "initiator"}
    assert any("rebels" in d for d in doers), doers
