"""The party charged by a verb of accusing did the act it is charged with; the accuser did not.

Fiction written for sitreps: a passive or a headline participle of accusing ("was accused of",
"blamed for", "suspected of") has the charged party as its subject, which used to read as the act's
victim or as a speaker. An active accusation keeps its object as the doer.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only, roles


@pytest.mark.parametrize(
    ("text", "type_id", "doer"),
    [
        ("The army was accused of killing 30 villagers in a raid on Dioura on Tuesday.",
         "attack_on_civilians", "The army"),
        ("RSF accused of massacre in Darfur town", "attack_on_civilians", "RSF"),
        ("Houthis blamed for drone attack on tanker in Red Sea", "air_drone_strike", "Houthis"),
        ("Mai-Mai fighters were suspected of burning 60 homes in Fizi territory last week.",
         "looting_property_destruction", "Mai-Mai fighters"),
    ],
)
def test_the_charged_party_is_the_doer(extract: Extract, text: str, type_id: str, doer: str) -> None:
    found = roles(only(extract(text), type_id))
    assert found.get("initiator") == [doer], found
    assert doer not in found.get("target", []), found


@pytest.mark.parametrize(
    ("text", "type_id", "doer", "accuser"),
    [
        # the accuser is the subject and the charged party the object: the object did it
        ("Rights groups accused the police of burning 12 homes in Kasese.", "looting_property_destruction",
         "the police", "Rights groups"),
        ("Kyiv accused Russian forces of shelling a hospital in Kupiansk on Wednesday.",
         "shelling_missile_attack", "Russian forces", "Kyiv"),
    ],
)
def test_the_accuser_is_no_doer(extract: Extract, text: str, type_id: str, doer: str, accuser: str) -> None:
    found = roles(only(extract(text), type_id))
    assert found.get("initiator") == [doer], found
    assert accuser not in [name for names in found.values() for name in names], found
