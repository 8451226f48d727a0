"""A claim told beside the event's own verb, and a claim that outranks the forces' response (round 18).

"The assault occurred on Tuesday and was claimed by X", "the attack was carried out and later claimed
by X", "the ambush, which was claimed by X": the event noun is the subject of another verb, or carries
the claim in a clause of its own, and ``claimants.claimant`` read no claimant. When the attack is merged
with the forces' response ("security forces eliminated 16 terrorists"), the responders were its only
doers and led the row; a claim (never a blame) now leads an incident whose only doers are state forces.
Near misses: a coordinated verb with its own subject, a blame, a verb that is no claim ("welcomed by").

Sentences written for these tests (fiction in the style of news), from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in
from spacy.tokens import Token

from sitreps.annotate.nlp import load_nlp
from sitreps.extract.claimants import claimant
from sitreps.models import Role

CLAIMED = [
    ("The assault took place on Tuesday night and was claimed by the Baloch Liberation Army.", "assault", "Army"),
    ("The attack was carried out and later claimed by the Islamic State West Africa Province.", "attack",
     "Province"),
    ("The ambush, which was claimed by Islamic State Sahel Province, killed 12 soldiers.", "ambush", "Province"),
    ("The bombing happened on Friday and was later claimed by al-Shabaab.", "bombing", "Shabaab"),
    ("The raid, later claimed by the TTP, lasted six hours.", "raid", "TTP"),
    ("The Pakistani Taliban carried out and claimed the raid on the police post.", "raid", "Taliban"),
]

NOT_CLAIMED = [
    ("The attack took place at night and the army said it was claimed by nobody.", "attack"),
    ("The attack killed three soldiers and the governor blamed the rebels.", "attack"),
    ("The raid was repelled and the attackers were chased by troops.", "raid"),
    ("The operation took place on Monday and was welcomed by the provincial government.", "operation"),
]


def _token_of(text: str, word: str) -> Token:
    return next(t for t in load_nlp()(text) if t.text == word)


@pytest.mark.parametrize(("text", "word", "head"), CLAIMED)
def test_a_coordinated_or_attached_claim_names_its_claimant(text: str, word: str, head: str) -> None:
    found = claimant(_token_of(text, word))
    assert found is not None and found.text == head


@pytest.mark.parametrize(("text", "word"), NOT_CLAIMED)
def test_no_claim_no_claimant(text: str, word: str) -> None:
    assert claimant(_token_of(text, word)) is None


RESPONSES = [
    ("Soldiers neutralised 11 terrorists after an attack on a checkpoint in Malam-Fatori. The attack, which "
     "was claimed by ISWAP, lasted two hours.", "ISWAP"),
    ("Police killed three suspects after a shootout near a bank in Celaya. The attack happened at noon and "
     "was later claimed by the Santa Rosa de Lima cartel.", "cartel"),
]


@pytest.mark.parametrize(("text", "claimed_by"), RESPONSES)
def test_a_claim_leads_the_forces_that_answered(extract: Extract, text: str, claimed_by: str) -> None:
    leads = [names_in(m, Role.INITIATOR)[0] for m in extract(text) if names_in(m, Role.INITIATOR)]
    assert any(claimed_by in lead for lead in leads), leads


def test_a_blame_does_not_lead_the_forces(extract: Extract) -> None:
    text = ("Police killed three suspects after a shootout near a bank in Celaya. The attack happened at noon "
            "and the mayor blamed it on a local cartel.")
    leads = [names_in(m, Role.INITIATOR)[0] for m in extract(text) if names_in(m, Role.INITIATOR)]
    assert not any("cartel" in lead for lead in leads), leads
