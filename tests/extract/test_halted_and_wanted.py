"""Acts that did not happen inside a sentence that tells another (round 16, issues #13/#14 "Types"):
an act halted or put off, a demand that is a protest's claim, what a demand or threat asks for, weapons
listed in a cache found, harm denied beside an interception; and new phrasings of troop build-ups and of
ground handed over, with near misses that must keep their event.

Fiction in news style, written for sitreps."""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(("text", "absent"), [
    ("The government said it would pause air raids on the group's camps in Catatumbo.", "air_drone_strike"),
    ("The junta suspended drone strikes on the Kachin hills for a week.", "air_drone_strike"),
    ("Thousands of teachers marched through Nairobi to demand the payment of salary arrears.", "demand"),
    ("Hundreds of farmers rallied in Lahore on Monday calling for lower fuel prices.", "demand"),
    ("Several hundred people marched to the governor's office in Kankan on Friday to deliver a letter demanding "
     "the release of detained activists.", "demand"),  # round 29: the letter's demand is the march's claim
    ("The council demanded the immediate release of all hostages held in Gao.", "prisoner_exchange"),
    ("Troops uncovered a cache of weapons in a farmhouse near Sokoto, including mortar rounds.",
     "shelling_missile_attack"),
    ("Air defences intercepted eleven drones over the airport before dawn, and no one was hurt.",
     "air_drone_strike"),
    # round 24: a strike or march called off, cancelled or put off (active, passive, headline)
    ("Bus and minibus drivers' unions called off a strike planned for Friday after talks with the ministry.",
     "peaceful_protest"),
    ("Ports reopen as dockers' strike is called off", "peaceful_protest"),
    ("Union leaders called off the general strike in Lima on Thursday after talks with the ministry.",
     "peaceful_protest"),
    ("The teachers' union postponed its march on parliament until after the budget vote.", "peaceful_protest"),
    ("Opposition leaders cancelled Saturday's rally in Harare, citing threats to their supporters.",
     "peaceful_protest"),
])
def test_the_act_that_did_not_happen_gives_no_row(extract: Extract, text: str, absent: str) -> None:
    assert absent not in [m.type for m in extract(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Troops uncovered a cache of weapons in a farmhouse near Sokoto, including mortar rounds.",
     "disrupted_weapons_use"),
    ("Air defences intercepted eleven drones over the airport before dawn, and no one was hurt.",
     "disrupted_weapons_use"),
    ("Air defences intercepted a missile over Kharkiv but debris hit a house, injuring two people.",
     "shelling_missile_attack"),  # harm told, not denied: the attack is the event
    ("Russian forces launched air raids on Kharkiv overnight, wounding seven people.", "air_drone_strike"),
    ("Kyiv said Russia had concentrated about 20,000 troops near Kupiansk for a new push.", "mobilisation"),
    ("The army is massing troops along the border with Tigray, diplomats said.", "mobilisation"),
    ("The militants handed control of the town of Mahaday to clan elders on Monday.",
     "non_violent_territory_transfer"),
    ("The union demanded the payment of arrears before the end of the month.", "demand"),
    ("Hundreds of farmers rallied in Lahore on Monday calling for lower fuel prices.", "peaceful_protest"),
    ("About 500 teachers gathered at the county offices in Kisumu before dispersing peacefully.",
     "peaceful_protest"),
    # round 24 near misses: a strike that went ahead after a call-off failed, a rally that called for an end
    ("Dock workers went on strike in Mombasa on Monday after talks to call off the stoppage failed.",
     "peaceful_protest"),
    ("Thousands rallied in Lima on Saturday, calling off traffic on the main avenue for hours.", "peaceful_protest"),
])
def test_the_event_told_stays(extract: Extract, text: str, expected: str) -> None:
    types = [m.type for m in extract(text)]
    assert expected in types, types


@pytest.mark.parametrize("text", [
    "Troops said a rifle, a homemade bomb and bomb-making materials were recovered at the hideout near Marawi.",
    "Police found an explosive device in the boot of a car stopped outside Kandahar on Friday.",
    "Residents discovered two unexploded grenades in a field east of Kaduna and called the army.",
    "The militia commander said his men had confiscated a cache of landmines and rockets at Dire.",
])
def test_a_weapon_found_is_no_attack(extract: Extract, text: str) -> None:
    """Round 29: a weapon found or handed over names a thing, not its use."""
    remote = {"remote_explosive", "grenade", "shelling_missile_attack", "air_drone_strike"}
    assert not remote & {m.type for m in extract(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Rescuers recovered the bodies of three people killed in the bombing of a market in Maiduguri.",
     "remote_explosive"),
    ("A bomb found near the bus station exploded on Monday, killing two people in Mogadishu.", "remote_explosive"),
])
def test_an_explosion_beside_a_find_stays(extract: Extract, text: str, expected: str) -> None:
    assert expected in [m.type for m in extract(text)]
