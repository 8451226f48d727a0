"""Quantities: exact numbers, qualifiers, ranges and vague words as value/low/high."""

import pytest

from sitreps.annotate.quantities import find_quantity, number_value
from sitreps.language_data import table


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("11 servicemen", 11, 11, 11),
        ("Twelve soldiers", 12, 12, 12),
        ("at least 12 civilians", 12, 12, None),
        ("more than 1,200 people", None, 1200, None),
        ("up to 50 people", None, None, 50),
        ("between 20 and 30 fighters", None, 20, 30),
        ("20-30 people", None, 20, 30),
        ("dozens of protesters", None, 24, None),
        ("hundreds of families", None, 200, None),
        ("two dozen troops", 24, 24, 24),
        ("one hundred and twenty people", 120, 120, 120),
        ("several villagers", None, 3, None),
        ("about 40 people", 40, None, None),
        ("some 50 soldiers", 50, None, None),
        ("an estimated 3,000 residents", 3000, None, None),
        ("hundreds of thousands of people", None, 200000, None),
        ("tens of thousands of people", None, 20000, None),
        ("nearly 900 detainees", None, None, 900),
    ],
)
def test_quantities(text: str, value: int | None, low: int | None, high: int | None) -> None:
    quantity = find_quantity(text)
    assert quantity is not None
    assert (quantity.value, quantity.low, quantity.high) == (value, low, high)


@pytest.mark.parametrize("text", ["the soldiers", "someone fired", "a convoy", "an attack"])
def test_no_quantity(text: str) -> None:
    assert find_quantity(text) is None


def test_offsets_point_at_the_number() -> None:
    text = "the attack killed at least 12 civilians"
    quantity = find_quantity(text)
    assert quantity is not None
    assert text[quantity.start:quantity.end] == "at least 12"


def test_number_words() -> None:
    assert number_value("twenty-one") == 21
    assert number_value("1,500") == 1500
    assert number_value("banana") is None


@pytest.mark.parametrize(("text", "low"), [("several dozen fighters", 36), ("a few hundred people", 200)])
def test_vague_multiples(text: str, low: int) -> None:
    quantity = find_quantity(text)
    assert quantity is not None and (quantity.value, quantity.low) == (None, low)


def test_a_question_is_no_quantity() -> None:
    assert find_quantity("how many people") is None
    assert find_quantity("How  many") is None


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        # a qualifier keeps its hold across the article of "a dozen", "a hundred"
        ("more than a dozen villagers", None, 12, None),
        ("over a hundred worshippers", None, 100, None),
        ("at least a dozen soldiers", 12, 12, None),
        ("nearly a thousand detainees", None, None, 1000),
        ("around a dozen fighters", 12, None, None),
        # "as many as" bounds from above; "many" alone is vague
        ("as many as 30 civilians", None, None, 30),
        ("as many as a hundred people", None, None, 100),
        # near misses: no qualifier, or an article before a plain number word
        ("a dozen policemen", 12, 12, 12),
        ("a hundred protesters", 100, 100, 100),
    ],
)
def test_qualified_multiples_with_an_article(text: str, value: int | None, low: int | None, high: int | None) -> None:
    quantity = find_quantity(text)
    assert quantity is not None
    assert (quantity.value, quantity.low, quantity.high) == (value, low, high)
    assert text[quantity.start:quantity.end] == text.rsplit(" ", 1)[0]


@pytest.mark.parametrize(
    ("text", "value"),
    [("one thousand two hundred and five", 1205), ("three dozen", 36), ("two million", 2000000),
     ("one hundred and twenty", 120), ("twenty-one", 21)],
)
def test_multipliers_and_joiners_from_the_word_list(text: str, value: int) -> None:
    # multipliers ("dozen", "hundred") and the joining "and" come from data/en/quantities.yaml
    assert number_value(text) == value


def test_number_words_live_in_the_english_folder() -> None:
    quantities = table("quantities")
    assert {"dozen", "hundred"} <= set(quantities["multipliers"])
    assert quantities["range_openers"] == ["between"]
    assert "dozen" in quantities["numbers"]


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        # a number told in halves is the half, not the dozen it names
        ("half a dozen soldiers", 6, 6, 6),
        ("a half-dozen farmers", 6, 6, 6),
        ("a half dozen police officers", 6, 6, 6),
        # "tens of" is at least twenty; "tens of thousands" keeps its own bound
        ("tens of civilians", None, 20, None),
        ("tens of thousands of residents", None, 20000, None),
        # "close to" and "just under" bound from above, like "nearly"
        ("close to 40 villagers", None, None, 40),
        ("close to a hundred people", None, None, 100),
        ("just under 50 miners", None, None, 50),
        # "upward of" and "in excess of" bound from below
        ("upward of 30 fighters", 30, 30, None),
        ("in excess of 100 detainees", None, 100, None),
        # near misses: a plain dozen, and a dozen under a qualifier
        ("a dozen rangers", 12, 12, 12),
        ("more than a dozen pilgrims", None, 12, None),
    ],
)
def test_halves_tens_and_upper_bounds(text: str, value: int | None, low: int | None, high: int | None) -> None:
    quantity = find_quantity(text)
    assert quantity is not None
    assert (quantity.value, quantity.low, quantity.high) == (value, low, high)
