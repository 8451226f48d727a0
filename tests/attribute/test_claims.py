"""find_claims: kinds, sources and check-worthiness on articles written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from sitreps.attribute.claims import find_claims
from sitreps.attribute.quotes import find_quotes
from sitreps.models import Claim, ClaimKind, SourceKind

Parse = Callable[[str], Doc]


def claims_of(parse: Parse, text: str) -> list[Claim]:
    doc = parse(text)
    return find_claims(doc, find_quotes(doc))


def claim_for(claims: list[Claim], words: str) -> Claim:
    return next(c for c in claims if words in c.span.text)


@pytest.fixture(scope="module")
def seed_claims(parse: Parse, seed_text: str) -> list[Claim]:
    return claims_of(parse, seed_text)


def test_seed_speculation_is_not_reported_fact(seed_claims: list[Claim]) -> None:
    claim = claim_for(seed_claims, "will undoubtedly have broader implications")
    assert claim.kind is ClaimKind.SPECULATION


def test_seed_reports_have_emerged_is_a_vague_allegation(seed_claims: list[Claim]) -> None:
    claim = claim_for(seed_claims, "Reports have emerged")
    assert (claim.kind, claim.source_kind) == (ClaimKind.ALLEGATION, SourceKind.VAGUE)
    assert claim.cue is not None and claim.cue.text == "Reports have emerged"


def test_seed_observers_are_vague(seed_claims: list[Claim]) -> None:
    assert claim_for(seed_claims, "International observers").source_kind is SourceKind.VAGUE


def test_seed_quote_sentence_is_attributed_to_the_named_official(seed_claims: list[Claim]) -> None:
    claim = claim_for(seed_claims, "Yusov stated")
    assert (claim.source, claim.source_kind) == ("Andriy Yusov", SourceKind.NAMED_OFFICIAL)


def test_seed_as_reported_by_names_the_organisation(seed_claims: list[Claim]) -> None:
    claim = claim_for(seed_claims, "as reported by the Ukrainian GUR")
    assert claim.source_kind is SourceKind.ORGANISATION
    assert claim.cue is not None and claim.cue.text == "as reported by"


def test_title_is_a_claim(seed_claims: list[Claim]) -> None:
    assert seed_claims[0].span.text.startswith("Russian officer and 11 servicemen defect")


ARTICLE = (
    "Drone strike kills five near Lumo\n\n"
    "A drone strike killed five fighters near Lumo on Sunday, according to a security source who asked "
    "not to be named. "
    "The defence ministry denied that its aircraft had operated in the area. "
    "State TV reported that the convoy carried weapons. "
    "The rebels accused the air force of targeting a wedding. "
    "The strike could push the rebels to abandon the talks. "
    "It is shameful that civilians keep paying the price. "
    "The region has seen fighting since 2015."
)


@pytest.mark.parametrize(
    ("words", "kind", "source_kind"),
    [
        ("Drone strike kills five", ClaimKind.REPORTED_EVENT, SourceKind.NONE),
        ("A drone strike killed five", ClaimKind.ALLEGATION, SourceKind.ANONYMOUS),
        ("The defence ministry denied", ClaimKind.DENIAL, SourceKind.ORGANISATION),
        ("State TV reported", ClaimKind.ATTRIBUTED_STATEMENT, SourceKind.MEDIA),
        ("The rebels accused", ClaimKind.ALLEGATION, SourceKind.ORGANISATION),
        ("The strike could push", ClaimKind.SPECULATION, SourceKind.NONE),
        ("It is shameful", ClaimKind.OPINION, SourceKind.NONE),
        ("The region has seen fighting", ClaimKind.BACKGROUND, SourceKind.NONE),
    ],
)
def test_kinds_and_sources(parse: Parse, words: str, kind: ClaimKind, source_kind: SourceKind) -> None:
    claim = claim_for(claims_of(parse, ARTICLE), words)
    assert (claim.kind, claim.source_kind) == (kind, source_kind)


def test_silence_is_not_a_statement(parse: Parse) -> None:
    claims = claims_of(parse, "The ministry did not respond to a request for comment.")
    assert claims[0].source_kind is SourceKind.NONE


def test_check_worthiness_ranks_facts_above_opinion(parse: Parse) -> None:
    claims = claims_of(parse, ARTICLE)
    fact = claim_for(claims, "A drone strike killed five")
    opinion = claim_for(claims, "It is shameful")
    assert 0.0 <= opinion.check_worthiness < 0.5 < fact.check_worthiness <= 1.0


def test_every_claim_span_matches_the_text(parse: Parse, seed_claims: list[Claim], seed_text: str) -> None:
    text = seed_text
    for claim in [*seed_claims, *claims_of(parse, ARTICLE)]:
        spans = [claim.span, *([claim.cue] if claim.cue else [])]
        source_text = text if claim in seed_claims else ARTICLE
        assert all(source_text[s.start : s.end] == s.text for s in spans)
