"""The content fiction gold is well formed, and its script reads a word as held by the incident over it."""

from __future__ import annotations

from types import ModuleType

import pytest
from benchmark_scripts import load_script

from sitreps.evaluate.single_text import incident_holding, incidents_of_texts


@pytest.fixture(scope="module")
def fiction() -> ModuleType:
    return load_script("benchmarks/content_fiction.py")


def test_each_gold_item_names_words_of_its_own_text(fiction: ModuleType) -> None:
    items = fiction.load(fiction.GOLD)
    assert len(items) >= 20 and len({i.id for i in items}) == len(items)
    assert {i.batch for i in items} == {"first", "fresh"}
    for item in items:
        assert item.absent or item.present, item.id
        assert all(word in item.text for word in (*item.absent, *item.present)), item.id


def test_a_deal_term_is_held_by_no_incident_and_the_deal_is() -> None:
    text = ("The two sides signed a ceasefire agreement in Doha on Monday. "
            "The accord demands the withdrawal of the rebels from the town of Varnok.")
    (incidents,) = incidents_of_texts([text])
    assert incident_holding("ceasefire", text, incidents) is not None
    assert incident_holding("withdrawal", text, incidents) is None
