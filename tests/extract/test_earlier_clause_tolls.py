"""A killing told in a clause of what came before ("riots broke out after police killed a teenager",
"a year since soldiers killed 40 protesters") or as what a protest is about ("protested over the
killing of five farmers") is the cause, the anniversary or the topic of the incident the sentence
tells, so that incident's mention takes no toll from it; victims counted out of people the
sentence has told ("fled after soldiers killed six of them") are the incident's own. A copula's
"dead" ("three soldiers were dead") is a toll like "were found dead". Sentences written for these
tests (fiction in the style of news)."""

from __future__ import annotations

import pytest
from extract_helpers import run

PROTEST_TYPES = frozenset({"peaceful_protest", "protest_with_intervention", "violent_demonstration",
                           "mob_violence", "excessive_force_against_protesters"})


def _protest_tolls(text: str) -> list[int | None]:
    (document,) = run([text])
    return [c.value for m in document.events if m.type in PROTEST_TYPES for c in m.counts if c.what == "killed"]


def _killed(text: str) -> list[int | None]:
    (document,) = run([text])
    return [c.value for m in document.events for c in m.counts if c.what == "killed"]


@pytest.mark.parametrize("text", [
    "Riots broke out in the Marseille suburb of Les Pennes on Tuesday after a police officer killed a "
    "teenager at a traffic stop.",
    "Thousands of people marched through Omdurman on Thursday to mark a year since security forces "
    "killed 40 protesters outside the army headquarters.",
    "Students rallied outside parliament in Nairobi on Friday after police shot dead three demonstrators "
    "during a strike, witnesses said.",
    # the killing a protest is about: the noun a preposition of topic takes, under the protest's trigger
    "Hundreds of mourners protested in Kirumba on Wednesday over the killing of five farmers by soldiers.",
    "Students rallied outside the high court in Lahore on Monday against the death of a detainee in police "
    "custody.",
    # what a protest demands justice or answers for
    "Thousands of women marched in Quetta on Saturday to demand justice for the killing of seven coal miners "
    "by gunmen last month.",
    "Relatives of the victims marched to the governor's office in Maiduguri on Tuesday seeking compensation "
    "for the deaths of 12 fishermen in an air strike.",
    "Opposition supporters rallied in Harare on Sunday to demand accountability for the killing of six "
    "people by soldiers after the election.",
])
def test_a_killing_that_came_before_gives_the_protest_no_toll(text: str) -> None:
    assert _protest_tolls(text) == []


@pytest.mark.parametrize(("text", "toll"), [
    # near misses: the killing ends the incident told, or is the incident itself
    ("Militants attacked an army post near Mopti overnight and fled after soldiers killed six of them, "
     "the army said.", 6),
    ("Gunmen stormed a hotel in Mogadishu on Saturday and were overpowered after commandos shot dead four "
     "of the attackers, police said.", 4),
    ("Police fired live rounds at protesters in Mandalay on Sunday, killing two students, witnesses said.", 2),
    ("The army launched an offensive against rebels that killed 30 fighters in the hills of Paletwa on "
     "Tuesday.", 30),
    # a group claiming the killing tells the killing itself
    ("The group claimed responsibility for the killing of five soldiers near Gao on Monday.", 5),
    ("Police fired tear gas at crowds in Nairobi on Tuesday who were protesting for the second day, killing "
     "two people.", 2),
    ("Rebels attacked the town of Kamango on Monday and were responsible for the deaths of 12 civilians, the "
     "army said.", 12),
])
def test_a_killing_of_the_incident_keeps_its_toll(text: str, toll: int) -> None:
    assert toll in _killed(text)


@pytest.mark.parametrize(("text", "toll"), [
    ("Three soldiers and 11 insurgents were dead after a night-long gun battle in the hills above "
     "Chitral, a provincial spokesman said.", 14),
    ("At least 12 people are dead after a gunman opened fire at a bus station in Kumasi on Monday, "
     "police said.", 12),
    ("Five villagers were dead on Sunday when militiamen attacked the hamlet of Kipupu in South Kivu, "
     "a local chief said.", 5),
])
def test_dead_after_a_copula_is_a_toll(text: str, toll: int) -> None:
    assert toll in _killed(text)
