"""A name made from a town's by letters added at its end ("Baghdadi", "Kramatorske") is another place,
never the town by an approximate spelling match; a misspelling inside a name still is (resolve/respelling.py,
round 27)."""

from __future__ import annotations

import pytest

from sitreps.resolve.gazetteer import Gazetteer, get_gazetteer
from sitreps.resolve.respelling import is_derived


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return get_gazetteer()


@pytest.mark.parametrize(
    ("written", "country", "town"),
    [
        ("Baghdadi", "Iraq", "Baghdad"),
        ("Kramatorske", "Ukraine", "Kramatorsk"),
    ],
)
def test_a_derived_name_is_not_its_town(gazetteer: Gazetteer, written: str, country: str, town: str) -> None:
    match = gazetteer.resolve(written, context_countries=[country])
    assert match.name == written and match.approximate, match
    assert town not in (match.note or "")


@pytest.mark.parametrize(
    ("written", "country", "town"),
    [("Kramatrosk", "Ukraine", "Kramatorsk"), ("Maiduguiri", "Nigeria", "Maiduguri")],
)
def test_a_misspelling_inside_the_name_is_still_matched(gazetteer: Gazetteer, written: str, country: str,
                                                        town: str) -> None:
    match = gazetteer.resolve(written, context_countries=[country])
    assert match.name == town and not match.approximate, match


@pytest.mark.parametrize(
    ("written", "name", "derived"),
    [("baghdadi", "baghdad", True), ("malyn", "malynivka", True), ("galgaduud", "galguduud", False),
     ("kherson", "kherson", False)],
)
def test_is_derived_reads_only_letters_added_at_the_end(written: str, name: str, derived: bool) -> None:
    assert is_derived(written, name) is derived


def test_a_doubled_last_letter_is_a_misspelling_not_a_derived_name() -> None:
    assert not is_derived("bakhmutt", "bakhmut")
