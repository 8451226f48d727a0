"""The crowd a demonstration's "by" phrase names when the force's means aim at it ("fired tear gas at a
procession by ..."), when a purpose clause takes it ("used water cannon to end a rally by ..."), and when
the demonstration noun is a hyphenated word the tokenizer splits ("a sit-in by ..."). Sentences written
for these tests (fiction in the style of news), with near misses: a passive whose "by" names the force,
a "by" of time, a crowd aimed at directly."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in, sides, the_demonstration

from sitreps.extract.implied_actors import IMPLIED_FLAG
from sitreps.models import Role


@pytest.mark.parametrize(("text", "crowd"), [
    ("Gendarmes dispersed a sit-in by unpaid miners outside the governor's office in Kayes on Monday.",
     "miners"),
    ("Police fired tear gas and rubber bullets at a procession by opposition activists in Sylhet on "
     "Thursday, party officials said.", "activists"),
    ("Police in Accra used water cannon to end a sit-in by nursing trainees outside the health ministry "
     "on Tuesday.", "trainees"),
])
def test_the_crowd_the_means_aim_at_is_named(extract: Extract, text: str, crowd: str) -> None:
    protest = the_demonstration(extract(text))
    named = names_in(protest, Role.TARGET) + names_in(protest, Role.INITIATOR)
    assert any(crowd in name for name in named), sides(protest)
    assert not any(name in ("sit-in", "procession") for name in named), sides(protest)
    assert not any(a.review_flag == IMPLIED_FLAG for a in protest.actors), sides(protest)


def test_a_passive_by_names_the_force_not_the_crowd(extract: Extract) -> None:
    """Near miss: "was broken up by police" tells the force by its "by", hyphenated noun or not."""
    protest = the_demonstration(extract("A sit-in outside parliament in Freetown was broken up by police on Monday."))
    assert not any("police" in name for name in names_in(protest, Role.TARGET)), sides(protest)


def test_a_crowd_aimed_at_directly_is_kept(extract: Extract) -> None:
    """Near miss: the means aim at the crowd itself, no demonstration noun with a "by"."""
    protest = the_demonstration(extract("Police fired tear gas at protesters in Mombasa on Tuesday as hundreds "
                                     "marched against new taxes."))
    assert any("protesters" in name for name in names_in(protest, Role.TARGET)), sides(protest)
