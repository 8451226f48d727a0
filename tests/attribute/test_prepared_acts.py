"""An act being prepared or plotted has not happened: "the column was preparing an attack on a gendarmerie post"
tells a planned attack (round 27, wire part s: a drone strike's target "was preparing an attack", coded as a
reported attack). Verbs that mostly tell acts done stay reported ("ordered the strikes").

Sentences written for these tests (fiction in wire style).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from sitreps.attribute.modality import modality_of
from sitreps.models import Modality

Parse = Callable[[str], Doc]


def _modality(parse: Parse, sentence: str, trigger: str) -> Modality:
    doc = parse(sentence)
    return modality_of(next(t for t in doc if t.text == trigger))


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("The army said the fighters were preparing an attack on a gendarmerie post near Fada.", "attack"),
    ("Police said the cell had been plotting a bombing of the central market in Garissa.", "bombing"),
    ("Officials believe the gang planned a raid on the prison in Kaduna for weeks.", "raid"),
])
def test_an_act_being_prepared_is_planned(parse: Parse, sentence: str, trigger: str) -> None:
    assert _modality(parse, sentence, trigger) is Modality.PLANNED


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("The defence minister ordered the strikes on the rebel camps near Kidal on Sunday.", "strikes"),
    ("Gunmen carried out an attack on a police post in Tillaberi on Monday.", "attack"),
])
def test_an_act_done_stays_reported(parse: Parse, sentence: str, trigger: str) -> None:
    assert _modality(parse, sentence, trigger) is Modality.REPORTED
