"""Who speaks when a statement is the subject of saying, and which army a named army is.

A party's published word stands for the party: "a statement from the general staff said", "according
to a statement the group posted"; an army or ministry with a name of its own ("the Philippine army") is
that party, not the last army the article named. Fiction written for these tests, of several conflicts.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from sitreps.attribute.claims import find_claims
from sitreps.attribute.quotes import find_quotes
from sitreps.models import Claim

Parse = Callable[[str], Doc]


def claim_for(parse: Parse, text: str, words: str) -> Claim:
    doc = parse(text)
    return next(c for c in find_claims(doc, find_quotes(doc)) if words in c.span.text)


@pytest.mark.parametrize(("text", "words", "source"), [
    ("A statement from Ukraine's General Staff said Ukrainian forces struck a fuel depot near Melitopol.",
     "fuel depot", "General Staff"),
    ("According to a statement the group posted on Telegram, its fighters ambushed a convoy near Gao.",
     "convoy", "the group"),
    ("The army's communique said troops killed 14 rebels in the hills above Bunia on Monday.",
     "Bunia", "army"),
    ("A statement by the Houthis said the group fired two missiles at a tanker off Mokha.",
     "Mokha", "Houthis"),
])
def test_a_statement_speaks_for_its_issuer(parse: Parse, text: str, words: str, source: str) -> None:
    claim = claim_for(parse, text, words)
    assert claim.source is not None and source in claim.source
    assert "statement" not in claim.source.lower() and "communique" not in claim.source.lower()


@pytest.mark.parametrize(("text", "words", "source"), [
    # no issuer named: the statement itself stays the source
    ("A statement said three soldiers were wounded near Kidal.", "Kidal", "statement"),
    # a plural noun of reports is no statement of one party
    ("Reports said gunmen burned a clinic in Ituri on Sunday.", "clinic", "Reports"),
])
def test_a_statement_naming_no_issuer_stays_itself(parse: Parse, text: str, words: str, source: str) -> None:
    claim = claim_for(parse, text, words)
    assert claim.source is not None and source in claim.source


def test_a_named_army_is_not_the_army_named_before(parse: Parse) -> None:
    text = ("The New People's Army said its guerrillas ambushed a patrol in Samar on Friday. "
            "The Philippine army confirmed the ambush on Saturday.")
    claim = claim_for(parse, text, "confirmed")
    assert claim.source is not None and "Philippine" in claim.source


def test_the_ministry_points_back_to_the_ministry_named_before(parse: Parse) -> None:
    text = ("The Sudanese Ministry of Defence said the army had retaken a bridge in Omdurman on Friday. "
            "The ministry added that engineers were clearing mines.")
    claim = claim_for(parse, text, "added")
    assert claim.source is not None and "Ministry of Defence" in claim.source
