"""A group named before a means or an event noun with other modifiers in between: "a Hezbollah anti-tank
missile", "a Houthi ballistic missile", "a JNIM improvised explosive device". The parser hangs the name
as ``nmod``, not as a compound; it still says whose the means is, who struck. An untagged capital that
the parser also hangs there ("(MENAFN) Violent overnight fighting": an adjective after a dateline's
outlet) names no one.

Sentences written for these tests (fiction in the style of news), from several conflicts and outlets.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, incident_telling, names_in

from sitreps.models import Role

SET_APART = [
    ("An Israeli soldier was killed by a Hezbollah anti-tank missile near Metula on Monday, the army said.",
     "killed", "Hezbollah"),
    ("A tanker was damaged by a Houthi ballistic missile in the Red Sea on Tuesday, the US military said.",
     "damaged", "Houthi"),
    ("A Malian army truck was hit by a JNIM improvised explosive device near Boni on Friday.",
     "explosive device", "JNIM"),
]


@pytest.mark.parametrize(("text", "word", "owner"), SET_APART)
def test_a_name_set_apart_from_the_means_struck(extract: Extract, text: str, word: str, owner: str) -> None:
    strike = incident_telling(extract(text), word, text)
    assert owner in names_in(strike, Role.INITIATOR)


def test_an_outlet_before_a_capitalised_adjective_is_no_side(extract: Extract) -> None:
    text = "(MENAFN) Violent overnight fighting in Varno left at least six people dead, medics said on Tuesday."
    fight = incident_telling(extract(text), "fighting", text)
    assert not any("Violent" in name or "MENAFN" in name for name in names_in(fight, Role.INITIATOR))
