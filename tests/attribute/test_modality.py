"""modality_of and attribution_for on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from sitreps.attribute.claims import find_claims
from sitreps.attribute.modality import attribution_for, modality_of
from sitreps.attribute.quotes import find_quotes
from sitreps.models import Modality, SourceKind, Span

Parse = Callable[[str], Doc]


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("The Kremlin denied that its forces shelled the market.", "shelled", Modality.DENIED),
        ("The army rejected reports of attacks on civilians.", "attacks", Modality.DENIED),
        ("The rebels plan to attack the city next week.", "attack", Modality.PLANNED),
        ("The army will withdraw from the town.", "withdraw", Modality.PLANNED),
        ("The group threatened to kill the hostages.", "kill", Modality.THREATENED),
        ("If talks fail, the army would launch an offensive.", "launch", Modality.HYPOTHETICAL),
        ("Troops did not enter the village.", "enter", Modality.NEGATED),
        ("No civilians were killed in the raid.", "killed", Modality.NEGATED),
        ("Troops never reached the town.", "reached", Modality.NEGATED),
        ("Soldiers allegedly tortured detainees.", "tortured", Modality.ALLEGED),
        ("Rebels accused the army of shelling the village.", "shelling", Modality.ALLEGED),
        ("Police arrested 12 protesters on Monday.", "arrested", Modality.REPORTED),
        ("The ministry announced that troops captured the hill.", "captured", Modality.REPORTED),
        ("The army did not say whether troops attacked the camp.", "attacked", Modality.HYPOTHETICAL),
    ],
)
def test_modality_from_the_dependency_path(
    parse: Parse, sentence: str, trigger: str, expected: Modality
) -> None:
    doc = parse(sentence)
    token = next(t for t in doc if t.text == trigger)
    assert modality_of(token) is expected


def test_event_only_an_anonymous_source_reports_is_alleged(parse: Parse) -> None:
    doc = parse("Soldiers looted the shops, a source who asked not to be named said.")
    claims = find_claims(doc, find_quotes(doc))
    looted = next(t for t in doc if t.text == "looted")
    assert modality_of(looted) is Modality.REPORTED
    assert modality_of(looted, claims[0]) is Modality.ALLEGED


def test_attribution_for_points_to_the_claim_covering_the_sentence(parse: Parse) -> None:
    doc = parse("Fighting resumed in Kelo. Rebels shelled the depot, the army said.")
    claims = find_claims(doc, find_quotes(doc))
    second = list(doc.sents)[1]
    attribution = attribution_for(Span.of(doc.text, second.start_char, second.end_char), claims)
    assert attribution is not None
    assert (attribution.source, attribution.source_kind, attribution.claim_index) == (
        "the army", SourceKind.ORGANISATION, 1)
    assert attribution.evidence[0].text == "said"
    outside = Span.of(doc.text, len(doc.text), len(doc.text))
    assert attribution_for(outside, claims) is None
