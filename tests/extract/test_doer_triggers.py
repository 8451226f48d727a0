"""A trigger that names a person names the doer: "a suicide bomber killed 14 worshippers" and "a suicide
bomber blew himself up" have the bomber as initiator; a group named or claiming stays first.

Every sentence here is fiction written for these tests, in the styles of wire copy and local papers.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in, only

from sitreps.models import Role

SUICIDE = "suicide_bomb"


@pytest.mark.parametrize("text", [
    "A suicide bomber blew himself up at a police checkpoint in Quetta, killing five officers.",
    "A suicide bomber killed 14 worshippers at a mosque in Peshawar on Friday.",
    "Two female suicide bombers blew themselves up at a market in Maiduguri, killing six people.",
    "A suicide bomber struck a wedding hall in Kandahar late on Saturday, officials said.",
])
def test_the_bomber_is_the_initiator(extract: Extract, text: str) -> None:
    attack = only(extract(text), SUICIDE)
    assert any("bomber" in name for name in names_in(attack, Role.INITIATOR)), names_in(attack, Role.INITIATOR)


def test_a_named_group_stays_first(extract: Extract) -> None:
    attack = only(extract("An Islamic State suicide bomber detonated his vest at a wedding in Kabul, killing 20."),
                  SUICIDE)
    assert names_in(attack, Role.INITIATOR)[0] == "Islamic State"
