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
