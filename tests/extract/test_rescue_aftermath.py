"""An operation to free the people an abduction took is its aftermath, not an incident of its own.

Every sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.extract.counts import KILLED

OPERATION_TYPES = ("special_operation", "mobilisation")


@pytest.mark.parametrize("text", [
    # Nigeria: a school kidnapping, troops deployed to free the pupils
    "Gunmen abducted 87 pupils from a boarding school in Kuriga, Kaduna State, on Thursday, police said. "
    "Troops were deployed to the forest to free the abducted pupils, the governor said.",
    # Pakistan: a train hijacking, a rescue operation without object
    "Separatist fighters hijacked a passenger train in Bolan district on Tuesday and took more than 300 "
    "passengers hostage. Security forces launched a rescue operation on Wednesday, officials said.",
    # Haiti: gang kidnapping, police deployed to rescue
    "A gang kidnapped 17 missionaries east of Port-au-Prince on Saturday, police said. "
    "Police deployed officers to the area on Sunday to rescue the hostages.",
    # Mexico: miners kidnapped, soldiers deployed to search for them
    "Armed men kidnapped 20 workers from a mine in Zacatecas state on Monday, prosecutors said. "
    "The state deployed 300 soldiers to search for the kidnapped miners.",
    # Sahel: women taken, a convoy mobilised to recover them
    "Jihadists abducted about 50 women gathering fruit near Arbinda on Thursday, a local official said. "
    "The army mobilised a convoy to recover the women, he added.",
    # a rescue of some of the hostages, told by its own verb
    "Bandits kidnapped 40 villagers in Zamfara on Sunday. Soldiers rescued 25 of the hostages on Tuesday, "
    "the army said.",
    # forces sent after the taking
    "Kidnappers seized a bus carrying 30 traders near Kachia on Friday. Hundreds of police officers were "
    "deployed to the area after the kidnapping, a spokesman said.",
    # forces sent to the scene: a definite place noun that points back to the taking
    "Gunmen kidnapped 20 worshippers from a church in Kogi State on Sunday. Police and soldiers have been "
    "deployed to the area, a spokesman said.",
    "Armed men abducted a French aid worker in Agadez on Tuesday, officials said. Additional troops were "
    "deployed in the forest where the hostage is believed to be held.",
    "Bandits abducted 15 farmers in Katsina on Monday. The governor ordered the deployment of security "
    "forces to the community.",
    "Gang members kidnapped a bus driver and six passengers in Croix-des-Bouquets on Friday. Police "
    "deployed a tactical unit to the neighbourhood on Saturday.",
    # a taking told by a verb of seizing people, and a search operation
    "Gunmen seized 30 passengers from a bus in Tamaulipas. Authorities mobilised soldiers and police in a "
    "search operation, the prosecutor said.",
])
def test_an_operation_to_free_the_taken_is_no_row(extract: Extract, text: str) -> None:
    events = extract(text)
    assert any(m.type == "abduction" for m in events), [(m.type, m.trigger.text) for m in events]
    assert not [m for m in events if m.type in OPERATION_TYPES], [(m.type, m.trigger.text) for m in events]


def test_a_rescue_told_alone_stays(extract: Extract) -> None:
    # near miss: the only sentence tells the rescue; the hostages name what was done, no taking is told
    events = extract("Special forces carried out a raid to rescue three hostages from a compound near Gao on "
                     "Monday, the ministry said.")
    assert any(m.type == "special_operation" for m in events), [(m.type, m.trigger.text) for m in events]


def test_a_deployment_with_no_taking_told_stays(extract: Extract) -> None:
    # near miss: a deployment against a group, no abduction in the article
    events = extract("The army deployed 2,000 troops to Borno State on Monday to fight the insurgents, officials said.")
    assert any(m.type == "mobilisation" for m in events)


def test_a_deployment_with_a_place_of_its_own_stays(extract: Extract) -> None:
    # near miss: a taking is told, but the deployment has a place and a purpose of its own
    events = extract("Al-Shabaab fighters abducted six teachers near Mandera on Monday. Kenya deployed more troops "
                     "along the border on Wednesday to stop cross-border raids, the interior ministry said.")
    assert any(m.type == "mobilisation" for m in events)


def test_seizing_ground_is_no_taking(extract: Extract) -> None:
    # near miss: "seized the town" takes ground, not people; forces sent to the area are news
    events = extract("Rebels seized the town of Kalehe on Monday, residents said. The army deployed "
                     "reinforcements to the area on Tuesday.")
    assert any(m.type == "mobilisation" for m in events)


def test_freeing_a_road_is_no_rescue(extract: Extract) -> None:
    # near miss: a word of freeing whose article tells no taking
    events = extract("Police deployed 500 officers to free the road blocked by protesters in Lima on Monday.")
    assert any(m.type == "mobilisation" for m in events)


def test_an_evacuation_from_shelling_stays(extract: Extract) -> None:
    # near miss: an evacuation is no freeing of the taken
    events = extract("Rescuers evacuated 200 residents from Kupiansk on Monday as shelling intensified, "
                     "the governor said.")
    assert any(m.type == "special_operation" for m in events)


def test_a_rescue_that_became_a_gun_battle_keeps_the_fight(extract: Extract) -> None:
    # near miss: the fight of the rescue, with its toll, is an incident ACLED codes as a clash
    events = extract("Gunmen kidnapped 12 passengers on the Abuja-Kaduna highway on Friday. Soldiers launched a "
                     "rescue operation on Saturday and clashed with the kidnappers, killing seven of them, "
                     "the army said.")
    clash = [m for m in events if m.type == "armed_clash"]
    assert clash and any(c.what == KILLED and c.value == 7 for m in clash for c in m.counts)
    assert any(m.type == "abduction" for m in events)
