"""Publication dates in the shapes inputs carry, with honest precision."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from sitreps.ingest.dates import parse_published
from sitreps.models import DatePrecision
from sitreps.resolve.times import resolve_time

DAY, MONTH, YEAR, UNKNOWN = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR, DatePrecision.UNKNOWN


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", ("2024-03-05", DAY)),
        ("2024-03-05T14:30:00+03:00", ("2024-03-05T14:30:00+03:00", DAY)),
        ("2024-03-05T14:30:00Z", ("2024-03-05T14:30:00+00:00", DAY)),
        ("2024-03-05T14:30:00", ("2024-03-05T14:30:00", DAY)),
        ("Tue, 05 Mar 2024 10:00:00 GMT", ("2024-03-05T10:00:00+00:00", DAY)),
        ("5 March 2024", ("2024-03-05", DAY)),
        ("March 5, 2024 10:15 EST", ("2024-03-05T10:15:00-05:00", DAY)),
        ("2024-03", ("2024-03-01", MONTH)),
        ("June 2023", ("2023-06-01", MONTH)),
        ("2023", ("2023-01-01", YEAR)),
        ("2024-13", (None, UNKNOWN)),
        ("yesterday", (None, UNKNOWN)),
        ("not a date", (None, UNKNOWN)),
        ("", (None, UNKNOWN)),
        (None, (None, UNKNOWN)),
    ],
)
def test_parse_published(value: str | None, expected: tuple[str | None, DatePrecision]) -> None:
    assert parse_published(value) == expected


def test_datetime_values_keep_their_offset() -> None:
    moment = datetime(2024, 4, 2, 13, 45, tzinfo=UTC)
    assert parse_published(moment) == ("2024-04-02T13:45:00+00:00", DAY)
    evening = datetime(2024, 4, 2, 22, 10, tzinfo=timezone(timedelta(hours=-5)))
    assert parse_published(evening) == ("2024-04-02T22:10:00-05:00", DAY)


@pytest.mark.parametrize(
    ("published", "local_day"),
    [
        ("2024-03-05T22:40:00-05:00", "2024-03-05"),  # late evening in the Americas: next day in UTC
        ("2024-03-06T06:15:00+08:00", "2024-03-06"),  # early morning in Asia: previous day in UTC
        ("Tue, 05 Mar 2024 23:30:00 -0600", "2024-03-05"),
    ],
)
def test_relative_days_count_from_the_outlets_own_day(published: str, local_day: str) -> None:
    iso, _ = parse_published(published)
    assert iso is not None and iso[:10] == local_day
    yesterday = resolve_time("yesterday", iso)
    assert yesterday.start == (date.fromisoformat(local_day) - timedelta(days=1)).isoformat()
