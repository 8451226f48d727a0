"""A linked event whose reports tell a part of it (prisoners taken, a library burnt) takes the type
of the whole its other reports give (``part_of`` in data/incident_kinds.yaml, link.type_choice)."""

from __future__ import annotations

from sitreps.link.consensus import build_fields
from sitreps.link.contributions import Contribution
from sitreps.link.type_choice import told_as_part
from sitreps.models import MentionRef


def _refs(*ids: str) -> dict[str, MentionRef]:
    return {m: MentionRef(mention_id=m, document_id=m[0], outlet=f"Outlet {m[0]}", published_at="2024-02-18",
                          originator=f"text:{m[0]}") for m in ids}


def _type(*given: tuple[str, str], background: frozenset[str] = frozenset()) -> str:
    contributions = [Contribution("type", type_id, type_id, mention_id, None) for mention_id, type_id in given]
    (field,) = build_fields(contributions, _refs(*(m for m, _ in given)), background)
    return str(field.value)


def test_a_town_taken_wins_over_the_prisoners_and_the_fighting_more_reports_tell() -> None:
    # Two outlets tell the soldiers captured and the battle; one tells the town's fall.
    assert _type(("a1", "surrender_capture"), ("a2", "armed_clash"), ("b1", "surrender_capture"),
                 ("b2", "armed_clash"), ("b3", "non_state_overtakes_territory")) == "non_state_overtakes_territory"


def test_a_burnt_library_is_the_riot_it_was_burnt_in() -> None:
    assert _type(("a1", "looting_property_destruction"), ("b1", "looting_property_destruction"),
                 ("c1", "violent_demonstration")) == "violent_demonstration"


def test_a_whole_told_only_in_background_does_not_decide() -> None:
    # "three years after the army recaptured the region": the capture is not today's news.
    assert _type(("a1", "armed_clash"), ("a2", "government_regains_territory"),
                 background=frozenset({"a2"})) == "armed_clash"


def test_parts_of_another_kind_keep_their_rank() -> None:
    assert not told_as_part("armed_clash", ["air_drone_strike"])  # a clash is no part of a strike
    assert told_as_part("withdrawal", ["government_regains_territory"])
    assert not told_as_part("government_regains_territory", ["surrender_capture"])


def test_arrests_made_at_a_protest_are_the_protest() -> None:
    # ACLED codes arrests at a demonstration as its intervention, not as arrests of their own.
    assert _type(("a1", "arrest"), ("b1", "arrest"), ("c1", "peaceful_protest")) == "peaceful_protest"
    assert _type(("a1", "arrest"), ("b1", "protest_with_intervention")) == "protest_with_intervention"
    assert _type(("a1", "arrest"), ("b1", "arrest"), ("c1", "violent_demonstration")) == "violent_demonstration"


def test_arrests_alone_or_beside_violence_stay_arrests() -> None:
    assert _type(("a1", "arrest"), ("b1", "arrest")) == "arrest"
    assert not told_as_part("arrest", ["armed_clash"])  # suspects arrested after a clash are arrests
    assert not told_as_part("arrest", ["abduction"])


def test_a_protest_told_peaceful_by_some_reports_is_what_the_others_saw_done_in_it() -> None:
    # ACLED codes a demonstration by what happened in it: a rally that turned violent is a riot, one
    # the police broke up or fired on is a protest with intervention or excessive force.
    assert _type(("a1", "peaceful_protest"), ("b1", "peaceful_protest"),
                 ("c1", "violent_demonstration")) == "violent_demonstration"
    assert _type(("a1", "peaceful_protest"), ("b1", "protest_with_intervention")) == "protest_with_intervention"
    assert _type(("a1", "peaceful_protest"), ("a2", "excessive_force_against_protesters"),
                 ("b1", "peaceful_protest")) == "excessive_force_against_protesters"
    # Near-miss: a protest beside an incident of another kind keeps its type.
    assert _type(("a1", "peaceful_protest"), ("b1", "peaceful_protest"), ("c1", "armed_clash")) == "peaceful_protest"
