"""The reference day of a document: its publication date, else the latest full date it states."""

from __future__ import annotations

from datetime import date

import pytest

from sitreps.resolve.reference import document_reference, latest_stated_day
from sitreps.resolve.times import resolve_time

WIRE = ("JUBA, South Sudan (Wire) - Soldiers surrounded the home of the vice president on Wednesday, "
        "March 5, 2025, a day after his deputy was detained. The peace deal was signed on 12 September 2018.")


def test_the_publication_date_wins_and_is_not_inferred() -> None:
    found = document_reference("2025-03-06T10:00:00", WIRE)
    assert found is not None and (found.day, found.inferred, found.note()) == (date(2025, 3, 6), False, None)


def test_an_undated_document_is_read_against_the_latest_full_date_it_states() -> None:
    found = document_reference(None, WIRE)
    assert found is not None and (found.day, found.inferred) == (date(2025, 3, 5), True)
    assert "2025-03-05" in (found.note() or "")


def test_dates_without_a_year_open_ranges_and_bare_weekdays_infer_nothing() -> None:
    text = ("Rebels attacked the town on June 30, on Friday. The curfew runs until 30 June 2026. "
            "Talks resume in March.")
    assert latest_stated_day(text) is None
    assert document_reference(None, text) is None


def test_an_unreadable_publication_date_falls_back_on_the_text() -> None:
    found = document_reference("sometime", WIRE)
    assert found is not None and found.inferred


@pytest.mark.parametrize(("text", "day"), [
    ("Separatist fighters ambushed a patrol on Saturday, June 12, in the western hills. The conflict, which "
     "began in 2017, has killed thousands.", date(2021, 6, 12)),
    ("Troops shelled the market on Thursday, 4 July, residents said. Violence has grown since the elections in "
     "2019.", date(2019, 7, 4)),
    ("GAO (Wire) - Gunmen attacked a convoy on Tuesday, Nov. 8, police said. In 2020 the army seized power.",
     date(2022, 11, 8)),
])
def test_a_weekday_fixes_the_year_of_a_date_without_one(text: str, day: date) -> None:
    """The first year from the latest the article states in which the date falls on its weekday: an
    article tells its news on or after the years it recalls."""
    found = document_reference(None, text)
    assert found is not None and (found.day, found.inferred) == (day, True)


@pytest.mark.parametrize(("text", "today", "day"), [
    ("Gunmen attacked a convoy on Tuesday, Nov. 8, police said. The army seized power two years ago.",
     date(2026, 11, 30), date(2022, 11, 8)),
    ("Nigerian troops repelled an attack on their base on Thursday, Sept. 16, the army said.",
     date(2026, 11, 30), date(2021, 9, 16)),
    ("Militiamen stormed the camp on Saturday 14 October, aid workers said.", date(2026, 11, 30),
     date(2023, 10, 14)),
    # the match of this year is still ahead of today, so the one before it is taken
    ("Gunmen attacked a convoy on Tuesday, Nov. 8, police said.", date(2022, 11, 7), date(2016, 11, 8)),
])
def test_a_weekday_date_with_no_year_stated_anywhere_is_its_latest_past_match(
        text: str, today: date, day: date) -> None:
    """A writer tells a weekday-dated day already seen: the latest year, not after today, in which the
    date falls on that weekday."""
    found = document_reference(None, text, today)
    assert found is not None and (found.day, found.inferred) == (day, True)


def test_a_weekday_that_is_no_date_pins_no_year() -> None:
    """Near miss: a weekday beside a month and day that is not its date ("Monday's attack on June 3 talks")
    is no weekday-dated day."""
    text = "Officials condemned Monday's attack. Talks are due in June, the ministry said on Tuesday."
    assert document_reference(None, text, date(2026, 11, 30)) is None


@pytest.mark.parametrize(("text", "published", "day"), [
    ("KYIV, March 3 (Wire) - Russian drones struck power stations overnight, officials said.",
     "2025-03-04", date(2025, 3, 3)),
    ("GOMA, Nov 13 (Wire) - Rebels shelled the airport yesterday, the army said.", "2023-11-14", date(2023, 11, 13)),
    ("BAMAKO, 7 June (Wire) – Gunmen killed 12 villagers last night in central Mali.", "2024-06-10",
     date(2024, 6, 7)),
    # near misses: a dateline on the publication day, a dateline with no date, a date in a first
    # sentence that is no dateline
    ("KYIV, March 4 (Wire) - Russian drones struck power stations overnight.", "2025-03-04", date(2025, 3, 4)),
    ("KYIV (Wire) - Russian drones struck power stations overnight.", "2025-03-04", date(2025, 3, 4)),
    ("On March 1 drones struck power stations, officials said.", "2025-03-04", date(2025, 3, 4)),
])
def test_a_dateline_day_before_publication_is_the_reports_now(text: str, published: str, day: date) -> None:
    """Wire copy republished a day or more later still tells its "overnight" from its dateline's day."""
    found = document_reference(published, f"Drones hit power stations\n\n{text}")
    assert found is not None and found.day == day
    assert (found.note() is not None) == (day.isoformat() != published)


@pytest.mark.parametrize(("expression", "anchor", "day"), [
    # round 30: an undated article was written on or after the latest full date it states, so a weekday told
    # alone is the occurrence nearest that day, after it as well as before
    ("on Monday", "2026-11-29", "2026-11-30"),  # "the night of Sunday, November 29 ... On Monday, troops pursued"
    ("on Wednesday", "2026-11-30", "2026-12-02"),  # "broke out on Monday, November 30 ... held on Wednesday"
    ("on Thursday", "2023-06-30", "2023-06-29"),  # "Friday, June 30, 2023 ... riots on Thursday"
    ("on Friday", "2023-06-30", "2023-06-30"),
    ("last Monday", "2026-11-29", "2026-11-23"),  # "last" still looks back
])
def test_a_weekday_of_an_undated_article_is_the_one_nearest_its_stated_day(expression: str, anchor: str,
                                                                           day: str) -> None:
    found = resolve_time(expression, anchor, anchor_note="inferred", stated_anchor=True)
    assert (found.start, found.end) == (day, day)


def test_a_weekday_of_a_dated_article_looks_back_from_publication() -> None:
    found = resolve_time("on Monday", "2026-11-29")
    assert (found.start, found.end) == ("2026-11-23", "2026-11-23")
