"""The taken of an arrest or abduction told by a passive verb with no subject of its own: "after being
abducted by gunmen, 12 passengers were freed", "kidnapped near Gao in March, the reporter was freed".
The verb hangs from the main clause, whose subject is the one it happened to: the target.

Sentences written for these tests (fiction in the style of news).
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention, Role

TAKING = {"arrest", "abduction"}


def _taken(events: list[EventMention]) -> list[str]:
    return [a.evidence[0].text for m in events if m.type in TAKING for a in m.actors if a.role == Role.TARGET]


@pytest.mark.parametrize(("text", "taken"), [
    ("After being abducted by gunmen on the Kaduna-Abuja highway on Tuesday, 12 passengers were freed on "
     "Friday, police said.", "12 passengers"),
    ("Released after being detained for a week in Minsk, the journalist Olga Petrova told reporters she had "
     "been beaten.", "journalist"),
    ("Kidnapped near Gao in March, the French reporter Luc Martin was freed on Tuesday, the foreign ministry "
     "said.", "Luc Martin"),
    ("After 12 days of being held hostage by gunmen in Anambra, the Catholic priest John Okafor returned home "
     "on Sunday, the diocese said.", "priest"),
    ("Arrested by soldiers at a checkpoint in Ituri on Monday, the militia leader Jean Baraka appeared in court "
     "in Bunia.", "Jean Baraka"),
])
def test_the_main_clause_subject_is_the_taken(extract: Extract, text: str, taken: str) -> None:
    found = _taken(extract(text))
    assert any(taken in name or name in taken for name in found), found


@pytest.mark.parametrize("text", [
    # Active: the main subject did the arresting.
    "After arresting two suspects in Peshawar on Monday, police searched their house.",
    # No one named as taken: the main subject only reacts.
    "After the kidnapping in Cauca on Monday, soldiers set up roadblocks on the highway.",
])
def test_an_active_or_nominal_taking_gives_the_main_subject_no_target(extract: Extract, text: str) -> None:
    assert not any(name in ("police", "soldiers") for name in _taken(extract(text)))


def test_a_speaker_after_the_reported_clause_is_not_the_taken(extract: Extract) -> None:
    text = ("After being abducted from their hostel in Maiduguri on Monday, the students were freed on Friday "
            "after talks with local leaders, the state governor's office said on Saturday.")
    assert not any("office" in name for name in _taken(extract(text)))


def test_a_clause_that_lost_its_subject_lends_none_from_above(extract: Extract) -> None:
    text = ('"After ten days of being held by the FARC dissidents in Tumaco, Mrs. Ana Rojas, mother of the '
            'singer Ana Rojas, returns today to her home," the governor\'s office wrote on its account.')
    assert not any("office" in name for name in _taken(extract(text)))


@pytest.mark.parametrize("text", [
    # No one named as taken: the target stays empty rather than borrowing the place or the speaker.
    "Police arrested on Monday in Lahore, a spokesman said.",
    # A warrant is no arrest: nobody is taken yet.
    "A court in Tunis issued an arrest warrant for the former interior minister on Monday.",
])
def test_no_one_taken_gives_no_target(extract: Extract, text: str) -> None:
    assert _taken(extract(text)) == []
