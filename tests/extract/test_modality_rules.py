"""A speech act is reported; the act it speaks of carries the doubt or the denial."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only


@pytest.mark.parametrize(
    ("text", "speech", "act", "act_modality"),
    [
        ("Activists accused the militia of burning 40 homes in Ituri.", "accusation",
         "looting_property_destruction", "alleged"),
        ("The army denied that its forces had shelled the village of Kafr Nouran.", "denial",
         "shelling_missile_attack", "denied"),
        ("The TTP threatened to attack police posts in Bannu, a local official said.", "threat",
         "armed_clash", "threatened"),
    ],
)
def test_speech_act_reported_act_qualified(extract: Extract, text: str, speech: str, act: str,
                                           act_modality: str) -> None:
    events = extract(text)
    assert only(events, speech).modality.value == "reported"
    assert only(events, act).modality.value == act_modality


def test_negation_of_a_claim_leaves_the_attack_reported(extract: Extract) -> None:
    events = extract("Gunmen attacked a checkpoint in Mopti on Sunday. The group did not immediately claim the attack.")
    attacks = [m for m in events if m.type == "armed_clash"]
    assert attacks and all(m.modality.value == "reported" for m in attacks)


def test_negation_stops_at_a_conjunct_with_its_own_subject(extract: Extract) -> None:
    events = extract("The militia does not yet pose a threat, but defectors have been fighting the army near "
                     "Kidal since Monday.")
    assert only(events, "armed_clash").modality.value == "reported"


def test_negation_of_an_occurrence_verb_negates_the_event(extract: Extract) -> None:
    assert not any(m.type == "armed_clash" for m in extract("The army did not launch an attack on the town."))
