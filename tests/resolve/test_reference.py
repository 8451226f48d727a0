"""The reference day of a document: its publication date, else the latest full date it states."""

from __future__ import annotations

from datetime import date

from sitreps.resolve.reference import document_reference, latest_stated_day

WIRE = ("JUBA, South Sudan (Wire) - Soldiers surrounded the home of the vice president on Wednesday, "
        "March 5, 2025, a day after his deputy was detained. The peace deal was signed on 12 September 2018.")


def test_the_publication_date_wins_and_is_not_inferred() -> None:
    found = document_reference("2025-03-06T10:00:00", WIRE)
    assert found is not None and (found.day, found.inferred, found.note()) == (date(2025, 3, 6), False, None)


def test_an_undated_document_is_read_against_the_latest_full_date_it_states() -> None:
    found = document_reference(None, WIRE)
    assert found is not None and (found.day, found.inferred) == (date(2025, 3, 5), True)
    assert "2025-03-05" in (found.note() or "")


def test_dates_without_a_year_open_ranges_and_weekdays_infer_nothing() -> None:
    text = ("Rebels attacked the town on Friday, June 30. The curfew runs until 30 June 2026. "
            "Talks resume in March.")
    assert latest_stated_day(text) is None
    assert document_reference(None, text) is None


def test_an_unreadable_publication_date_falls_back_on_the_text() -> None:
    found = document_reference("sometime", WIRE)
    assert found is not None and found.inferred
