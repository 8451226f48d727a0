"""What talks are aimed at has not happened yet: "talks aimed at reaching a ceasefire agreement" tell a
planned agreement (round 24, fresh wire copy: a story of talks in Doha gave a reported peace agreement).

Sentences written for these tests (fiction in wire style); near misses after.
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


AIMED = [
    ("The two sides met in Addis Ababa on Tuesday for talks aimed at reaching a ceasefire agreement.",
     "agreement"),
    ("Delegations met in Doha for a new round of talks aimed at turning the truce into a lasting peace "
     "agreement.", "agreement"),
    ("Talks aimed at a ceasefire resumed in Doha on Monday.", "ceasefire"),
    ("The envoy set out a plan aimed towards a prisoner exchange before the rainy season.", "exchange"),
]


@pytest.mark.parametrize(("sentence", "trigger"), AIMED)
def test_what_talks_aim_at_is_planned(parse: Parse, sentence: str, trigger: str) -> None:
    assert _modality(parse, sentence, trigger) is Modality.PLANNED


DONE = [
    ("The government and the rebels signed a peace agreement in Doha on Monday.", "agreement"),
    ("A drone strike aimed at militants killed four civilians in Jilib on Monday.", "killed"),
    ("Gunmen fired at a police patrol in Kenscoff on Tuesday.", "fired"),
    ("The missile, aimed at the airport, struck a school in Kharkiv on Monday.", "struck"),
]


@pytest.mark.parametrize(("sentence", "trigger"), DONE)
def test_acts_done_stay_reported(parse: Parse, sentence: str, trigger: str) -> None:
    assert _modality(parse, sentence, trigger) is Modality.REPORTED
