"""A rights group's report of abuses is an allegation against the abusers.

"Human Rights Watch said soldiers executed 60 civilians" tells what the group found, not what the outlet
or the accused confirm: the sentence is an allegation and the executions alleged. A monitor's count of
a strike's dead, a rights group's word on anything but abuses, and abuses told by others are not.
Fiction written for these tests, of several conflicts.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from sitreps.attribute.claims import find_claims
from sitreps.attribute.modality import modality_of
from sitreps.attribute.quotes import find_quotes
from sitreps.models import ClaimKind, Modality

Parse = Callable[[str], Doc]


def kind_and_modality(parse: Parse, text: str, trigger: str) -> tuple[ClaimKind, Modality]:
    doc = parse(text)
    claims = find_claims(doc, find_quotes(doc))
    token = next(t for t in doc if t.text == trigger)
    claim = next(c for c in claims if c.span.start <= token.idx < c.span.end)
    return claim.kind, modality_of(token, claim)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Human Rights Watch said Burkinabe soldiers summarily executed at least 60 civilians in the village of "
     "Soro in February.", "executed"),
    ("Rights groups say Ethiopian troops tortured dozens of detainees at a camp near Bahir Dar.", "tortured"),
    ("Amnesty International said RSF fighters raped at least 40 women during the assault on El Geneina.",
     "raped"),
    ("Soldiers executed seven men at a checkpoint outside Sittwe last week, the rights group Fortify Rights "
     "said on Tuesday.", "executed"),
])
def test_a_rights_group_alleges_abuses(parse: Parse, text: str, trigger: str) -> None:
    assert kind_and_modality(parse, text, trigger) == (ClaimKind.ALLEGATION, Modality.ALLEGED)


@pytest.mark.parametrize(("text", "trigger"), [
    # a monitor counting a strike's dead reports it
    ("Turkish drones struck a car near Qamishli, killing three fighters, the Syrian Observatory for Human "
     "Rights said.", "struck"),
    # a rights group telling a battle, not an abuse
    ("Heavy fighting erupted between the army and Fano militiamen in Gondar, a local rights group said.",
     "fighting"),
    # abuses told by the police: no rights group speaking
    ("Gunmen executed three traders on the road to Gao, police said.", "executed"),
])
def test_other_reports_stay_reported(parse: Parse, text: str, trigger: str) -> None:
    assert kind_and_modality(parse, text, trigger)[1] is Modality.REPORTED
