"""A crowd that hurls, throws, pelts or smashes is a violent demonstration (ACLED: demonstrators use violence
or destroy property), wherever the missile stands in the sentence ("hurled fireworks and stones at police").
Near misses: flowers thrown at soldiers, soldiers hurling grenades, and fans throwing flares are no riot.

Every article here is fiction written for these tests, in the voices of wire copy, a local paper and a live
page, from several countries.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

VIOLENT = "violent_demonstration"


def _types(extract: Extract, text: str) -> list[tuple[str, str]]:
    return [(m.type, m.trigger.text) for m in extract(text)]


@pytest.mark.parametrize("text", [
    "Protesters in Tbilisi on Wednesday hurled fireworks and stones at police outside the parliament building, "
    "the interior ministry said.",
    "Thousands marched in Belgrade on Sunday against the government. Later in the evening a group of protesters "
    "smashed the windows of the ruling party's office, local media reported.",
    "Protesters threw petrol bombs at riot police in Nairobi's central business district on Tuesday.",
    "A crowd of protesters threw eggs at the minister's car in Tbilisi on Thursday, footage showed.",
    "Demonstrators lobbed bottles and bricks at officers guarding the electoral commission in "
    "Maputo on Friday.",
    "Hundreds of youths flung rocks at a police convoy in Jos on Saturday during a protest over the curfew, "
    "residents said.",
])
def test_a_crowd_that_throws_or_smashes_is_a_violent_demonstration(extract: Extract, text: str) -> None:
    types = _types(extract, text)
    assert VIOLENT in {t for t, _ in types}, types


@pytest.mark.parametrize("text", [
    "Supporters of the opposition threw flowers at soldiers guarding the parliament in Yerevan on Monday.",
    "Soldiers hurled grenades at a rebel position near Kidal on Tuesday, the army said.",
    "Fans threw flares onto the pitch during the derby in Belgrade on Saturday.",
])
def test_other_throwing_is_no_violent_demonstration(extract: Extract, text: str) -> None:
    types = _types(extract, text)
    assert VIOLENT not in {t for t, _ in types}, types
