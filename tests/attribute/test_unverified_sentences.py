"""A sentence that says its own news is unverified ("if confirmed", "if true") alleges its events.

Sentences written for these tests (fiction in the style of news, several conflicts and outlets).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from sitreps.attribute.claims import find_claims
from sitreps.attribute.modality import modality_of
from sitreps.attribute.quotes import find_quotes
from sitreps.models import Modality

Parse = Callable[[str], Doc]


def _modality(parse: Parse, text: str, trigger: str) -> Modality:
    doc = parse(text)
    token = next(t for t in doc if t.text == trigger)
    claims = [c for c in find_claims(doc, find_quotes(doc))
              if c.span.start <= token.idx < c.span.end]
    return modality_of(token, claims[0] if claims else None)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The rebels said government jets bombed a market in Kamo on Sunday, killing 40 people, which would be, "
     "if confirmed, the deadliest raid of the war.", "bombed"),
    ("Local officials said militiamen burned three villages near Djugu, in what would be, if true, the worst "
     "violence in the province this year.", "burned"),
    ("Militiamen killed at least 15 herders near Gao, the group said in a statement, a figure that if "
     "verified would make it the bloodiest raid this year.", "killed"),
    ("If accurate, the account means naval drones struck the frigate twice before dawn, the blogger said.",
     "struck"),
])
def test_an_unverified_sentence_alleges_its_event(parse: Parse, text: str, trigger: str) -> None:
    assert _modality(parse, text, trigger) is Modality.ALLEGED


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a condition on the event itself stays a hypothesis
    ("If the talks fail, the army would launch an offensive on the port.", "launch", Modality.HYPOTHETICAL),
    # confirming is reporting
    ("The army confirmed that its troops shelled the village of Kamo on Monday.", "shelled", Modality.REPORTED),
    # the hedge of the next sentence does not reach back
    ("Rebels attacked a checkpoint near Gulu on Monday. If confirmed, the new toll would make it the "
     "deadliest raid this year.", "attacked", Modality.REPORTED),
    # a condition of another kind ("if needed") hedges nothing told
    ("Police dispersed the crowd in Harare on Friday and said they would return if needed.", "dispersed",
     Modality.REPORTED),
])
def test_other_conditions_leave_the_event_as_told(parse: Parse, text: str, trigger: str,
                                                  expected: Modality) -> None:
    assert _modality(parse, text, trigger) is expected


@pytest.mark.parametrize(("text", "trigger"), [
    ("A suspected drone strike hit a wedding party in the village of Sabi on Saturday, killing 11 people.",
     "killing"),
    ("An apparent car bomb tore through a market in Baidoa on Friday, killing at least 20 people.", "killing"),
    ("An alleged chemical attack struck the suburb of Kafr Batna overnight, killing dozens of residents.",
     "killing"),
])
def test_what_a_hedged_event_did_is_hedged_too(parse: Parse, text: str, trigger: str) -> None:
    """ "A suspected drone strike hit ..., killing 11": the deaths are the hedged event's, so alleged."""
    assert _modality(parse, text, trigger) is Modality.ALLEGED


@pytest.mark.parametrize(("text", "trigger"), [
    # a hedge on the doer questions who did it, not that it happened
    ("Suspected militants attacked a convoy near Kidal on Monday, killing four soldiers.", "killing"),
    ("The suspected gunmen shot dead two traders at a market in Kano on Sunday, police said.", "shot"),
    ("Suspected jihadists raided the village of Kiri on Tuesday, killing a guard, residents said.", "killing"),
])
def test_a_hedged_doer_leaves_the_event_reported(parse: Parse, text: str, trigger: str) -> None:
    assert _modality(parse, text, trigger) is Modality.REPORTED


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # "alleged" on the doer questions who did it: the act is told as done
    ("Alleged gang members shot dead two traders in Cite Soleil on Friday.", "shot", Modality.REPORTED),
    ("Alleged members of the gang burned the depot in Tema overnight, killing a guard, police said.", "killing",
     Modality.REPORTED),
    ("Alleged Boko Haram fighters abducted 14 girls from a school in Borno on Tuesday, officials said.",
     "abducted", Modality.REPORTED),
    # on the act it still alleges
    ("The gang allegedly shot dead two traders in Cite Soleil on Friday.", "shot", Modality.ALLEGED),
    ("An alleged arson attack destroyed the depot in Tema overnight, police said.", "attack", Modality.ALLEGED),
])
def test_an_alleged_doer_does_not_allege_the_act(parse: Parse, text: str, trigger: str, expected: Modality) -> None:
    assert _modality(parse, text, trigger) is expected


@pytest.mark.parametrize(("text", "trigger"), [
    ("Fighters of a local militia said they had ambushed an army convoy near Kalay on Friday, killing 12 soldiers. "
     "The claim could not be independently verified.", "ambushed"),
    ("The army said its troops killed 40 insurgents in the Sambisa forest on Tuesday. AFP could not verify the "
     "figure.", "killed"),
    ("The group said its drones struck an oil depot outside Bryansk overnight. The report could not be confirmed.",
     "struck"),
])
def test_a_check_denied_in_the_next_sentence_alleges_the_account(parse: Parse, text: str, trigger: str) -> None:
    """Round 29: "The claim could not be independently verified." after a party's account."""
    assert _modality(parse, text, trigger) is Modality.ALLEGED


@pytest.mark.parametrize(("text", "trigger"), [
    # checked, not unchecked
    ("Gunmen killed five villagers in Zamfara on Monday, police said. The governor confirmed the toll.", "killed"),
    # the unchecked line is about another thing than the news
    ("Gunmen killed five villagers in Zamfara on Monday, police said. Officials could not say when the road "
     "would reopen.", "killed"),
    # two sentences back is too far
    ("Gunmen killed five villagers in Zamfara on Monday, police said. Hundreds fled to Gusau. The claim of a "
     "second attack could not be verified.", "killed"),
])
def test_a_check_of_something_else_leaves_the_event_reported(parse: Parse, text: str, trigger: str) -> None:
    assert _modality(parse, text, trigger) is Modality.REPORTED
