"""Words that look like triggers but report no event: names, dates, modifiers, participants, speech."""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(
    ("text", "not_type"),
    [
        ("On 3 March 2024, soldiers arrested two men in Gao.", "peaceful_protest"),  # the month "March"
        ("A roadside bomb hit a Popular Mobilization Forces vehicle near Tikrit.", "mobilisation"),  # a name
        ("The Tigray People's Liberation Front elected a new chairman.", "government_regains_territory"),
        ("Police arrested three protest organisers in Dhaka.", "peaceful_protest"),  # noun modifier
        ("The army flew an attack helicopter over the valley.", "armed_clash"),  # noun modifier
        ("Aid agencies delivered food to hostages' families in Tel Aviv.", "abduction"),  # participants
        ("The ministry announced new rules for schools.", "statement"),  # 'announce' is not a statement
        ("Deminers defused a roadside bomb on the road to Kunduz.", "remote_explosive"),  # object of an event
        ("Firefighters battled a blaze at a warehouse in Lagos.", "armed_clash"),  # vetoed object
        ("The proposal was shot down by critics in parliament.", "disrupted_weapons_use"),
        ("Photos showed bodies dispersed among the wreckage of the clinic in Kalda.",
         "protest_with_intervention"),  # things scatter; crowds are dispersed
    ],
)
def test_not_an_event(extract: Extract, text: str, not_type: str) -> None:
    assert not_type not in [m.type for m in extract(text)]


@pytest.mark.parametrize(
    ("text", "type_id"),
    [
        ("Thousands of people marched through Belgrade on Saturday.", "peaceful_protest"),
        ("The army spokesman gave details at a press conference in Bamako.", "statement"),
        ("A roadside bomb exploded near a checkpoint in Tarmiyah, wounding two.", "remote_explosive"),
        ("Moscow denied the attack on the convoy.", "armed_clash"),  # a denied act is still annotated
        ("Fighters fired more than 300 rockets at army posts in Metula.", "shelling_missile_attack"),
        ("Russia launched 14 drones at Kharkiv overnight.", "air_drone_strike"),
        ("The two sides met for talks in Istanbul on Friday.", "negotiation"),
        # title-case headlines: the tagger's names and compounds are unreliable there
        ("Rebels Seize Key Town In Eastern Congo", "non_state_overtakes_territory"),
        ("Clashes Erupt In Tripoli As Rival Militias Battle For Control", "armed_clash"),
        ("Sudanese Army Announces Recapture Of Omdurman Bridge", "government_regains_territory"),
    ],
)
def test_still_an_event(extract: Extract, text: str, type_id: str) -> None:
    assert type_id in [m.type for m in extract(text)]


def test_a_noun_retelling_a_verb_is_one_event(extract: Extract) -> None:
    events = extract("The last French troops pulled out of the base in Gao, completing a withdrawal ordered in May.")
    assert [m.trigger.text[:10] for m in events if m.type == "withdrawal"] == ["pulled out"]
