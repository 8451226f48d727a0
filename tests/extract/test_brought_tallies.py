"""A toll a verb brings up to a figure over a period ("bringing to 80 the number of people killed in the
state this month") is a tally, like a present-perfect toll with a period, not the incident's toll; a
toll brought up without a period ("bringing the toll to 24") is still the incident's. Sentences written
for these tests (fiction in the style of news, several conflicts and outlets)."""

from __future__ import annotations

import pytest
from extract_helpers import first_death_toll


@pytest.mark.parametrize(("text", "toll"), [
    ("Bandits killed five farmers in Zamfara on Sunday, bringing to 80 the number of people killed in the state "
     "this month.", 5),
    ("A drone struck a bus in Kherson on Monday, killing three passengers, bringing the number of dead in the "
     "city this week to 12.", 3),
    ("Police shot dead two protesters in Dhaka on Friday, taking the toll of the unrest so far to 39, a rights "
     "group said.", 2),
    ("Gunmen killed a village chief in Cauca on Saturday, pushing the number of community leaders killed this "
     "year to 54.", 1),
    ("An air strike killed six civilians in Idlib on Monday, bringing the death toll in the province this year "
     "to 210, monitors said.", 6),
])
def test_a_toll_brought_up_over_a_period_is_a_tally(text: str, toll: int) -> None:
    assert first_death_toll(text) == toll


@pytest.mark.parametrize(("text", "toll"), [
    ("Shelling hit a market in Donetsk on Friday, killing 9 people and bringing the death toll to 15, local "
     "officials said.", 15),
    ("Gunmen attacked a church in Owo on Sunday, killing 22 people. Two more died on Monday, bringing the toll "
     "to 24.", 24),
    ("A suicide bomber struck a rally in Bajaur on Sunday, killing 40 people; rescuers found more bodies on "
     "Monday, bringing the toll to 54.", 54),
])
def test_a_toll_brought_up_without_a_period_is_the_incidents(text: str, toll: int) -> None:
    assert first_death_toll(text) == toll
