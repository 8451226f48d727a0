"""An outlet that passes on a party's word ("state news agency X, citing the defence ministry, said ...")
is no source of its own: the one it cites is the sentence's source, so a party's account of its own act
reads as the party's. An outlet citing nobody, or a party citing someone, keeps its own voice. Fiction
written for these tests, of several conflicts and outlet styles."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from sitreps.attribute.claims import find_claims
from sitreps.attribute.quotes import find_quotes
from sitreps.models import Claim, SourceKind

Parse = Callable[[str], Doc]


def claim_for(parse: Parse, text: str, words: str) -> Claim:
    doc = parse(text)
    return next(c for c in find_claims(doc, find_quotes(doc)) if words in c.span.text)


@pytest.mark.parametrize(("text", "words", "source"), [
    ("Russian state news agency TASS, citing the defence ministry, said air defences destroyed 15 Ukrainian "
     "drones over Crimea overnight.", "Crimea", "defence ministry"),
    ("Iranian state television, citing the Revolutionary Guards, said its forces struck militant bases in "
     "northern Iraq with missiles.", "northern Iraq", "Revolutionary Guards"),
    ("The official news agency, citing the Sudanese army, said troops repelled an attack on El Obeid on Friday.",
     "El Obeid", "Sudanese army"),
    ("Pakistan's state broadcaster, citing the military, said security forces killed six insurgents in a raid "
     "in Kech district.", "Kech", "military"),
    ("A pro-government newspaper, citing the interior ministry, said police arrested 40 gang members in "
     "Guayaquil.", "Guayaquil", "interior ministry"),
])
def test_an_outlet_citing_a_party_passes_on_the_partys_word(parse: Parse, text: str, words: str,
                                                             source: str) -> None:
    claim = claim_for(parse, text, words)
    assert claim.source is not None and source in claim.source
    assert claim.source_kind is not SourceKind.MEDIA


@pytest.mark.parametrize(("text", "words", "source"), [
    # an outlet telling what it saw, citing nobody
    ("State television said a drone struck a fuel depot on the outskirts of Belgorod overnight.", "Belgorod",
     "State television"),
    # a party citing its field commanders speaks for itself
    ("The army, citing its commanders on the ground, said troops retook the village of Kamo.", "Kamo", "army"),
])
def test_an_outlets_own_word_or_a_partys_citation_keeps_its_speaker(parse: Parse, text: str, words: str,
                                                                    source: str) -> None:
    claim = claim_for(parse, text, words)
    assert claim.source is not None and source in claim.source
