"""Events told by a nominal gerund ("the retaking of the town") or by an attack named for its agent.

Fiction in the style of news, written for these tests: each sentence that must change tells its
event only through the form under test; the near-misses hold the same words in a reading that
tells no such event.
"""

from __future__ import annotations

import pytest
from extract_helpers import run

GERUNDS = [
    ("The army announced the retaking of the district headquarters from Islamist militants.",
     "government_regains_territory", "retaking"),
    ("Residents described the pounding of the old quarter by government guns through the night.",
     "shelling_missile_attack", "pounding"),
    ("Witnesses said the ransacking of the aid warehouse in Port Ariel lasted most of the afternoon.",
     "looting_property_destruction", "ransacking"),
    ("The militia's disbanding was announced on regional radio on Friday.",
     "change_to_group_activity", "disbanding"),
]

AGENT_ATTACKS = [
    ("Medics treated dozens of people for breathing problems after a chlorine attack on the suburb.", "attack"),
    ("Doctors in Idlib said the sarin attack on the town had killed 40 people.", "attack"),
    ("Rebels said government forces attacked their trenches with chlorine near the river.", "attacked"),
]

NEAR_MISSES = [
    # a gerund that only describes another noun
    ("The rallying cry of the campaign was printed on every poster in the capital.", "peaceful_protest"),
    # a gerund with no object or doer of its own
    ("There was much marching up and down in the parade ground before the ceremony.", "peaceful_protest"),
    # the agent's plant is the target, not the weapon
    ("Militants attacked a chlorine plant on the outskirts of the city overnight.", "chemical_weapon"),
]


@pytest.mark.parametrize(("text", "type_id", "trigger"), GERUNDS)
def test_nominal_gerund_tells_its_verbs_event(text: str, type_id: str, trigger: str) -> None:
    events = run([text])[0].events
    assert (type_id, trigger) in [(m.type, m.trigger.text) for m in events], [(m.type, m.trigger.text) for m in events]


@pytest.mark.parametrize(("text", "trigger"), AGENT_ATTACKS)
def test_attack_named_for_its_chemical_agent_is_a_chemical_weapon(text: str, trigger: str) -> None:
    events = run([text])[0].events
    assert [m.type for m in events if m.trigger.text == trigger] == ["chemical_weapon"], \
        [(m.type, m.trigger.text) for m in events]


@pytest.mark.parametrize(("text", "type_id"), NEAR_MISSES)
def test_near_misses_tell_no_such_event(text: str, type_id: str) -> None:
    assert type_id not in [m.type for m in run([text])[0].events]


def test_gerund_acting_on_an_abstraction_tells_no_event() -> None:
    text = "The merging of old doctrine and cheap drones has changed how armies fight, the analyst wrote."
    assert "change_to_group_activity" not in [m.type for m in run([text])[0].events]
