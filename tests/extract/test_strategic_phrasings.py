"""Strategic, verbal and unrest events told in phrasings the lexicons missed (round 15, issue #14 recall),
and the other senses of their words (a club deserted, a camp set up by students, a coach's call-up).

Fiction in news style, written for sitreps."""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(("text", "expected"), [
    ("Two hundred conscripts fled their unit near Kherson last week, a military court said.", "desertion"),
    ("The fighters built a new outpost on the ridge above Beni, villagers said.", "base_established"),
    ("The army set up a forward command post at the airstrip in Kidal.", "base_established"),
    ("Villagers beat a suspected kidnapper to death near Gusau on Sunday.", "mob_violence"),
    ("An angry crowd set upon a man accused of stealing a phone in Kampala.", "mob_violence"),
    ("The kidnappers asked for a ransom of two million dollars for the engineers.", "demand"),
    ("The militia leader vowed to kill any official who returned to the district.", "threat"),
    ("Police found a stockpile of weapons buried under a farmhouse near Culiacan.", "disrupted_weapons_use"),
    ("The army and the rebels agreed to halt hostilities in North Kivu for a week.", "ceasefire"),
    ("Bamako charged that Algiers was sheltering separatist leaders.", "accusation"),
    ("Police shot two demonstrators outside the parliament in Kampala.", "excessive_force_against_protesters"),
    ("The ministry sent 300 police officers to the border town of Sittwe.", "mobilisation"),
    ("Hundreds of families were forced from their homes in Ituri by the raids.", "displacement"),
    ("The armed group renamed itself the Sahel Liberation Front in a video.", "change_to_group_activity"),
])
def test_the_phrasing_tells_its_event(extract: Extract, text: str, expected: str) -> None:
    types = [m.type for m in extract(text)]
    assert expected in types, types


@pytest.mark.parametrize(("text", "absent"), [
    ("The winger deserted his club for a rival in Cairo.", "desertion"),
    ("The students set up a camp by the river for the summer.", "base_established"),
    ("The bank demanded higher interest on farm loans in Kano.", "demand"),
    ("A storm threatened the harvest across the Rift Valley.", "threat"),
    ("The coach called up four uncapped players for the match against Mali.", "mobilisation"),
    ("Investors fled emerging-market bonds as the dollar rose.", "displacement"),
    ("The telecoms company merged its two subsidiaries in Accra.", "change_to_group_activity"),
    ("The goalkeeper downed a bottle of water at half time.", "disrupted_weapons_use"),
])
def test_the_other_sense_tells_no_event(extract: Extract, text: str, absent: str) -> None:
    assert absent not in [m.type for m in extract(text)]
