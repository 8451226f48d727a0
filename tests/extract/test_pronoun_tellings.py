"""A pronoun victim ("He was arrested") retells the incident told just before, not the article's first.

Every article and sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention


def _holding(events: list[EventMention], type_id: str, trigger: str) -> list[str | None]:
    """The places of the incidents of a type that tell ``trigger`` (as trigger or retelling)."""
    return [m.place.name if m.place else None for m in events if m.type == type_id
            and trigger in [m.trigger.text, *(r.text for r in m.retellings)]]


@pytest.mark.parametrize(("text", "type_id", "trigger", "place"), [
    ("Opposition figures detained in Venezuela\n\nPolice detained student leader Ana Rivas in Caracas on Monday, "
     "her party said.\n\nIn Maracay, the arrest of union organiser Jorge Pena was also reported. He was arrested "
     "at his home, a colleague said.", "arrest", "arrested", "Maracay"),
    ("Gunmen seize aid workers in Borno\n\nGunmen kidnapped three aid workers near Monguno on Tuesday, the UN "
     "said.\n\nIn Damasak, the kidnapping of a nurse, Hauwa Musa, was also reported. She was abducted on the "
     "road to the clinic, her family said.", "abduction", "abducted", "Damasak"),
    ("Journalists held in Oromia\n\nEthiopian police arrested two reporters in Adama on Friday, their employer "
     "said.\n\nIn Shashamane, the detention of a blogger, Dawit Bekele, was also confirmed. He was detained at a "
     "cafe, witnesses said.", "arrest", "detained", "Shashamane"),
])
def test_a_pronoun_victim_retells_the_incident_told_just_before(extract: Extract, text: str, type_id: str,
                                                                 trigger: str, place: str) -> None:
    assert _holding(extract(text), type_id, trigger) == [place]


def test_a_pronoun_victim_of_another_year_is_no_retelling(extract: Extract) -> None:
    events = extract("Activist detained in Kano\n\nPolice detained activist Musa Bello in Kano on Monday, his "
                     "lawyer said.\n\nHis brother Idris Bello was also an activist. He was arrested in Abuja in "
                     "March 2021 and held for a year.")
    assert len([m for m in events if m.type == "arrest"]) == 2


def test_a_pronoun_doer_is_not_a_retold_victim(extract: Extract) -> None:
    events = extract("Police detain protest leader in Lagos\n\nPolice detained protest leader Tunde Ade in Lagos "
                     "on Monday, his lawyer said. They arrested two other protesters in Ibadan on Tuesday, "
                     "witnesses said.")
    assert len([m for m in events if m.type == "arrest"]) == 2
