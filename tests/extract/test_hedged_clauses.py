"""A hedge on one clause of a sentence does not make its incident alleged when the same sentence tells
the incident's toll plainly. Sentences written for these tests (fiction in the style of news)."""

from __future__ import annotations

import pytest
from extract_helpers import run

from sitreps.models import Modality


def _tolled_modalities(text: str) -> list[Modality]:
    """The modality of each incident that carries a death toll."""
    (document,) = run([text])
    return [m.modality for m in document.events if any(c.what == "killed" for c in m.counts)]


@pytest.mark.parametrize("text", [
    "Gunmen killed five villagers in Zamfara on Saturday and reportedly abducted 12 others, residents said.",
    "Militants stormed a school in Borno on Monday, killing two teachers, and allegedly kidnapped 20 pupils.",
    "Al-Shabaab fighters killed three soldiers near Baidoa on Friday and reportedly took four others "
    "hostage, a local elder said.",
])
def test_a_toll_told_plainly_keeps_its_incident_reported(text: str) -> None:
    assert _tolled_modalities(text) == [Modality.REPORTED]


@pytest.mark.parametrize("text", [
    # the hedge governs the killing too: the whole incident is alleged
    "Gunmen reportedly abducted 12 villagers in Zamfara on Saturday and killed five others.",
    "Gunmen reportedly killed five villagers in Zamfara on Saturday, residents said.",
])
def test_a_hedge_over_the_toll_keeps_the_incident_alleged(text: str) -> None:
    assert _tolled_modalities(text) == [Modality.ALLEGED]
