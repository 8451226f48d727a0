"""Reports stating days two or more apart: evidence of two events, not of nothing.

A capital fought over on Monday and again on Wednesday, a market bombed on Sunday and again on
Tuesday, a river town shelled on the 3rd and on the 6th: one outlet's round-up tells both, each
report reading like the other. Within one article the writer's two days are two events (a gate,
as two towns are); across two outlets a day resolved against another publication date may be
off, so there the time term only counts against the pair. Near misses keep their old verdicts:
consecutive days (a night told by its evening and by its morning), a day inside a stated month,
a side stating no day. Written for sitreps (fiction in the style of wire copy).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from link_helpers import make_doc

from sitreps.link.linker import Linker
from sitreps.link.nodes import LinkNode, document_nodes
from sitreps.link.scoring import DAYS_APART, NEUTRAL, WEIGHT_TIME, score_pair
from sitreps.link.similarities import DAYS_APART_SIMILARITY, NEXT_DAY_SIMILARITY, time_similarity

TRIPOLI = {"name": "Tripoli", "country": "LY", "admin1": "Tripoli", "lat": 32.89, "lon": 13.19}
MOGADISHU = {"name": "Mogadishu", "country": "SO", "admin1": "Banaadir", "lat": 2.04, "lon": 45.34}
SITTWE = {"name": "Sittwe", "country": "MM", "admin1": "Rakhine", "lat": 20.15, "lon": 92.9}

# name: place, type, the two reports' triggers, the round-up, its two days, another outlet's report
ROUND_UPS: dict[str, tuple[dict[str, Any], str, tuple[str, str], str, tuple[str, str], str]] = {
    "capital-clashes": (
        TRIPOLI, "armed_clash", ("clashed", "fought"),
        "Rival militias clashed in southern Tripoli on Monday, residents said. "
        "The same militias fought again near the airport road on Wednesday, a local council said.",
        ("2025-05-12", "2025-05-14"),
        "Militias clashed in southern Tripoli overnight, residents told a wire service.",
    ),
    "market-bombs": (
        MOGADISHU, "remote_explosive", ("exploded", "went off"),
        "A roadside bomb exploded near a market in Mogadishu on Sunday, police said. "
        "Another bomb went off by the same market on Tuesday, witnesses said.",
        ("2024-02-04", "2024-02-06"),
        "A bomb exploded near a busy market in Mogadishu, police told reporters.",
    ),
    "town-shelled": (
        SITTWE, "shelling_missile_attack", ("shelled", "pounded"),
        "Artillery shelled the outskirts of Sittwe on 3 March, a monk said. "
        "Gunners pounded the port district of Sittwe on 6 March, residents said.",
        ("2024-03-03", "2024-03-06"),
        "Artillery shelled the outskirts of Sittwe, a monk told a local outlet.",
    ),
}


def _spec(kind: str, trigger: str, place: dict[str, Any], time: tuple[str, str] | None) -> dict[str, Any]:
    return {"type": kind, "trigger": trigger, "actors": [], "counts": [], "place": place, "time": time}


def _round_up(name: str, second: tuple[str, str] | None) -> tuple[LinkNode, LinkNode]:
    """The round-up's two reports, the second dated ``second`` (a (date, precision) pair or None)."""
    place, kind, (first_trigger, second_trigger), text, (first_day, _), _ = ROUND_UPS[name]
    doc = make_doc("r", text, first_day, "Wire One", _spec(kind, first_trigger, place, (first_day, "day")),
                   _spec(kind, second_trigger, place, second))
    a, b = document_nodes(doc)
    return a, b


def _two_outlets(name: str, other_day: str | None) -> tuple[LinkNode, LinkNode]:
    """The round-up's first report and another outlet's report of the same place, dated ``other_day``."""
    place, kind, (trigger, _), text, (first_day, _), other = ROUND_UPS[name]
    first = document_nodes(make_doc("r", text, first_day, "Wire One",
                                    _spec(kind, trigger, place, (first_day, "day"))))[0]
    second = document_nodes(make_doc("o", other, first_day, "City Radio",
                                     _spec(kind, trigger, place, (other_day, "day") if other_day else None)))[0]
    return first, second


def _shift(day: str, days: int) -> str:
    return day[:-2] + f"{int(day[-2:]) + days:02d}"


@pytest.mark.parametrize("name", sorted(ROUND_UPS))
def test_one_articles_two_days_never_link(name: str) -> None:
    second_day = ROUND_UPS[name][4][1]
    assert score_pair(*_round_up(name, (second_day, "day"))).gate == DAYS_APART


@pytest.mark.parametrize("name", sorted(ROUND_UPS))
def test_one_articles_consecutive_days_or_a_day_in_its_month_are_not_gated(name: str) -> None:
    first_day = ROUND_UPS[name][4][0]
    for second in ((_shift(first_day, 1), "day"), (first_day[:7], "month"), None):
        assert score_pair(*_round_up(name, second)).gate is None, second


@pytest.mark.parametrize("name", sorted(ROUND_UPS))
def test_two_outlets_days_apart_count_against_one_event(name: str) -> None:
    first_day = ROUND_UPS[name][4][0]
    apart = _two_outlets(name, _shift(first_day, 2))  # three days apart is a gate since round 15 (``FAR_DAYS``)
    undated = _two_outlets(name, None)
    assert score_pair(*apart).gate is None  # windows widened by two days each still meet
    assert time_similarity(*apart) == DAYS_APART_SIMILARITY < NEUTRAL
    assert dict(score_pair(*apart).terms)["time"] == WEIGHT_TIME * DAYS_APART_SIMILARITY
    assert dict(score_pair(*undated).terms)["time"] == WEIGHT_TIME * NEUTRAL
    assert score_pair(*apart).score < score_pair(*undated).score


@pytest.mark.parametrize("name", sorted(ROUND_UPS))
def test_two_outlets_on_consecutive_days_keep_their_evidence(name: str) -> None:
    first_day = ROUND_UPS[name][4][0]
    assert time_similarity(*_two_outlets(name, _shift(first_day, 1))) == NEXT_DAY_SIMILARITY
    assert time_similarity(*_two_outlets(name, first_day)) == 1.0
    assert time_similarity(*_two_outlets(name, None)) == NEUTRAL


@pytest.mark.parametrize("name", sorted(ROUND_UPS))
def test_another_outlet_does_not_chain_one_articles_two_days(name: str,
                                                              linker_factory: Callable[..., Linker]) -> None:
    """Another outlet's undated report of the place reads like both of the round-up's reports; the
    round-up's two days must still end in two events."""
    place, kind, (first_trigger, second_trigger), text, (first_day, second_day), other = ROUND_UPS[name]
    round_up = make_doc("r", text, first_day, "Wire One", _spec(kind, first_trigger, place, (first_day, "day")),
                        _spec(kind, second_trigger, place, (second_day, "day")))
    report = make_doc("o", other, second_day, "City Radio", _spec(kind, first_trigger, place, None))
    linker = linker_factory()
    linker.add_many([round_up, report])
    groups = [{ref.mention_id for ref in event.mentions} for event in linker.events()]
    assert not any({"r:m0", "r:m1"} <= group for group in groups), groups
