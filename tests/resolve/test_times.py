"""Time normalisation: every precision, open ranges, missing publication dates, future dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitreps.language_data import word_list
from sitreps.models import DatePrecision
from sitreps.resolve.time_patterns import later_offset
from sitreps.resolve.times import find_time_expressions, resolve_time

PUBLISHED = "2024-03-07"  # a Thursday
DAY, WEEK, MONTH, YEAR, UNKNOWN = (
    DatePrecision.DAY,
    DatePrecision.WEEK,
    DatePrecision.MONTH,
    DatePrecision.YEAR,
    DatePrecision.UNKNOWN,
)


@pytest.mark.parametrize(
    ("expression", "start", "end", "precision"),
    [
        ("on Tuesday", "2024-03-05", "2024-03-05", DAY),
        ("on Thursday", "2024-03-07", "2024-03-07", DAY),
        ("last Thursday", "2024-02-29", "2024-02-29", DAY),
        ("yesterday", "2024-03-06", "2024-03-06", DAY),
        ("overnight", "2024-03-06", "2024-03-07", DAY),
        ("two days ago", "2024-03-05", "2024-03-05", DAY),
        ("on 3 March 2024", "2024-03-03", "2024-03-03", DAY),
        ("March 3", "2024-03-03", "2024-03-03", DAY),
        ("last week", "2024-02-26", "2024-03-03", WEEK),
        ("in recent days", "2024-02-29", "2024-03-07", WEEK),
        ("since June 2023", "2023-06-01", None, MONTH),
        ("last month", "2024-02-01", "2024-02-29", MONTH),
        ("in early February", "2024-02-01", "2024-02-10", MONTH),
        ("until January 2024", None, "2024-01-31", MONTH),
        # The leading prepositions come from data/en/times.yaml: "as of" opens a range, "by" closes it.
        ("as of  October 2023", "2023-10-01", None, MONTH),
        ("by February 2024", None, "2024-02-29", MONTH),
        ("during 2021", "2021-01-01", "2021-12-31", YEAR),
        ("earlier this year", "2024-01-01", "2024-03-07", YEAR),
        ("in 2022", "2022-01-01", "2022-12-31", YEAR),
        ("last year", "2023-01-01", "2023-12-31", YEAR),
        ("between 3 and 5 March 2024", "2024-03-03", "2024-03-05", DAY),
        ("the previous day", "2024-03-06", "2024-03-06", DAY),
        ("last weekend", "2024-03-02", "2024-03-03", WEEK),
        ("late last month", "2024-02-21", "2024-02-29", MONTH),
        ("since the start of the year", "2024-01-01", None, YEAR),
        # A weekday glossed with its date in brackets, whole or cut at the bracket by the parser.
        ("on Tuesday (March 5)", "2024-03-05", "2024-03-05", DAY),
        ("Wednesday (6 March", "2024-03-06", "2024-03-06", DAY),
    ],
)
def test_every_precision(
    expression: str, start: str | None, end: str | None, precision: DatePrecision
) -> None:
    found = resolve_time(expression, PUBLISHED)
    assert (found.start, found.end, found.precision) == (start, end, precision)
    assert found.note is None


def test_year_less_date_takes_the_year_nearest_publication() -> None:
    assert resolve_time("December 28", "2025-01-05").start == "2024-12-28"


@pytest.mark.parametrize(
    "expression", ["on Tuesday", "last week", "yesterday", "earlier this year", "in mid-May"]
)
def test_relative_without_publication_date_is_unresolved(expression: str) -> None:
    found = resolve_time(expression, None)
    assert (found.start, found.end, found.precision) == (None, None, UNKNOWN)
    assert found.note is not None and "not resolved" in found.note


@pytest.mark.parametrize(
    ("expression", "start", "precision"),
    [
        ("on 24 February 2022", "2022-02-24", DAY),
        ("since June 2023", "2023-06-01", MONTH),
        ("in 2014", "2014-01-01", YEAR),
    ],
)
def test_absolute_without_publication_date_is_resolved(
    expression: str, start: str, precision: DatePrecision
) -> None:
    found = resolve_time(expression, None)
    assert (found.start, found.precision) == (start, precision)


@pytest.mark.parametrize("expression", ["on 12 April 2024", "next week", "tomorrow", "in 2025"])
def test_future_dates_are_flagged_not_shifted(expression: str) -> None:
    found = resolve_time(expression, PUBLISHED)
    assert found.start is not None and found.start > PUBLISHED
    assert found.precision != UNKNOWN
    assert found.note is not None and "after publication" in found.note


def test_explicit_future_date_keeps_its_year() -> None:
    assert resolve_time("on 12 April 2024", PUBLISHED).start == "2024-04-12"


@pytest.mark.parametrize("expression", ["recently", "for years", "on 31 February 2024", "soon"])
def test_not_understood_is_unknown_with_reason(expression: str) -> None:
    found = resolve_time(expression, PUBLISHED)
    assert found.precision == UNKNOWN and found.start is None and found.note


TEXT = (
    "On Tuesday, drones hit the port. Last week talks failed; he had cooperated since June 2023. "
    "Earlier this year and overnight, strikes resumed. On 3 March 2024, and again on March 3, "
    "officials met; yesterday and this morning sirens sounded. In mid-May, two days ago, it began. "
    "They may attack in May 2025, the minister said."
)


def test_find_time_expressions() -> None:
    found = [TEXT[s:e] for s, e in find_time_expressions(TEXT)]
    assert found == [
        "On Tuesday",
        "Last week",
        "since June 2023",
        "Earlier this year",
        "overnight",
        "On 3 March 2024",
        "on March 3",
        "yesterday",
        "this morning",
        "In mid-May",
        "two days ago",
        "in May 2025",
    ]


def test_found_expressions_resolve() -> None:
    for start, end in find_time_expressions(TEXT):
        assert resolve_time(TEXT[start:end], PUBLISHED).precision != UNKNOWN, TEXT[start:end]


@given(st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz 0123456789,.-")), max_size=80))
def test_offsets_are_ordered_and_inside_the_text(text: str) -> None:
    previous_end = 0
    for start, end in find_time_expressions(text):
        assert previous_end <= start < end <= len(text)
        previous_end = end


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)),
    st.sampled_from(
        ["on Monday", "last week", "two weeks ago", "last month", "earlier this year", "March 3", "overnight"]
    ),
)
def test_relative_dates_never_pass_publication_unflagged(published: date, expression: str) -> None:
    found = resolve_time(expression, published.isoformat())
    assert found.start is not None
    assert found.end is None or found.start <= found.end
    if found.start > published.isoformat():
        assert found.note is not None
    else:
        assert date.fromisoformat(found.start) >= published - timedelta(days=400)


@pytest.mark.parametrize(
    ("published", "start", "end"),
    [
        ("2024-03-05", "2024-03-02", "2024-03-03"),  # a Tuesday: the weekend just past
        ("2024-03-10", "2024-03-09", "2024-03-10"),  # a Sunday: this weekend
    ],
)
def test_over_the_weekend_is_the_latest_weekend(published: str, start: str, end: str) -> None:
    found = resolve_time("over the weekend", published)
    assert (found.start, found.end, found.precision) == (start, end, WEEK)


def test_an_inferred_anchor_is_noted_and_never_flags_the_future() -> None:
    note = "read against an inferred day"
    relative = resolve_time("on Wednesday", "2025-03-07", anchor_note=note)
    assert (relative.start, relative.note) == ("2025-03-05", note)
    ahead = resolve_time("next week", "2025-03-07", anchor_note=note)
    assert ahead.note == note
    assert resolve_time("on 5 March 2025", "2025-03-07", anchor_note=note).note is None  # needed no anchor


@pytest.mark.parametrize(("expression", "expected"), [
    ("two days later", (2, DAY)),
    ("a day later", (1, DAY)),
    ("10 days later", (10, DAY)),
    ("The next day", (1, DAY)),
    ("the following  day", (1, DAY)),
    ("three weeks later", (21, WEEK)),
    ("the previous day", (-1, DAY)),
    ("the day before", (-1, DAY)),
    ("several days later", None),  # too loose to shift a day by
    ("two days ago", None),
    ("later that day", None),
])
def test_a_span_after_a_day_told_before_it(expression: str, expected: tuple[int, DatePrecision] | None) -> None:
    assert later_offset(expression) == expected


def test_spans_after_a_day_are_found_as_expressions() -> None:
    text = "Troops raided the village two days later and left the next day."
    assert [text[s:e] for s, e in find_time_expressions(text)] == ["two days later", "the next day"]


# A night named by the day it starts takes that day, whichever way news words it (ACLED dates a night's
# event by the night's start); the morning after ends the range. PUBLISHED is a Thursday.
@pytest.mark.parametrize(("expression", "start", "end"), [
    ("overnight Monday", "2024-03-04", "2024-03-05"),
    ("overnight on Tuesday", "2024-03-05", "2024-03-06"),
    ("overnight into Tuesday", "2024-03-04", "2024-03-05"),
    ("overnight Saturday into Sunday", "2024-03-02", "2024-03-03"),
    ("on the night of Monday to Tuesday", "2024-03-04", "2024-03-05"),
    ("the night of Tuesday into Wednesday", "2024-03-05", "2024-03-06"),
    ("on the night from Saturday to Sunday", "2024-03-02", "2024-03-03"),
    ("the night between Sunday and Monday", "2024-03-03", "2024-03-04"),
])
def test_a_night_takes_the_day_it_starts(expression: str, start: str, end: str) -> None:
    found = resolve_time(expression, PUBLISHED)
    assert (found.start, found.end, found.precision, found.note) == (start, end, DAY, None)


@pytest.mark.parametrize(("expression", "start"), [
    ("Monday night", "2024-03-04"),  # near miss: a night told by its evening stays that day
    ("in the early hours of Tuesday", "2024-03-05"),  # near miss: the early hours are the day named
])
def test_a_night_told_by_one_day_stays_on_it(expression: str, start: str) -> None:
    text = f"Gunmen attacked the village {expression}."
    (first, last), *_ = find_time_expressions(text)
    found = resolve_time(text[first:last], PUBLISHED)
    assert (found.start, found.end) == (start, start)


@pytest.mark.parametrize(("text", "expression"), [
    ("Drones struck the depot overnight Monday, the governor said.", "overnight Monday"),
    ("Shelling continued overnight into Tuesday in the border villages.", "overnight into Tuesday"),
    ("Police clashed with rioters on the night of Saturday to Sunday.", "on the night of Saturday to Sunday"),
])
def test_a_night_with_its_day_is_found_whole(text: str, expression: str) -> None:
    assert [text[s:e] for s, e in find_time_expressions(text)] == [expression]


@pytest.mark.parametrize(("expression", "day"), [
    ("late last night", "2024-03-06"),
    ("early this morning", "2024-03-07"),
    ("late yesterday", "2024-03-06"),
    ("early today", "2024-03-07"),
])
def test_early_or_late_in_a_day_told_from_publication(expression: str, day: str) -> None:
    found = resolve_time(expression, PUBLISHED)
    assert (found.start, found.end, found.precision, found.note) == (day, day, DAY, None)


@pytest.mark.parametrize(("expression", "start", "end"), [
    ("from 10 to 11 January 2024", "2024-01-10", "2024-01-11"),  # talks held over two days
    ("from 3 to 5 March", "2024-03-03", "2024-03-05"),
    ("February 10-11", "2024-02-10", "2024-02-11"),
    ("from Feb. 3 to 5, 2024", "2024-02-03", "2024-02-05"),
    ("Jan. 30 to Feb. 2", "2024-01-30", "2024-02-02"),
    ("December 30 to January 2, 2024", "2023-12-30", "2024-01-02"),
])
def test_a_range_with_both_ends_is_closed(expression: str, start: str, end: str) -> None:
    found = resolve_time(expression, PUBLISHED)
    assert (found.start, found.end, found.precision, found.note) == (start, end, DAY, None)


@pytest.mark.parametrize(("text", "expression"), [
    ("Fighting raged from March 3 to March 5, residents said.", "from March 3 to March 5"),
    ("The curfew held on Feb. 10-11, 2024 across the province.", "on Feb. 10-11, 2024"),
])
def test_a_month_day_range_is_found_whole(text: str, expression: str) -> None:
    assert [text[s:e] for s, e in find_time_expressions(text)] == [expression]


def test_a_range_open_at_one_end_stays_open() -> None:
    found = resolve_time("from March 3", PUBLISHED)  # near miss: no second day
    assert (found.start, found.end) == ("2024-03-03", None)


@pytest.mark.parametrize(("expression", "day"), [
    ("on the 5th of March", "2024-03-05"),
    ("the 1st of March", "2024-03-01"),
    ("21st of February, 2023", "2023-02-21"),
])
def test_a_day_of_a_month(expression: str, day: str) -> None:
    assert resolve_time(expression, PUBLISHED).start == day
    text = f"Rebels shelled the market {expression}, witnesses said."
    assert [text[s:e] for s, e in find_time_expressions(text)] == [expression]


@pytest.mark.parametrize(("expression", "start", "end", "precision"), [
    ("in the past 24 hours", "2024-03-06", "2024-03-07", DAY),
    ("over the last 48 hours", "2024-03-05", "2024-03-07", WEEK),
    ("36 hours ago", "2024-03-06", "2024-03-06", DAY),
    ("two hours ago", "2024-03-07", "2024-03-07", DAY),
])
def test_hours_counted_back_from_publication(expression: str, start: str, end: str,
                                             precision: DatePrecision) -> None:
    found = resolve_time(expression, PUBLISHED)
    assert (found.start, found.end, found.precision, found.note) == (start, end, precision, None)
    text = f"Strikes killed 40 people {expression}, the ministry said."
    assert len(find_time_expressions(text)) == 1


@pytest.mark.parametrize(("expression", "start", "end"), [
    ("Monday's", "2024-03-04", "2024-03-04"),
    ("Tuesday night’s", "2024-03-05", "2024-03-05"),
    ("last week's", "2024-02-26", "2024-03-03"),
    ("yesterday's", "2024-03-06", "2024-03-06"),
    ("2 March's", "2024-03-02", "2024-03-02"),
])
def test_a_possessive_time_is_the_time(expression: str, start: str, end: str) -> None:
    found = resolve_time(expression, PUBLISHED)  # "Monday's bombing", "last week's clashes"
    assert (found.start, found.end, found.note) == (start, end, None)


@pytest.mark.parametrize(("text", "expressions"), [
    ("The toll from Monday's bombing of the market rose to 31.", ["Monday"]),
    ("Villagers fled since last week’s clashes near the border.", ["last week"]),
    ("Rebels have held the town since Monday, residents said.", ["since Monday"]),  # near miss: the range's own
])
def test_a_preposition_before_a_possessive_time_is_not_the_times(text: str, expressions: list[str]) -> None:
    assert [text[s:e] for s, e in find_time_expressions(text)] == expressions


@pytest.mark.parametrize(("text", "expressions", "start", "end"), [
    ("Militias killed 40 people between January 15 and February 15, the UN said.",
     ["between January 15 and February 15"], "2024-01-15", "2024-02-15"),
    ("Curfews held between Feb. 3 and 5, 2024 in the north.", ["between Feb. 3 and 5, 2024"], "2024-02-03",
     "2024-02-05"),
    ("Police arrested two men on March 1 and 10 others fled.", ["on March 1"], "2024-03-01", "2024-03-01"),  # near miss
])
def test_a_range_between_two_days_is_closed(text: str, expressions: list[str], start: str, end: str) -> None:
    found = [text[s:e] for s, e in find_time_expressions(text)]
    assert found == expressions
    resolved = resolve_time(found[0], PUBLISHED)
    assert (resolved.start, resolved.end, resolved.note) == (start, end, None)


@pytest.mark.parametrize(("expression", "day"), [
    ("on the 5th", "2024-03-05"),  # PUBLISHED is 7 March: a day of its month up to it
    ("the 7th", "2024-03-07"),
    ("on the 21st", "2024-02-21"),  # after the publication day: the month before
    ("on the 29th", "2024-02-29"),
])
def test_a_day_of_the_month_alone_is_the_latest_such_day(expression: str, day: str) -> None:
    found = resolve_time(expression, PUBLISHED)
    assert (found.start, found.end, found.precision) == (day, day, DAY)


@pytest.mark.parametrize(("text", "expressions"), [
    ("Militants attacked a checkpoint on the 21st, killing two officers.", ["on the 21st"]),
    ("Police said the raid took place on the 3rd.", ["on the 3rd"]),
    ("Fighting broke out on the 12th; talks followed.", ["on the 12th"]),
    # near misses: an ordinal of a unit, a century, a floor or a round is no day
    ("Soldiers of the 5th Battalion shelled the town.", []),
    ("The 21st century has seen new wars.", []),
    ("A fire broke out on the 3rd floor of the ministry.", []),
    ("Delegates met for the 12th round of talks.", []),
])
def test_a_day_of_the_month_alone_is_found_only_after_on(text: str, expressions: list[str]) -> None:
    assert [text[s:e] for s, e in find_time_expressions(text)] == expressions


@pytest.mark.parametrize(("expression", "expected"), [
    ("the previous night", (-1, DAY)),
    ("the night before", (-1, DAY)),
    ("the preceding evening", (-1, DAY)),
    ("the following morning", (1, DAY)),
    ("the next night", (1, DAY)),
    ("the previous week", None),  # near misses: a week is not a part of a day; nor is a night alone
    ("the night", None),
])
def test_a_part_of_the_day_before_or_after_a_day_told(expression: str,
                                                     expected: tuple[int, DatePrecision] | None) -> None:
    assert later_offset(expression) == expected


def test_parts_of_the_day_before_or_after_are_found_as_expressions() -> None:
    text = "Gunmen attacked the village the previous night and troops arrived the following morning."
    assert [text[s:e] for s, e in find_time_expressions(text)] == ["the previous night", "the following morning"]


@pytest.mark.parametrize(
    ("text", "found"),
    [("Shelling resumed the preceding evening, residents said.", "the preceding evening"),
     ("As of late 2023 the camp held 40,000 people.", "As of late 2023"),
     ("Raids went on for the past three months in the valley.", "the past three months"),
     ("Gunfire was heard the night between Sunday and Monday.", "the night between Sunday and Monday"),
     ("Clashes broke out overnight Saturday into Sunday near the dam.", "overnight Saturday into Sunday")],
)
def test_time_words_come_from_the_english_word_list(text: str, found: str) -> None:
    # parts of a day, thirds of a month, time units and opening prepositions are read from times.yaml
    assert {"morning", "evening"} <= set(word_list("times", "parts_of_day"))
    assert [text[start:end] for start, end in find_time_expressions(text)] == [found]
