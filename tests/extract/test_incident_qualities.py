"""An event noun hyphened onto a modifier tells what a thing is like, not an incident.

Every sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(("text", "word"), [
    ("A battle-hardened brigade was sent to Kovel on Monday to hold the line, the defence ministry said.", "battle"),
    ("The fighting-weary residents of Marsa began returning home on Tuesday, officials said.", "fighting"),
    ("Aid reached the riot-scarred suburb of Lunel on Wednesday, the prefecture said.", "riot"),
    ("Strike-hit Kovel buried its dead on Sunday.", "Strike"),
])
def test_a_hyphened_quality_is_no_incident(extract: Extract, text: str, word: str) -> None:
    assert not any(m.trigger.text == word for m in extract(text))


def test_the_battle_itself_is_still_told(extract: Extract) -> None:
    # near miss: "battle" heads its own phrase; the quality is the soldiers', the fight is an incident
    text = "A fierce battle raged for hours near Kovel on Monday, battle-weary officers said."
    events = extract(text)
    told = {(s.start, s.text) for m in events for s in (m.trigger, *m.retellings)}
    assert (text.index("battle "), "battle") in told  # the fight, kept
    assert (text.index("battle-"), "battle") not in told  # the officers' quality, left out


def test_a_compound_noun_of_a_strike_still_tells_it(extract: Extract) -> None:
    # near miss: "drone-strike" names the weapon of an act the sentence reports
    events = extract("A drone-strike on a market in Hadar killed six people on Monday, medics said.")
    assert any(m.type == "air_drone_strike" for m in events)
