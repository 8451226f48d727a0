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


def _modality(parse: Parse, sentence: str, trigger: str, *, in_claim: bool = False) -> Modality:
    """The modality of the word ``trigger`` of a parsed sentence, read alone or, ``in_claim``, under the
    sentence's first claim (none when the sentence makes no claim)."""
    doc = parse(sentence)
    token = next(t for t in doc if t.text == trigger)
    if not in_claim:
        return modality_of(token)
    claims = find_claims(doc, find_quotes(doc))
    return modality_of(token, claims[0] if claims else None)


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
        # data/en/modality.yaml: a negating subject, and "neither" as a subject's determiner.
        ("Nobody was injured in the blast at the depot.", "injured", Modality.NEGATED),
        ("Neither side fired on the convoy near the ford.", "fired", Modality.NEGATED),
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
    assert _modality(parse, sentence, trigger) is expected


@pytest.mark.parametrize("sentence", [
    "Soldiers looted the shops, a source who asked not to be named said.",
    "Residents said militiamen burned the market in Kalma on Tuesday.",
    "Gunmen opened fire on a minibus near Kauri, witnesses told reporters.",
])
def test_an_unnamed_source_reports_an_event_it_does_not_allege_it(parse: Parse, sentence: str) -> None:
    """Residents, witnesses and unnamed sources are how events are reported (both gold sets)."""
    doc = parse(sentence)
    claims = find_claims(doc, find_quotes(doc))
    trigger = next(t for t in doc if t.pos_ == "VERB" and t.lemma_ in {"loot", "burn", "open"})
    assert modality_of(trigger, claims[0]) is Modality.REPORTED


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("A suspected drone strike hit a fuel depot outside Kosti on Monday.", "strike", Modality.ALLEGED),
        ("The rebels reportedly shelled the camp at dawn.", "shelled", Modality.ALLEGED),
        ("The Mourad Brigade claimed the bombing of the depot on Friday.", "bombing", Modality.ALLEGED),
        ("No group has yet claimed responsibility for the bombing of the depot.", "bombing", Modality.REPORTED),
        ("The rebels did not claim the ambush on the convoy.", "ambush", Modality.REPORTED),
        ("Organisers said they would march on the parliament again on Friday.", "march", Modality.PLANNED),
        ("The militia announced that it would withdraw from the port within a week.", "withdraw",
         Modality.PLANNED),
        ("Officials said the army would retake the town if the talks failed.", "retake", Modality.HYPOTHETICAL),
        ("The rebels would attack the convoy if it crossed the river.", "attack", Modality.HYPOTHETICAL),
    ],
)
def test_hedges_and_reported_futures(parse: Parse, sentence: str, trigger: str, expected: Modality) -> None:
    """A hedge on the event makes it alleged; "would" under a verb of saying is a backshifted "will"
    (planned) unless a condition governs it."""
    assert _modality(parse, sentence, trigger) is expected


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


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # what a relative clause tells is known: the accusation is of the backing, not of the attack
        ("Traders accuse the governor of arming the gangs who looted the market in Kano.", "looted",
         Modality.REPORTED),
        ("The ministry denied funding the militia that burned three villages near Bor.", "burned",
         Modality.REPORTED),
        # the accused act itself stays alleged, and so does a denied one
        ("Traders accuse the governor of arming the gangs who looted the market in Kano.", "arming",
         Modality.ALLEGED),
        ("The ministry denied funding the militia that burned three villages near Bor.", "funding",
         Modality.DENIED),
    ],
)
def test_a_relative_clause_is_not_what_is_alleged_or_denied(
    parse: Parse, sentence: str, trigger: str, expected: Modality
) -> None:
    assert _modality(parse, sentence, trigger, in_claim=True) is expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # the writer flags the claim as unchecked
        ("The health ministry said an air strike hit a clinic in Dara on Monday, killing dozens, marking, "
         "if confirmed, the deadliest strike of the war.", "hit", Modality.ALLEGED),
        ("The rebels said their fighters shot down a helicopter near Kamo on Friday, a claim that could not "
         "be independently verified.", "shot", Modality.ALLEGED),
        # an institution's word, unflagged, reports the event
        ("The health ministry said an air strike hit a clinic in Dara on Monday, killing dozens.", "hit",
         Modality.REPORTED),
    ],
)
def test_a_claim_the_writer_flags_as_unchecked_is_alleged(
    parse: Parse, sentence: str, trigger: str, expected: Modality
) -> None:
    doc = parse(sentence)
    claims = find_claims(doc, find_quotes(doc))
    token = next(t for t in doc if t.text == trigger)
    assert modality_of(token, claims[0]) is expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # a charge the accused rejects, told after it as "a charge/claim/accusation X denied"
        ("Rebels said the army shelled the village of Kamo on Monday, killing four civilians, a charge the "
         "military rejected.", "shelled", Modality.DENIED),
        ("Activists said security forces shot dead three protesters in Tehran on Saturday, a claim the "
         "government denied.", "shot", Modality.DENIED),
        ("Kyiv said Russian drones hit a hospital in Sumy, an accusation Moscow dismissed as propaganda.", "hit",
         Modality.DENIED),
        # near misses: the appositive noun is not rejected, or what is rejected is not the charge
        ("Rebels said the army shelled the village of Kamo on Monday, a claim that could not be verified.",
         "shelled", Modality.ALLEGED),
        ("The army shelled the village of Kamo on Monday, after the rebels rejected a ceasefire offer.",
         "shelled", Modality.REPORTED),
    ],
)
def test_a_charge_the_accused_rejects_is_denied(parse: Parse, sentence: str, trigger: str,
                                                expected: Modality) -> None:
    assert _modality(parse, sentence, trigger, in_claim=True) is expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # the victim denies an outcome of the event ("its commander was killed in the strike"), not the
        # event: only the doer's denial denies it
        ("Hezbollah denied that its commander was killed in the Israeli strike on Beirut on Tuesday.", "strike",
         Modality.REPORTED),
        ("The rebels denied that their base near Kidal was destroyed by French air strikes.", "strikes",
         Modality.REPORTED),
        ("Hamas denied that its leader had been wounded in the raid on the tunnel.", "raid", Modality.REPORTED),
        # near misses: the doer denies taking part, or the denied word is the outcome itself
        ("The army denied that its jets were involved in the strike on the market.", "strike", Modality.DENIED),
        ("Police denied that protesters were killed by officers in Mombasa.", "killed", Modality.DENIED),
        ("The Kremlin denied that its forces shelled the market.", "shelled", Modality.DENIED),
    ],
)
def test_only_the_doer_denies_an_event(parse: Parse, sentence: str, trigger: str, expected: Modality) -> None:
    assert _modality(parse, sentence, trigger) is expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # a hedge in another clause alleges that clause's act, not the trigger's
        ("Police said the suspects were arrested after they allegedly robbed a bank in Kano on Monday.",
         "arrested", Modality.REPORTED),
        ("The army said troops killed four militants who reportedly planted bombs near Gao.", "killed",
         Modality.REPORTED),
        ("Police said the suspects were arrested after they allegedly robbed a bank in Kano on Monday.",
         "robbed", Modality.ALLEGED),
        # near miss: the hedge is on the trigger's own clause
        ("Police said gunmen allegedly robbed a bank in Kano on Monday.", "robbed", Modality.ALLEGED),
        # a modal perfect hedges a past event: it is alleged, not hypothetical
        ("Troops may have killed as many as 30 civilians in the raid on Moura, the UN said.", "killed",
         Modality.ALLEGED),
        ("Up to 12 fishermen might have been killed in the strike on the island, officials said.", "killed",
         Modality.ALLEGED),
        # near misses: a modal of the future or a condition stays hypothetical
        ("The army could retake the town within days, officials said.", "retake", Modality.HYPOTHETICAL),
        ("If talks fail, the rebels may attack the city.", "attack", Modality.HYPOTHETICAL),
    ],
)
def test_hedges_reach_their_own_clause(parse: Parse, sentence: str, trigger: str, expected: Modality) -> None:
    assert _modality(parse, sentence, trigger, in_claim=True) is expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # "claimed lives" tells a toll, not a claim
        ("The ambush near Djibo claimed at least 20 lives, the army said on Sunday.", "ambush", Modality.REPORTED),
        ("The blast at the market in Kano claimed the lives of six traders on Monday.", "blast", Modality.REPORTED),
        # near miss: a claim of the act itself
        ("The Mourad Brigade claimed the bombing of the depot on Friday.", "bombing", Modality.ALLEGED),
    ],
)
def test_a_toll_claimed_is_no_claim(parse: Parse, sentence: str, trigger: str, expected: Modality) -> None:
    assert _modality(parse, sentence, trigger) is expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # an event told as the content of reports or allegations is alleged
        ("Israel said it was looking into reports that its troops shot dead a journalist in Jenin.", "shot",
         Modality.ALLEGED),
        ("The UN is investigating allegations that soldiers burned homes in the village of Tarabo.", "burned",
         Modality.ALLEGED),
        # near misses: a verb of reporting, and a report as the speaker
        ("Police reported that gunmen attacked a bank in Kano on Monday.", "attacked", Modality.REPORTED),
        ("A report by the UN said troops killed 30 civilians in Moura in March.", "killed", Modality.REPORTED),
    ],
)
def test_the_content_of_reports_is_alleged(parse: Parse, sentence: str, trigger: str, expected: Modality) -> None:
    assert _modality(parse, sentence, trigger, in_claim=True) is expected
