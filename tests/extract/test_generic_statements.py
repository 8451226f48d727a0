"""Running totals, many acts over a period, a round-up's tally and page lines are no incident (round 17).

Each case has a near miss that must stay: a simple-past toll of one act, a perfect with no period, a
tally after a sentence that names one place, a one-word line in the headline. Every text is fiction
written for these tests, in the style of wire copy and local press.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract


def _told(extract: Extract, text: str, word: str) -> bool:
    """Whether an incident's trigger or retelling overlaps the word's first occurrence."""
    start = text.index(word)
    end = start + len(word)
    return any(s.start < end and start < s.end for m in extract(text) for s in (m.trigger, *m.retellings))


LEAD = "Russian shelling killed two men in Kherson on Tuesday, the regional governor said.\n\n"


@pytest.mark.parametrize(("text", "word"), [
    (LEAD + "Russian forces have shelled the city since 2022, and the attacks have killed more than 600 civilians.",
     "have killed more"),
    (LEAD + "Since the war broke out, the fighting has killed tens of thousands of people.", "fighting has"),
    (LEAD + "The 2016 accord ended a five-decade war that killed at least 450,000 people.", "killed at least"),
    (LEAD + "The rebels, who pledged allegiance to the group in 2019, have killed more than 6,000 civilians "
     "in the province since 2014, according to a tracker.", "have killed more"),
])
def test_a_running_total_is_no_incident(extract: Extract, text: str, word: str) -> None:
    assert not _told(extract, text, word)


def test_a_simple_past_toll_of_one_act_stays(extract: Extract) -> None:
    text = LEAD + "On Monday, a drone attack on a bus in Nikopol killed three passengers, officials said."
    assert _told(extract, text, "drone attack")


def test_a_past_perfect_toll_of_one_earlier_incident_stays(extract: Extract) -> None:
    """"had killed" tells one earlier incident's toll, not a count that runs up to now."""
    text = LEAD + "Fighting in Bakhmut on March 3 had killed five soldiers, the army said."
    assert _told(extract, text, "Fighting")


@pytest.mark.parametrize(("text", "word"), [
    ("Gunmen killed 14 villagers in Katsina state on Monday, police said.\n\n"
     "Armed gangs have carried out dozens of attacks on villages across the northwest since January.",
     "dozens of attacks"),
    ("Gunmen killed 14 villagers in Katsina state on Monday, police said.\n\n"
     "The ELN has been launching attacks on army bases in the region since the talks collapsed.",
     "launching attacks"),
    ("Russian shelling killed two men in Kherson on Tuesday.\n\n"
     "Russian forces have shelled Kherson almost daily since November, officials said.", "shelled Kherson"),
])
def test_many_acts_over_a_period_are_no_incident(extract: Extract, text: str, word: str) -> None:
    assert not _told(extract, text, word)


def test_a_counted_day_of_strikes_stays(extract: Extract) -> None:
    text = "Israeli jets carried out dozens of airstrikes on southern Lebanon on Monday, killing 12 people."
    assert _told(extract, text, "airstrikes")


ROUND_UP = ("A soldier was killed when a bomb exploded beside a patrol in Shariff Aguak on Tuesday.\n\n"
            "On Saturday, bombs exploded outside a bank in Isulan and a bus terminal in Tacurong. "
            "The attacks killed nine people, the military said.")


UNLABELLED_ROUND_UP = ("Eleven civilians were killed in an attack on Mamove village near Beni on Monday.\n\n"
                       "On Saturday, gunmen attacked a health centre in Oicha and a farm near Eringeti. "
                       "The attacks killed five people, the army said.")


@pytest.mark.parametrize(("text", "toll"), [(ROUND_UP, 9), (UNLABELLED_ROUND_UP, 5)])
def test_a_round_ups_tally_gives_no_incident_its_toll(extract: Extract, text: str, toll: int) -> None:
    tolls = [c.low for m in extract(text) for c in m.counts if c.what == "killed"]
    assert toll not in tolls, tolls


def test_a_tally_after_one_place_stays_the_incidents_toll(extract: Extract) -> None:
    text = ("Israeli jets struck a house in Rafah early on Tuesday, residents said. "
            "The strikes killed 20 people, health officials said.")
    tolls = [c.low for m in extract(text) for c in m.counts if c.what == "killed"]
    assert 20 in tolls, tolls


@pytest.mark.parametrize(("text", "word"), [
    ("Gunmen killed 14 villagers in Katsina state on Monday, police said.\n\n"
     "Also read: Army offers bounty for bandit leaders in Zamfara\n\nResidents fled to the town.", "offers"),
    ("Gunmen killed 14 villagers in Katsina state on Monday, police said.\n\nKidnappings\n\n"
     "Kidnappings for ransom have become a lucrative business in the region.", "Kidnappings"),
])
def test_page_lines_are_no_incident(extract: Extract, text: str, word: str) -> None:
    assert not _told(extract, text, word)


def test_a_short_headline_stays(extract: Extract) -> None:
    text = "Clashes in Tripoli\n\nRival militias clashed in the Libyan capital Tripoli on Monday, residents said."
    assert _told(extract, text, "Clashes")
