"""Who acts: speakers are sources, demonyms that use force are state forces, figures are nobody.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.extract.actor_checks import is_nobody
from sitreps.models import EventMention, Role

VIOLENT = {"air_drone_strike", "shelling_missile_attack", "armed_clash", "attack_on_civilians"}


def initiators(events: list[EventMention]) -> list[tuple[str, str | None]]:
    return [(a.name, a.actor_id) for m in events if m.type in VIOLENT for a in m.actors if a.role == Role.INITIATOR]


def test_demonym_in_a_strike_is_that_states_forces(extract: Extract) -> None:
    found = initiators(extract("A Russian missile strike on Kharkiv killed two people on Monday."))
    assert found and all(actor_id == "ru-armed-forces" for _, actor_id in found), found


def test_the_source_of_a_report_is_not_the_initiator(extract: Extract) -> None:
    found = initiators(extract("A local official said at least 20 civilians were killed in the drone strike "
                               "on Sunday."))
    assert not any("official" in name for name, _ in found), found


def test_a_party_telling_of_its_own_act_stays_the_initiator(extract: Extract) -> None:
    found = initiators(extract("The Sudanese army said it killed 24 militants in an air strike on Tuesday."))
    assert any("army" in name for name, _ in found), found


def test_generic_forces_resolve_within_the_articles_country(extract: Extract) -> None:
    found = initiators(extract("Sudan: the army shelled a market in Omdurman on Monday, killing 12 people."))
    assert ("army", "sd-saf") in found, found


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Soldiers killed 19 gunmen in Kaduna state on Monday, the army said.", "Soldiers", "ng"),
    ("Police shot dead two robbers in Nairobi's Eastleigh district on Saturday.", "Police", "ke"),
    ("Troops Kill 19 Gunmen In Northern Town\n\nSoldiers killed 19 gunmen in Kaduna state on Monday, the army "
     "said.", "Troops", "ng"),
])
def test_a_capitalised_first_word_is_still_the_countrys_generic_force(
        extract: Extract, text: str, name: str, country: str) -> None:
    # a sentence's or a title-case headline's first word is capitalised; it is no new armed group
    actors = [a for m in extract(text) for a in m.actors if a.role == Role.INITIATOR and a.name == name]
    assert actors and all((a.actor_id or "").startswith(f"{country}-") for a in actors), actors


def test_a_name_in_capitals_is_not_a_generic_force(extract: Extract) -> None:
    # near miss: a name is a name, whatever the story's country
    found = initiators(extract("Sudan: RSF fighters shelled a market in Omdurman on Monday, killing 12 people."))
    assert found and all(actor_id != "sd-saf" for _, actor_id in found), found


@pytest.mark.parametrize(("name", "nobody"), [("207", True), ("more than 48", False), ("al", True),
                                              ("RSF", False), ("army", False), ("Gen.", True),
                                              ("Lt. Col.", True), ("Gen. Amos Kereth", False)])
def test_figures_and_fragments_are_nobody(name: str, nobody: bool) -> None:
    assert is_nobody(name) is nobody


@pytest.mark.parametrize(("text", "initiator"), [
    ("Gunmen stormed a train in Bolan on Tuesday. The assault was claimed by the Free Hills Army.", "Free Hills Army"),
    ("A bomb exploded at a market in Yala on Monday. Police blamed the attack on insurgents.", "insurgents"),
])
def test_claim_or_blame_names_the_initiator(extract: Extract, text: str, initiator: str) -> None:
    found = [a.name for m in extract(text) if m.type in VIOLENT | {"remote_explosive"}
             for a in m.actors if a.role == Role.INITIATOR]
    assert initiator in " ".join(found), found


@pytest.mark.parametrize("doers", ["gunmen", "militants"])
def test_armed_men_are_not_the_articles_state(extract: Extract, doers: str) -> None:
    found = initiators(extract(f"Sudan: {doers} attacked a market in Omdurman on Monday, killing 12 people."))
    assert found and not any(actor_id and actor_id.startswith("sd-") for _, actor_id in found), found
