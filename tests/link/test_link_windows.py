"""Time windows: parsing resolved times, tolerance by precision, undated reports."""

from __future__ import annotations

from datetime import date

import pytest

from sitreps.link.windows import event_window, overlaps, parse_end, parse_start
from sitreps.models import DatePrecision, TimeRef


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2024-02-12", date(2024, 2, 12), date(2024, 2, 12)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2023", date(2023, 1, 1), date(2023, 12, 31)),
        ("2024-03-05T10:00:00Z", date(2024, 3, 5), date(2024, 3, 5)),
        ("soon", None, None),
        (None, None, None),
    ],
)
def test_parse(value, start, end):
    assert (parse_start(value), parse_end(value)) == (start, end)


def _time(start: str, precision: DatePrecision) -> TimeRef:
    return TimeRef(start=start, precision=precision, evidence=[])


def test_tolerance_grows_with_vagueness():
    day = event_window(_time("2024-03-10", DatePrecision.DAY), None)
    month = event_window(_time("2024-03", DatePrecision.MONTH), None)
    assert day == (date(2024, 3, 8), date(2024, 3, 12))
    assert month is not None and month[0] == date(2024, 1, 30) and month[1] == date(2024, 5, 1)


def test_undated_reports_fall_back_on_publication():
    window = event_window(_time("2024-03-10", DatePrecision.UNKNOWN), date(2024, 3, 12))
    assert window == (date(2024, 3, 9), date(2024, 3, 12))
    assert overlaps(window, event_window(None, date(2024, 3, 14)))
    assert not overlaps(window, event_window(None, date(2024, 3, 20)))
    assert overlaps(None, window)
