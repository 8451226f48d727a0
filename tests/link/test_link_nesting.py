"""Consensus prefers the finer of values that agree, and the news over background retellings."""

from __future__ import annotations

import pytest

from sitreps.link.consensus import build_fields
from sitreps.link.contributions import Contribution
from sitreps.link.nesting import contains, place_level, precision
from sitreps.models import FieldValue, MentionRef


def _refs(*documents: str) -> dict[str, MentionRef]:
    """One mention per document, each document its own outlet and originator, published in order."""
    return {
        f"{d}:m0": MentionRef(mention_id=f"{d}:m0", document_id=d, outlet=f"Outlet {d}",
                              published_at=f"2024-05-0{i + 1}", originator=f"text:{d}")
        for i, d in enumerate(documents)
    }


def _winner(field: str, values: dict[str, FieldValue], background: frozenset[str] = frozenset()) -> FieldValue:
    refs = _refs(*values)
    contributions = [Contribution(field, value, str(value), f"{d}:m0", None) for d, value in values.items()]
    (consensus,) = build_fields(contributions, refs, background)
    return consensus.value


@pytest.mark.parametrize(
    ("field", "outer", "inner", "inside"),
    [
        ("place", "Ukraine/?/Ukraine", "Ukraine/Kharkiv Oblast/Izium", True),
        ("place", "Ukraine/Kharkiv Oblast/Kharkiv Oblast", "Ukraine/Kharkiv Oblast/Izium", True),
        ("place", "Ukraine/Sumy Oblast/Sumy Oblast", "Ukraine/Kharkiv Oblast/Izium", False),
        ("place", "Russia/?/Russia", "Ukraine/Kharkiv Oblast/Izium", False),
        ("place", "Ukraine/Kharkiv Oblast/Izium", "Ukraine/?/Ukraine", False),
        ("place", "Ukraine/Kharkiv Oblast/Kupiansk", "Ukraine/Kharkiv Oblast/Izium", False),
        ("time", "2024-05-01/2024-05-31", "2024-05-08/2024-05-08", True),
        ("time", "2024-05-06/2024-05-12", "2024-05-14/2024-05-14", False),
        ("count:killed", "10-", 12, True),
        ("count:killed", "-10", 12, False),
        ("count:killed", 12, "10-", False),
        ("actor:initiator", "id:a", "id:b", False),
    ],
)
def test_which_values_contain_which(field, outer, inner, inside):
    assert contains(field, outer, inner) is inside


def test_place_levels_and_precision():
    assert place_level("Chad/?/Chad") == 0
    assert place_level("Chad/Ouaddaï/Ouaddaï") == 1
    assert place_level("Chad/Ouaddaï/Abéché") == 2
    assert precision("time", "2024-05-08/2024-05-08") > precision("time", "2024-05-01/2024-05-31")
    assert precision("count:killed", 7) > precision("count:killed", "5-9") > precision("count:killed", "5-")


def test_the_town_wins_over_the_country_that_agrees_with_it():
    # two wires name only the country (one read it off "the Chadian army said"), a local paper the town
    values = {"w1": "Chad/?/Chad", "w2": "Chad/?/Chad", "local": "Chad/Ouaddaï/Abéché"}
    assert _winner("place", values) == "Chad/Ouaddaï/Abéché"


def test_the_town_does_not_win_over_two_reports_of_another_town():
    values = {"w1": "Chad/Ouaddaï/Adré", "w2": "Chad/Ouaddaï/Adré", "local": "Chad/Ouaddaï/Abéché"}
    assert _winner("place", values) == "Chad/Ouaddaï/Adré"


def test_a_bare_country_of_another_state_loses_to_a_named_place():
    # a deal signed abroad: one report names the host city, another only the country of a party
    values = {"a": "Sudan/?/Sudan", "b": "Saudi Arabia/Makkah/Jeddah"}
    assert _winner("place", values) == "Saudi Arabia/Makkah/Jeddah"


def test_the_stated_day_wins_over_the_month_it_falls_in():
    values = {"a": "2024-05-01/2024-05-31", "b": "2024-05-01/2024-05-31", "c": "2024-05-08/2024-05-08"}
    assert _winner("time", values) == "2024-05-08/2024-05-08"


def test_an_exact_toll_wins_over_an_open_range_that_allows_it():
    values = {"a": "10-", "b": "10-", "c": 12}
    assert _winner("count:killed", values) == 12


def test_a_toll_outside_the_range_does_not_take_its_support():
    values = {"a": "10-", "b": "10-", "c": 4}
    assert _winner("count:killed", values) == "10-"


def test_a_background_retelling_does_not_set_the_toll():
    # the later report recalls last year's ambush (40 killed) beside this week's (3 killed)
    values = {"recalls": 40, "also": 40, "news": 3}
    assert _winner("count:killed", values, frozenset({"recalls:m0", "also:m0"})) == 3
    assert _winner("count:killed", values) == 40
