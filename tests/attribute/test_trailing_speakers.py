"""A speaker named at the end of a sentence the parser hung on the clause before it (round 22, issue #13):
"Russian troops took the village of Pishchane, Defence Ministry spokesman Igor Konashenkov said" reads the
name as the object of "of", and the cue "said" as having no subject. The noun phrase right before the cue
is who said it. Fiction written for these tests, of several conflicts and outlets, with near misses whose
source must not change.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from sitreps.attribute.claims import find_claims
from sitreps.attribute.quotes import find_quotes
from sitreps.models import Claim, SourceKind

Parse = Callable[[str], Doc]

TRAILING = [
    ("Russian troops captured the village of Pishchane, Defence Ministry spokesman Igor Konashenkov said.",
     "Igor Konashenkov"),
    ("The Sudanese army killed 40 RSF fighters near El Obeid, Brigadier Nabil Abdallah, the army's spokesman, "
     "said.", "Nabil Abdallah"),
    ("Resistance fighters overran a junta outpost in Kani township, Captain Thura Aung, a battalion "
     "spokesman, said on Friday.", "Thura Aung"),
    ("Turkish jets destroyed 20 PKK targets in northern Iraq overnight, Defence Minister Yasar Guler said in "
     "a statement.", "Yasar Guler"),
]
NEAR_MISSES = [
    # the parser gives the cue its subject: nothing to recover
    ("Israeli jets struck Hezbollah sites in southern Lebanon overnight, the military said.", "the military"),
    ("Colombian troops killed six ELN rebels in Arauca, the defence ministry said.", "the defence ministry"),
    ("JNIM fighters attacked an army post in Djibo, the group said in a message on its channels.", "the group"),
]


def claim_of(parse: Parse, text: str) -> Claim:
    doc = parse(text)
    (claim,) = find_claims(doc, find_quotes(doc))
    return claim


@pytest.mark.parametrize(("text", "speaker"), TRAILING)
def test_a_trailing_speaker_the_parser_misses_is_the_source(parse: Parse, text: str, speaker: str) -> None:
    claim = claim_of(parse, text)
    assert claim.source == speaker
    assert claim.source_kind is SourceKind.NAMED_OFFICIAL


@pytest.mark.parametrize(("text", "speaker"), NEAR_MISSES)
def test_a_trailing_subject_the_parser_finds_stays(parse: Parse, text: str, speaker: str) -> None:
    assert claim_of(parse, text).source == speaker


def test_a_place_set_off_before_the_speaker_is_no_speaker(parse: Parse) -> None:
    """ "Near Pokrovsk, the press service of the brigade said": the parser hangs the speaker on the town as an
    apposition; the town is never the one who spoke."""
    text = "Ukrainian forces destroyed a Russian tank column near Pokrovsk, the press service of the 47th brigade said."
    assert claim_of(parse, text).source != "Pokrovsk"


def test_a_cue_with_nothing_set_off_before_it_finds_no_speaker(parse: Parse) -> None:
    """A closing cue with no phrase between a comma and it names nobody ("..., officials in the region said"
    has its subject; a bare "it was said" is a passive)."""
    text = "Gunmen killed five villagers in Zamfara state on Sunday, it was said."
    assert claim_of(parse, text).source_kind is not SourceKind.NAMED_OFFICIAL
