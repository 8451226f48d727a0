"""An undated article's URL month gives its year-less dates their year, never a day of its own (round 18)."""

from __future__ import annotations

from datetime import date

from sitreps.resolve.reference import document_reference, latest_stated_day

TODAY = date(2026, 12, 1)  # the clock's day only bounds weekday-dated days, as in test_reference.py


def test_a_year_less_day_takes_the_year_of_the_url_month() -> None:
    text = "Rebels attacked the village of Kisharo on March 3, killing seven civilians."
    assert latest_stated_day(text, TODAY, "2024-03") == date(2024, 3, 3)
    reference = document_reference(None, text, TODAY, month="2024-03")
    assert reference is not None and reference.inferred and reference.iso == "2024-03-03"


def test_a_day_just_before_the_url_month_is_last_year_s() -> None:
    text = "Armed bandits on December 28 invaded a church in Kajuru and abducted 21 worshippers."
    assert latest_stated_day(text, TODAY, "2024-01") == date(2023, 12, 28)


def test_a_day_after_the_url_month_looks_ahead() -> None:
    text = ("Mortar shells killed five traders in the market on March 21. Donors meet in London on "
            "April 16 to discuss the mission.")
    assert latest_stated_day(text, TODAY, "2024-03") == date(2024, 3, 21)


def test_the_url_month_alone_is_no_day() -> None:
    """Near misses: only weekdays, or nothing, stated; and no month, as before."""
    assert document_reference(None, "Gangs set fire to thirty houses on Sunday.", TODAY, month="2024-04") is None
    assert document_reference(None, "Gangs set fire to thirty houses.", TODAY, month="2024-04") is None
    assert latest_stated_day("Rebels attacked Kisharo on March 3.", TODAY) is None


def test_a_weekday_dated_day_is_bounded_by_the_url_month() -> None:
    """'Thursday, Sept. 16' with a page of September 2021: 2021, not the latest match before today."""
    text = "Two gendarmes died on Thursday, Sept. 16, after their vehicle struck a mine."
    assert latest_stated_day(text, TODAY, "2021-09") == date(2021, 9, 16)
