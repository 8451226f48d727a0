"""A speaker set off by commas that the parser took for a second object of the verb before it (round 24, issue
#13, wire part m): "Security forces killed eight terrorists on Monday, the military's media wing, the
Inter-Services Public Relations (ISPR), said in a statement" parses "wing" as an object of "killed", so the
cue had the forces as its speaker and the act had the media wing as a target. Fiction written for these
tests, in the styles of Pakistani, Myanmar and Indian wire copy, with near misses whose source must not change.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from sitreps.attribute.claims import find_claims
from sitreps.attribute.quotes import find_quotes

Parse = Callable[[str], Doc]

SET_OFF = [
    ("Security forces killed eight terrorists in an intelligence-based operation in North Waziristan on Monday, "
     "the military's media wing, the Inter-Services Public Relations (ISPR), said in a statement.",
     "the military's media wing"),
    ("Troops killed 11 militants in Khyber district on Sunday, the army's media wing, the Inter-Services Public "
     "Relations (ISPR), said.", "the army's media wing"),
    ("Soldiers destroyed three rebel camps near Lashio on Monday, the junta's information office, the True News "
     "Information Team (TNIT), said in a statement.", "the junta's information office"),
    ("Fighters seized two outposts near Hpakant on Sunday, the group's political wing, the Kachin Independence "
     "Organisation (KIO), said.", "the group's political wing"),
]
NEAR_MISSES = [
    ("Israeli jets struck Hezbollah sites in southern Lebanon overnight, the military said.", "the military"),
    ("The rebels captured two towns and the airport, officials said.", "officials"),
    ("Rebels shelled the market and the bus station, the mayor said.", "the mayor"),
    ("Russian troops captured the village of Pishchane, Defence Ministry spokesman Igor Konashenkov said.",
     "Igor Konashenkov"),
]


def _sources(parse: Parse, text: str) -> list[str | None]:
    doc = parse(text)
    return [c.source for c in find_claims(doc, find_quotes(doc))]


@pytest.mark.parametrize(("text", "speaker"), SET_OFF)
def test_a_speaker_parsed_as_an_object_is_the_source(parse: Parse, text: str, speaker: str) -> None:
    assert speaker in _sources(parse, text)


@pytest.mark.parametrize(("text", "speaker"), NEAR_MISSES)
def test_a_speaker_the_parser_finds_stays(parse: Parse, text: str, speaker: str) -> None:
    assert _sources(parse, text) == [speaker]
