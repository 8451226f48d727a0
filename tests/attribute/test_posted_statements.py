"""A statement, video or communique "posted by", "released by" or "issued by" a party stands for the party
as the source (round 22, issue #13): "according to a statement posted by the Arakan Army" is the Arakan
Army's word, which ``link.own_claims`` can match with the doer. Fiction written for these tests, of several
conflicts, with a near miss that names no poster."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from sitreps.attribute.claims import find_claims
from sitreps.attribute.quotes import find_quotes
from sitreps.models import Claim

Parse = Callable[[str], Doc]


def claim_of(parse: Parse, text: str) -> Claim:
    doc = parse(text)
    (claim,) = find_claims(doc, find_quotes(doc))
    return claim


@pytest.mark.parametrize(("text", "source"), [
    ("According to a statement posted by the Arakan Army on Telegram, its fighters overran a junta outpost "
     "near Buthidaung.", "the Arakan Army"),
    ("Resistance fighters overran a junta base near Kani on Thursday, according to a statement posted by the "
     "local battalion on Facebook.", "the local battalion"),
    ("According to a video released by the Jaime Martinez front, its fighters attacked a police station in "
     "Jamundi.", "the Jaime Martinez front"),
    ("Al-Shabaab fighters stormed a base in Lower Shabelle, according to a statement issued by the group.",
     "the group"),
])
def test_a_statement_a_party_posted_is_the_partys_word(parse: Parse, text: str, source: str) -> None:
    assert claim_of(parse, text).source == source


def test_a_statement_posted_by_nobody_named_stays_the_statement(parse: Parse) -> None:
    text = "According to a statement posted online, the group's fighters attacked a patrol near Menaka."
    assert claim_of(parse, text).source == "a statement"
