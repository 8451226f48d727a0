"""benchmarks/retellings_fiction.py: its gold reads, and made-up items go through the pipeline and are judged.

The items below are fiction written for this test.
"""

from __future__ import annotations

from types import ModuleType

import pytest
from benchmark_scripts import load_script

from sitreps.evaluate.single_text import incident_holding, incidents_of_texts


@pytest.fixture(scope="module")
def fiction() -> ModuleType:
    return load_script("benchmarks/retellings_fiction.py")


def test_each_gold_item_has_pairs_whose_words_are_in_its_text(fiction: ModuleType) -> None:
    items = fiction.load(fiction.GOLD)
    assert len(items) >= 20 and len({i.id for i in items}) == len(items)
    assert {i.batch for i in items} == {"first", "fresh", "r12", "r12after", "r12b", "r12bafter",
                                        "r13", "r13after", "r13parts", "r14", "r14after", "r14late"}
    for item in items:
        assert item.together or item.apart, item.id
        assert all(word in item.text for pair in (*item.together, *item.apart) for word in pair), item.id


def _judged(fiction: ModuleType, text: str, together: list[tuple[str, str]], apart: list[tuple[str, str]]
            ) -> list[str]:
    item = fiction.Item("x", "test", "made up", text, together, apart)
    (incidents,) = incidents_of_texts([text])
    return [verdict for _, _, verdict in fiction.judge(item, incidents)]


def test_a_retold_strike_is_judged_together_and_a_strike_elsewhere_apart(fiction: ModuleType) -> None:
    text = ("Drone strike kills two in the made-up town of Varnok\n\n"
            "Drones struck Varnok on Tuesday, killing two people, officials said. "
            "Separately, shelling killed a man in Kherson on Tuesday.")
    assert _judged(fiction, text, [("Drone strike", "struck")], [("struck", "shelling")]) == ["right", "right"]


def test_a_pair_judged_the_wrong_way_is_wrong(fiction: ModuleType) -> None:
    text = ("Drone strike kills two in the made-up town of Varnok\n\n"
            "Drones struck Varnok on Tuesday, killing two people, officials said.")
    assert _judged(fiction, text, [], [("Drone strike", "struck")]) == ["wrong"]


def test_a_word_of_no_incident_is_lost_not_wrong(fiction: ModuleType) -> None:
    text = "Drones struck Varnok on Tuesday, officials said, and the mayor spoke to reporters."
    assert _judged(fiction, text, [("struck", "mayor")], []) == ["lost"]


def test_a_word_missing_from_the_text_is_an_error() -> None:
    with pytest.raises(ValueError, match="not in the item's text"):
        incident_holding("Bamako", "Drones struck Varnok.", [])
