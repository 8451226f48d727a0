"""Two doers whole articles lost (round 16, ``extract.arguments``).

A verb of defence whose object is an assault with its doer named ("troops foiled an attack by ISWAP
fighters on a base, killing 15") tells that assault: its doer is the initiator and the defenders its
target, whatever the sentence was typed and whichever of its words ("foiled", "killing") is the
trigger. A weapon or an event noun that is a clause's subject ("shells fired by the RSF hit a
market", "an offensive launched by the army killed ...") is never the doer: its own doer is.

Sentences written for these tests (fiction in the style of news), from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in

from sitreps.models import EventMention, Role


def _initiators(events: list[EventMention]) -> list[str]:
    return [name for m in events for name in names_in(m, Role.INITIATOR)]


FOILED = [
    ("Nigerian troops foiled an attack by ISWAP fighters on a military base in Monguno late on Friday, killing "
     "15 of the insurgents, an army spokesman said.", "ISWAP", "troops"),
    ("Malian soldiers thwarted an assault by JNIM gunmen on their camp near Boni on Sunday, killing 11 of the "
     "attackers, the army said in a statement.", "JNIM", "soldiers"),
    ("Police in Mogadishu foiled a raid by al-Shabaab militants on a checkpoint on Tuesday, killing four of "
     "them, a police officer said.", "Shabaab", "Police"),
]


@pytest.mark.parametrize(("text", "attacker", "defender"), FOILED)
def test_a_foiled_attack_is_the_attackers(extract: Extract, text: str, attacker: str, defender: str) -> None:
    initiators = _initiators(extract(text))
    assert any(attacker in name for name in initiators), initiators
    assert not any(defender in name for name in initiators), initiators


@pytest.mark.parametrize(("text", "doer"), [
    ("Police in Lagos foiled a bomb plot on Monday and arrested three suspects, a spokesman said.", "Police"),
    ("Soldiers repelled the attack on Sunday, killing six of the gunmen, the army said.", None),
])
def test_a_foiling_that_names_no_attacker(extract: Extract, text: str, doer: str | None) -> None:
    """Near misses: a plot foiled (the police did the foiling), and an attack whose doer is not named
    (the defenders are still not its initiator)."""
    initiators = _initiators(extract(text))
    if doer is None:
        assert not any("Soldiers" in name for name in initiators), initiators
    else:
        assert any(doer in name for name in initiators), initiators


@pytest.mark.parametrize(("text", "doer", "means"), [
    ("Shells fired by the Rapid Support Forces hit a market in El Fasher on Thursday, killing at least 12 "
     "civilians, a local committee said.", "Rapid Support Forces", "Shells"),
    ("Missiles launched by the Houthis struck a tanker in the Gulf of Aden on Monday, wounding two sailors, "
     "the shipping agency said.", "Houthis", "Missiles"),
])
def test_the_weapon_is_no_doer(extract: Extract, text: str, doer: str, means: str) -> None:
    initiators = _initiators(extract(text))
    assert any(doer in name for name in initiators), initiators
    assert not any(name.startswith(means) for name in initiators), initiators


def test_a_gunman_subject_stays_the_doer(extract: Extract) -> None:
    """Near miss: a people subject of the same verbs is the doer as before."""
    initiators = _initiators(extract("Gunmen fired on a market in Maiduguri on Thursday, killing at least 12 "
                                     "traders, police said."))
    assert any("Gunmen" in name for name in initiators), initiators
