"""A doer's headline claim over its spokesman's words, and one party's several sentences about its act as
one telling (``link.own_claims``, ``link.party_voices``, ``link.one_telling``). Fiction written for these
tests, of several conflicts and outlet styles; near misses keep an act that someone else tells reported."""

from __future__ import annotations

import pytest
from processed import mentions_of

from sitreps.link.consensus import build_fields
from sitreps.link.contributions import Contribution, contributions_of
from sitreps.link.own_claims import claims_own_act
from sitreps.link.party_voices import same_party
from sitreps.models import EventMention, MentionRef, Modality


def _holding(text: str, word: str) -> EventMention:
    at = text.index(word)
    return next(m for m in mentions_of(text)
                if any(s.start <= at < s.end for s in (m.trigger, *m.retellings)))


def _modality(mentions: list[EventMention]) -> object:
    """The modality of one event made of ``mentions`` (all of one article)."""
    contributions: list[Contribution] = [c for m in mentions for c in contributions_of(m)]
    refs = {m.id: MentionRef(mention_id=m.id, document_id="d", originator="d", outlet="Wire",
                             published_at="2025-03-04") for m in mentions}
    return {f.field: f.value for f in build_fields(contributions, refs)}["modality"]


HEADLINE_DOERS = [
    ("Pakistani Taliban say they attacked police post\n\nPESHAWAR - The Pakistani Taliban attacked a police "
     "post in Bannu overnight, killing two constables, spokesman Mohammad Khurasani said.", "attacked a police"),
    ("Colombian dissidents say they attacked army base\n\nCALI - Colombian dissidents attacked an army base in "
     "Jamundi on Sunday, a commander of the group said in a video.", "attacked an army"),
    ("Fano militia claims capture of Amhara town\n\nBAHIR DAR - Fano fighters seized the town of Lalibela after "
     "clashes with federal troops on Monday, a spokesman for the militia said.", "seized"),
]
HEADLINE_NOT_DOERS = [
    # the headline's speaker tells its foe's act
    ("Army says rebels attacked base in Ituri\n\nBUNIA - Rebels attacked an army base near Bunia on Sunday, "
     "killing three soldiers, an army spokesman said.", "attacked an army"),
    # residents tell the act too
    ("Al-Shabaab says it overran base in Gedo\n\nMOGADISHU - Al-Shabaab fighters overran an army base in Gedo "
     "on Friday, residents said.", "overran an army"),
]


@pytest.mark.parametrize(("text", "word"), HEADLINE_DOERS)
def test_a_doer_telling_its_act_in_the_headline_and_through_its_voice_claims_it(text: str, word: str) -> None:
    assert claims_own_act(_holding(text, word))


@pytest.mark.parametrize(("text", "word"), HEADLINE_NOT_DOERS)
def test_a_headline_speaker_that_is_not_the_doer_or_a_witness_keeps_the_act_reported(text: str, word: str) -> None:
    assert not claims_own_act(_holding(text, word))


def test_a_state_speaks_for_itself_under_two_names() -> None:
    assert same_party("Armenia", "The Armenian defence ministry")
    assert same_party("a spokesman", "Fano militia")
    assert not same_party("residents", "Fano militia")
    assert not same_party("Azerbaijan", "The Armenian defence ministry")


def test_the_party_telling_its_act_twice_in_one_sentence_keeps_the_claim() -> None:
    text = ("The Arakan Army said its fighters seized a junta battalion base in Ann township on Friday after "
            "two days of heavy fighting.")
    mentions = mentions_of(text)
    assert any(claims_own_act(m) for m in mentions)
    assert _modality(mentions) == Modality.ALLEGED.value


def test_an_accusation_with_the_accuser_s_plain_headline_is_alleged() -> None:
    headline = mentions_of("Kyrgyzstan says Tajik troops opened fire on a border post near Batken.")
    body = mentions_of("Kyrgyzstan's border service accused Tajik troops of opening fire on a Kyrgyz border post "
                       "near Batken on Tuesday.")
    assert any(m.modality is Modality.ALLEGED for m in body)
    assert all(m.modality is Modality.REPORTED for m in headline)
    assert _modality(headline + body) == Modality.ALLEGED.value  # one article: the accuser's two sentences


def test_a_claim_another_voice_tells_too_stays_reported() -> None:
    claim = mentions_of("The Arakan Army said its fighters seized a junta battalion base in Ann township on Friday.")
    told = mentions_of("Arakan Army fighters overran a junta battalion base in Ann township on Friday, "
                       "residents said.")
    assert _modality(claim) == Modality.ALLEGED.value
    assert told  # the residents' report is a mention of its own
    assert _modality(claim + told) == Modality.REPORTED.value


INTERCEPTIONS = [
    "Ukraine's air force said it shot down 21 Russian drones over the Kyiv region overnight.",
    "Israel's military said it intercepted a drone launched from Yemen over the Red Sea on Sunday.",
]


@pytest.mark.parametrize("text", INTERCEPTIONS)
def test_a_party_downing_weapons_claims_it(text: str) -> None:
    mentions = [m for m in mentions_of(text) if m.type == "disrupted_weapons_use"]
    assert mentions and all(claims_own_act(m) for m in mentions)


def test_weapons_downed_as_told_by_a_monitor_claim_nothing() -> None:
    text = "A monitoring group said air defences shot down 21 drones over the Bryansk region overnight."
    assert not any(claims_own_act(m) for m in mentions_of(text))
