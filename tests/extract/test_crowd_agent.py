"""The crowd a demonstration's "by" phrase names when a force's verb took the demonstration as its
object ("police broke up a rally by opposition supporters"): the named crowd, not a nameless
"protesters", is the side the force met. Sentences written for these tests (fiction in the style of
news), with near misses: a passive whose "by" names the force, a crowd already read as the doer."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in, sides, the_demonstration

from sitreps.extract.implied_actors import IMPLIED_FLAG
from sitreps.models import Role


@pytest.mark.parametrize(("text", "crowd"), [
    ("Riot police broke up a rally by opposition supporters in Lusaka on Saturday, a party official said.",
     "opposition supporters"),
    ("Riot police broke up a demonstration organised by opposition parties in Conakry on Thursday.",
     "opposition parties"),
    ("Police in Colombo broke up a vigil by families of the disappeared on Wednesday, witnesses said.",
     "families"),
])
def test_the_named_crowd_is_the_side_the_force_met(extract: Extract, text: str, crowd: str) -> None:
    protest = the_demonstration(extract(text))
    assert any(crowd in name for name in names_in(protest, Role.TARGET)), sides(protest)
    assert not any(a.review_flag == IMPLIED_FLAG for a in protest.actors), sides(protest)


def test_a_passive_by_names_the_force_not_the_crowd(extract: Extract) -> None:
    """Near miss: "was broken up by police" tells the force by its "by"."""
    protest = the_demonstration(extract("A rally in Harare was broken up by police on Tuesday, witnesses said."))
    assert not any("police" in name for name in names_in(protest, Role.TARGET)), sides(protest)


def test_a_crowd_read_as_the_doer_stays(extract: Extract) -> None:
    """Near miss: "a march by teachers" whose noun is the trigger names its crowd already."""
    protest = the_demonstration(extract(
        "Police fired tear gas to break up a march by teachers demanding unpaid wages in Harare on Tuesday."))
    assert names_in(protest, Role.INITIATOR).count("teachers") == 1, sides(protest)
    assert "teachers" not in names_in(protest, Role.TARGET), sides(protest)
