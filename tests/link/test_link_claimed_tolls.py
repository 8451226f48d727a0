"""A far toll one article tells only as a claim is no evidence of a second event (``link.tolls``).

An article retells its blast in the words of the group that claimed it ("saying it had killed five
soldiers") after an officer's toll of three: the claimant's figure is the claimant's, so against the
article's own toll it is neutral. Near misses: two reports whose far tolls the writer stands behind
(two strikes of one state on one day), and a claim in another outlet's article, still count against
one event. Fiction in the style of news, written for sitreps.
"""

from __future__ import annotations

from link_helpers import make_doc, strike

from sitreps.link.nodes import LinkNode, document_nodes
from sitreps.link.scoring import FAR_COUNT_PENALTY, score_pair
from sitreps.link.tolls import NEUTRAL, toll_similarity
from sitreps.models import Modality, SourceKind

AFGOOYE = {"name": "Afgooye", "country": "SO", "admin1": "Lower Shabelle", "lat": 2.14, "lon": 45.12}
EL_OBEID = {"name": "El Obeid", "country": "SD", "admin1": "North Kordofan", "lat": 13.18, "lon": 30.22}
UMM_RUWABA = {"name": "Umm Ruwaba", "country": "SD", "admin1": "North Kordofan", "lat": 12.9, "lon": 31.22}

BLAST = (
    "Three soldiers were killed when a landmine struck their vehicle near Afgooye on Saturday, an officer said. "
    "Al-Shabaab claimed the blast, saying it had killed five soldiers."
)
MARKET = (
    "Drones struck the livestock market in El Obeid on Saturday, killing 23 people, doctors said. "
    "The militia also shelled Um Ruwaba that day, killing three, a local committee said."
)


def _nodes(text: str, *specs: dict, doc_id: str = "a") -> list[LinkNode]:
    return document_nodes(make_doc(doc_id, text, "2025-10-04", "Shabelle Today", *specs))


def _blast(claim_modality: Modality, source: tuple[str, SourceKind] = ("Al-Shabaab", SourceKind.ORGANISATION)
           ) -> list[LinkNode]:
    officer = strike(type="remote_explosive", trigger="struck", place=AFGOOYE, time=("2025-10-04", "day"),
                     counts=[("killed", 3)], actors=[("target", "soldiers", None)])
    claim = strike(type="armed_clash", trigger="had killed", place=AFGOOYE, counts=[("killed", 5)], time=None,
                   actors=[("initiator", "Al-Shabaab", "so-al-shabaab")], modality=claim_modality,
                   source=source)
    return _nodes(BLAST, officer, claim)


def test_a_claimed_toll_far_from_the_reported_one_is_neutral():
    officer, claim = _blast(Modality.ALLEGED)
    assert claim.claimed and not officer.claimed
    assert toll_similarity(officer, claim) == NEUTRAL
    assert dict(score_pair(officer, claim).terms)["far toll"] == 0.0


def test_a_party_telling_its_own_act_plainly_is_a_claim_too():
    assert _blast(Modality.REPORTED)[1].claimed  # "Al-Shabaab said it had killed": ``claims_own_act``


def test_a_far_toll_a_witness_tells_plainly_still_counts_against_one_event():
    officer, told = _blast(Modality.REPORTED, ("residents", SourceKind.VAGUE))
    assert not told.claimed
    assert dict(score_pair(officer, told).terms)["far toll"] == -FAR_COUNT_PENALTY


def test_a_claim_that_agrees_with_the_toll_still_agrees():
    officer, claim = _blast(Modality.ALLEGED)
    claim.counts = dict(officer.counts)
    assert toll_similarity(officer, claim) == 1.0


def test_two_plain_strikes_of_one_state_and_day_keep_their_far_tolls():
    market = strike(trigger="struck", place=EL_OBEID, time=("2025-09-13", "day"), counts=[("killed", 23)])
    shelling = strike(type="shelling_missile_attack", trigger="shelled", place=UMM_RUWABA,
                      time=("2025-09-13", "day"), counts=[("killed", 3)])
    first, second = _nodes(MARKET, market, shelling)
    assert toll_similarity(first, second) == 0.0


def test_another_outlets_far_claimed_toll_still_counts_against_one_event():
    officer, _ = _blast(Modality.ALLEGED)
    claim = strike(type="armed_clash", trigger="had killed", place=AFGOOYE, counts=[("killed", 5)], time=None,
                   actors=[("initiator", "Al-Shabaab", "so-al-shabaab")], modality=Modality.ALLEGED,
                   source=("Al-Shabaab", SourceKind.ORGANISATION))
    (other,) = _nodes(BLAST, claim, doc_id="b")
    assert other.claimed
    assert toll_similarity(officer, other) == 0.0
