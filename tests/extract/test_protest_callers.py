"""Who calls a protest organises it: the caller is the protest's initiator, not a speaker dropped.

Fiction written for sitreps. "Called for" is a verb of saying, whose subject is otherwise taken for
the source of what it speaks of; a protest it calls for is the caller's own act (ACLED codes the
organiser as the protest's first actor). A call for anything else names no doer.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only, roles


@pytest.mark.parametrize(
    ("text", "caller"),
    [
        ("Opposition parties called for mass protests in Dhaka on Friday against the election result.",
         "Opposition parties"),
        ("The teachers' union called for a march to the education ministry in Nairobi on Monday.",
         "The teachers' union"),
        ("Student leaders in Santiago called for a rally outside the education ministry on Thursday.",
         "Student leaders"),
    ],
)
def test_the_caller_organises_the_protest(extract: Extract, text: str, caller: str) -> None:
    found = roles(only(extract(text), "peaceful_protest"))
    assert found.get("initiator") == [caller], found


def test_a_call_for_restraint_names_no_doer_of_the_firing(extract: Extract) -> None:
    found = roles(only(extract("The UN called for restraint after police fired tear gas at protesters in Conakry."),
                       "protest_with_intervention"))
    assert "The UN" not in [name for names in found.values() for name in names], found


def test_a_speaker_of_a_protest_stays_no_doer(extract: Extract) -> None:
    found = roles(only(extract("Hundreds of nurses marched in Accra on Monday, the health ministry said."),
                       "peaceful_protest"))
    assert "the health ministry" not in found.get("initiator", []), found
