"""A second batch for the taken of subjectless passive triggers and for pronouns before their speaker,
written after the fix as a fresh measure of how it carries (see test_taken_subjects.py and
test_postposed_speakers.py).

Sentences written for these tests (fiction in the style of news).
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import Role

TAKING = {"arrest", "abduction"}


def _named(extract: Extract, text: str, role: Role) -> list[str]:
    return [a.evidence[0].text for m in extract(text) if m.type in TAKING for a in m.actors if a.role == role]


@pytest.mark.parametrize(("text", "taken"), [
    pytest.param("After being arrested at a rally in Tbilisi on Saturday, the opposition activist Giorgi Beridze "
                 "went on hunger strike, his lawyer said.", "Beridze",
                 marks=pytest.mark.xfail(strict=True, reason="the arrest is folded into the rally's row")),
    ("Detained without charge since March, the blogger Tran Van Long was moved to a prison in Hanoi on "
     "Thursday.", "Tran Van Long"),
    pytest.param("After three months of being held by Abu Sayyaf gunmen on Jolo, two Indonesian fishermen were "
                 "freed on Monday, the military said.", "fishermen",
                 marks=pytest.mark.xfail(strict=True, reason="'held' without 'hostage' is no trigger")),
    ("Abducted from his farm near Zinder last week, the village chief was found alive on Sunday, police said.",
     "chief"),
    pytest.param("Seized by gunmen while driving to Jos, the university lecturer Musa Danladi was released after a "
                 "ransom was paid.", "Danladi",
                 marks=pytest.mark.xfail(strict=True, reason="'seized' with a person is typed a territory take-over")),
])
def test_later_items_name_the_taken(extract: Extract, text: str, taken: str) -> None:
    found = _named(extract, text, Role.TARGET)
    assert any(taken in name or name in taken for name in found), found


@pytest.mark.parametrize(("text", "speaker"), [
    ("Masked men stopped a minibus outside Cúcuta on Tuesday. They kidnapped the driver and two passengers, "
     "the police said.", "police"),
    ("Troops raided a district of Bamenda before dawn. They arrested 15 young men, residents said.",
     "residents"),
    ("A convoy of pickups entered Gao at night. They abducted the mayor, a municipal official said.",
     "official"),
])
def test_later_items_keep_the_speaker_out(extract: Extract, text: str, speaker: str) -> None:
    assert not any(speaker in name for name in _named(extract, text, Role.INITIATOR))
