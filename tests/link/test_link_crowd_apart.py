"""A crowd's event and an act of armed violence of the same town and day are two events (``crowds`` in
``data/link_groups.yaml``, ``link.crowds``).

A crackdown on marchers is never an air strike, a shelling or a bomb, and not a fight of a non-state armed
party unless that report names the crowd too; an outlet telling the crackdown as clashes of youths or a
party's supporters with the police still links. Every name and text here is fiction written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest
from link_helpers import make_doc

from sitreps.link.crowds import armed_actor, crowd_actor, crowd_apart
from sitreps.link.nodes import document_nodes
from sitreps.link.scoring import CROWD_APART, score_pair

APART = [
    ("protest", {"id:new:iraqi-security-forces", "id:iq-civilians"}, "remote_violence", {"name:a rocket"}),
    ("protest", {"id:mm-tatmadaw", "id:new:anti-regime-protesters"}, "remote_violence", {"id:mm-tatmadaw"}),
    ("protest", {"id:new:sudanese-security-forces"}, "battle", {"id:sd-rsf", "id:sd-saf"}),
    ("riot", {"name:rioters", "name:police"}, "battle", {"name:gunmen", "name:police"}),
    ("protest", {"name:police"}, "violence_against_civilians", {"name:armed militants"}),
    ("violence_against_civilians", {"name:bandits"}, "protest", {"name:soldiers", "name:demonstrators"}),
]

JOINABLE = [
    ("protest", {"name:security forces"}, "battle", {"name:security forces", "name:youths"}),
    ("protest", {"name:police"}, "battle", {"name:opposition supporters", "name:riot police"}),
    ("protest", {"name:soldiers"}, "violence_against_civilians", {"name:gunmen", "name:protesters"}),
    ("protest", {"name:police"}, "battle", set()),
    ("riot", {"name:youths"}, "violence_against_civilians", {"id:ng-civilians", "name:police"}),
    ("battle", {"id:sd-rsf"}, "remote_violence", {"id:sd-saf"}),
    ("riot", {"name:rioters"}, "protest", {"name:police"}),
]


@pytest.mark.parametrize(("family_a", "actors_a", "family_b", "actors_b"), APART)
def test_a_crowd_event_and_armed_violence_are_apart(family_a: str, actors_a: set[str], family_b: str,
                                                    actors_b: set[str]) -> None:
    assert crowd_apart(family_a, frozenset(actors_a), family_b, frozenset(actors_b))
    assert crowd_apart(family_b, frozenset(actors_b), family_a, frozenset(actors_a))


@pytest.mark.parametrize(("family_a", "actors_a", "family_b", "actors_b"), JOINABLE)
def test_a_crackdown_told_as_clashes_of_the_crowd_stays_joinable(family_a: str, actors_a: set[str],
                                                                 family_b: str, actors_b: set[str]) -> None:
    assert not crowd_apart(family_a, frozenset(actors_a), family_b, frozenset(actors_b))


@pytest.mark.parametrize(("key", "crowd", "armed"), [
    ("id:sd-civilians", True, False), ("id:new:basra-protesters", True, False), ("name:three students", True, False),
    ("id:sd-rsf", False, True), ("name:armed militants", False, True), ("id:sd-saf", False, False),
    ("name:riot police", False, False), ("name:opposition supporters", False, False),
])
def test_whose_name_is_a_crowd_or_an_armed_party(key: str, crowd: bool, armed: bool) -> None:
    assert (crowd_actor(key), armed_actor(key)) == (crowd, armed)


OMDURMAN = {"name": "Omdurman", "country": "SD", "admin1": "Khartoum", "lat": 15.64, "lon": 32.48}
CRACKDOWN = ("Sudanese security forces killed four protesters in Omdurman on Thursday, firing live rounds at "
             "marchers demanding civilian rule, a doctors' committee said.")


def _report(doc_id: str, text: str, type_id: str, trigger: str, actors: list[tuple[str, str, str | None]]) -> Any:
    spec = {"type": type_id, "trigger": trigger, "actors": actors, "place": OMDURMAN, "time": ("2026-01-22", "day")}
    return document_nodes(make_doc(doc_id, text, "2026-01-22", doc_id, spec))[0]


def test_a_battle_of_the_town_and_day_is_gated_from_the_crackdown() -> None:
    crackdown = _report("nile", CRACKDOWN, "excessive_force_against_protesters", "killed",
                        [("initiator", "Sudanese security forces", None), ("target", "protesters", "sd-civilians")])
    battle = _report("horn", "Heavy fighting broke out between the army and the Rapid Support Forces in Omdurman "
                     "on Thursday, residents said.", "armed_clash", "fighting",
                     [("participant", "the army", "sd-saf"), ("participant", "Rapid Support Forces", "sd-rsf")])
    assert score_pair(crackdown, battle).gate == CROWD_APART


def test_the_crackdown_told_as_clashes_with_the_marchers_is_not_gated() -> None:
    crackdown = _report("nile", CRACKDOWN, "excessive_force_against_protesters", "killed",
                        [("initiator", "Sudanese security forces", None), ("target", "protesters", "sd-civilians")])
    clashes = _report("horn", "Four people were killed in Omdurman on Thursday when marchers clashed with the "
                      "security forces, doctors said.", "armed_clash", "clashed",
                      [("participant", "marchers", None), ("participant", "the security forces", None)])
    assert score_pair(crackdown, clashes).gate != CROWD_APART
