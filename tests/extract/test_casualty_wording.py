"""A headline's "killed" that the body words as "killed or wounded" is a casualty figure, not a death toll.

Every article and sentence here is fiction written for these tests, in the style of wire copy and local news.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.extract.casualty_wording import without_combined_deaths
from sitreps.models import Count, EventMention, Span


def _figures(mentions: list[EventMention], what: str) -> list[int | None]:
    return sorted(c.low or 0 for m in mentions for c in m.counts if c.what == what)


@pytest.mark.parametrize(("text", "combined"), [
    ("Dozens of soldiers killed as rebels storm northern towns\n\nThe army said on Sunday that dozens of its "
     "troops had been killed or wounded in heavy fighting with rebels near Bambari over the weekend.", 24),
    ("14 police killed in Garissa ambush\n\nPolice said 14 officers were killed or injured when their convoy "
     "was ambushed outside Garissa on Monday.", 14),
    ("30 villagers killed in militia raid\n\nMore than 30 villagers were killed or wounded in a militia raid on "
     "Kerker village on Tuesday, a local official said.", 30),
    ("Shelling kills 17 in Horlivka\n\nShelling of Horlivka on Friday killed or injured 17 civilians, the city "
     "administration said.", 17),
    ("Nine guards killed in prison break\n\nNine guards were killed or hurt when armed men stormed the prison in "
     "Koutiala on Wednesday, the ministry said.", 9),
])
def test_the_headline_s_figure_is_the_body_s_casualties(extract: Extract, text: str, combined: int) -> None:
    mentions = extract(text)
    assert _figures(mentions, "killed") == []
    assert _figures(mentions, "casualties") == [combined]


@pytest.mark.parametrize(("text", "killed"), [
    # a death figure of its own beside a larger casualty figure
    ("Three killed in Lahore market blast\n\nA bomb tore through a market in Lahore on Thursday, killing three "
     "people. Police said 20 people were killed or wounded in the blast.", [3]),
    # the dead and the hurt told apart
    ("Twelve killed in Kidal drone strike\n\nA drone strike on a market in Kidal on Sunday killed 12 people, "
     "local officials said. The strike also wounded 30 others.", [12]),
])
def test_a_death_figure_of_its_own_stays(extract: Extract, text: str, killed: list[int]) -> None:
    assert _figures(extract(text), "killed") == killed


def _count(what: str, value: int | None, low: int | None, high: int | None) -> Count:
    return Count(what=what, value=value, low=low, high=high, evidence=[Span.of("x", 0, 1)])


def test_no_casualties_leaves_a_death_figure_alone() -> None:
    counts = [_count("killed", 0, 0, 0), _count("casualties", 0, 0, 0)]
    assert without_combined_deaths(counts) == counts


def test_a_death_figure_of_the_casualty_figure_s_number_is_dropped() -> None:
    kept = without_combined_deaths([_count("killed", 24, 24, 24), _count("casualties", None, 24, None),
                                    _count("injured", 5, 5, 5)])
    assert [c.what for c in kept] == ["casualties", "injured"]


@pytest.mark.parametrize(("text", "low"), [
    ("At least 20 soldiers were killed and wounded when insurgents attacked a base in Diffa on Wednesday.", 20),
    ("Dozens of civilians were killed and injured in the shelling of Kramatorsk on Friday, officials said.", 24),
    ("More than 15 police officers were killed and wounded in an ambush near Tillaberi on Monday.", 15),
    ("Scores of worshippers were killed and injured when a bomb went off in a mosque in Peshawar on Friday.", 40),
    ("The blast killed and wounded 30 people at the market in Baidoa on Saturday.", 30),
])
def test_killed_and_wounded_of_one_figure_is_a_casualty_figure(extract: Extract, text: str, low: int) -> None:
    mentions = extract(text)
    assert _figures(mentions, "killed") == []
    assert _figures(mentions, "injured") == []
    assert _figures(mentions, "casualties") == [low]


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # the hurt died after: three dead
    ("Three soldiers were wounded and later died in hospital after an ambush near Mopti on Monday.", [3], [3]),
    # each verb its own figure
    ("Nine protesters were killed and 40 wounded when police opened fire in Dhaka on Friday.", [9], [40]),
    ("Insurgents killed 11 soldiers and wounded 20 others in an ambush near Mopti on Thursday.", [11], [20]),
])
def test_figures_of_their_own_stay_apart(extract: Extract, text: str, killed: list[int], injured: list[int]) -> None:
    mentions = extract(text)
    assert (_figures(mentions, "killed"), _figures(mentions, "injured")) == (killed, injured)
