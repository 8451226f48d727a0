"""Retype rules (taxonomy.yaml 'retype'): the arguments decide between types one lexicon word serves."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # attack: civilians or civilian places -> attack_on_civilians; armed opponents -> armed_clash
        ("Gunmen attacked worshippers at a mosque in Kaduna state on Friday.", "attack_on_civilians"),
        ("Militiamen attacked a camp for displaced families outside Bunia overnight.", "attack_on_civilians"),
        ("Al-Shabaab fighters attacked an army base near Beledweyne on Sunday.", "armed_clash"),
        ("Arakan Army fighters attacked a police post in Buthidaung.", "armed_clash"),
        # attackers who are suicide bombers make a suicide bombing, whoever the target
        ("Two suicide bombers attacked a market in Konduga, Borno state.", "suicide_bomb"),
        # kill: combatants -> armed_clash, unless civilians are named too
        ("Fano militiamen killed 12 soldiers in an ambush near Gondar.", "armed_clash"),
        ("Gunmen killed 9 villagers and two soldiers in Zamfara state.", "attack_on_civilians"),
        # attack on protesters -> excessive force
        ("Police attacked protesters with batons in Nairobi.", "excessive_force_against_protesters"),
        # strike: what was fired decides
        ("Russian forces struck Kharkiv with ballistic missiles overnight.", "shelling_missile_attack"),
        ("Israeli warplanes struck a house in Khan Younis.", "air_drone_strike"),
        ("The army bombarded rebel positions with drones near Kalemie.", "air_drone_strike"),
        # round 29: a vehicle that strikes a bomb or mine sets it off; jets that strike a bomb factory stay aircraft
        ("Four soldiers died when their truck struck a landmine near Menaka on Sunday.", "remote_explosive"),
        ("Two policemen were killed when their car struck a roadside bomb near Garissa, in an attack claimed by "
         "al-Shabaab.", "remote_explosive"),
        ("Israeli jets struck a bomb-making workshop in Jenin overnight.", "air_drone_strike"),
        # capture: people -> surrender_capture, weapons -> disrupted_weapons_use, a town by the state -> regains
        ("The army captured 15 rebel fighters near Bunia.", "surrender_capture"),
        ("Troops seized 40 rifles and two mortars in a raid.", "disrupted_weapons_use"),
        ("The Sudanese Armed Forces captured the town of Singa from the RSF.", "government_regains_territory"),
        ("Al-Shabaab militants captured the town of Mahas on Tuesday.", "non_state_overtakes_territory"),
        # detain by a known non-state armed group -> abduction
        ("The Rapid Support Forces detained dozens of men in Omdurman, residents said.", "abduction"),
        ("Police detained 30 people outside the parliament in Tbilisi.", "arrest"),
    ],
)
def test_arguments_decide_the_type(extract: Extract, text: str, expected: str) -> None:
    types = [m.type for m in extract(text)]
    assert expected in types, types


def test_retyped_mention_carries_the_new_codes(extract: Extract) -> None:
    mention = only(extract("Gunmen attacked worshippers at a mosque in Kaduna state on Friday."), "attack_on_civilians")
    assert mention.acled is not None and mention.acled.event_type == "Violence against civilians"


def test_retyped_counts_use_the_new_types_vocabulary(extract: Extract) -> None:
    mention = only(extract("The Rapid Support Forces detained 40 men in Omdurman, residents said."), "abduction")
    assert [(c.what, c.value) for c in mention.counts] == [("abducted", 40)]


@pytest.mark.parametrize(("text", "type_id"), [
    ("Two bomb attacks targeted soldiers in Pattani on Monday.", "remote_explosive"),
    ("Protesters attacked police officers outside the governor's office in Lagos on Tuesday.",
     "violent_demonstration"),
    ("Police attacked protesters outside the governor's office in Lagos on Tuesday.",
     "excessive_force_against_protesters"),
])
def test_weapon_and_crowd_decide_the_sub_type(extract: Extract, text: str, type_id: str) -> None:
    assert any(m.type == type_id for m in extract(text)), [(m.type, m.trigger.text) for m in extract(text)]


def test_protest_that_burns_property_is_a_violent_demonstration(extract: Extract) -> None:
    text = ("Protesters stormed the parliament in Ruvana on Tuesday and set fire to part of the building, "
            "as protests over the budget continued.")
    types = {m.type for m in extract(text)}
    assert "violent_demonstration" in types, types


@pytest.mark.parametrize(("text", "type_id"), [
    # the weapon that killed decides before the victims do: ACLED codes remote violence by its means
    ("Local officials said an overnight strike killed five members of one family in Rafah.", "air_drone_strike"),
    ("A drone killed four farmers in their fields near the village of Kalma, witnesses said.", "air_drone_strike"),
    ("A rocket fired across the border killed two children in the village of Shlomi.", "shelling_missile_attack"),
    ("A roadside bomb killed three teachers travelling to a school near Wana.", "remote_explosive"),
    ("Drones attacked a crowded market in Kassala on Sunday, killing 12 people.", "air_drone_strike"),
    # the victims' character: armed men, police or cartel gunmen killed make a clash
    ("Soldiers killed 14 suspected cartel gunmen in a shootout near Culiacan.", "armed_clash"),
    ("Gunmen shot dead two police officers at a checkpoint outside Quetta.", "armed_clash"),
    ("Security forces killed seven armed militants in the hills of Kupwara on Monday.", "armed_clash"),
    ("Insurgents killed eleven members of the security forces in an ambush near Tessit.", "armed_clash"),
    ("Gunmen killed three medical personnel at a clinic outside Kindu.", "attack_on_civilians"),
    ("Six militants were killed after they fired at a police station and an army camp near Tamu.", "armed_clash"),
    # who fired on protesters: the state's forces use excessive force, armed thugs attack civilians
    ("Soldiers killed four protesters at the roundabout in Bamako on Friday.", "excessive_force_against_protesters"),
    ("Witnesses said armed thugs who attacked peaceful demonstrators in Abuja killed two.", "attack_on_civilians"),
    ("Gunmen opened fire on protesters marching through Port Harcourt, killing three.", "attack_on_civilians"),
    # unarmed sides clashing are a riot, not a battle
    ("One man died in a clash between ruling party supporters and student activists in Sylhet.", "mob_violence"),
    # arrests made at a protest: the protest with intervention; an arrest at home stays an arrest
    ("Riot police arrested dozens of demonstrators during the rally outside parliament on Friday.",
     "protest_with_intervention"),
    ("Police detained dozens of protesters during a march through Tbilisi on Friday.", "protest_with_intervention"),
    ("Riot police detained six students at a candlelit vigil outside the court in Karsa.", "protest_with_intervention"),
    ("Police arrested the protest leader at his home in Tbilisi on Tuesday.", "arrest"),
    ("Police arrested two men on Friday over a march held last month in Karsa.", "arrest"),
    ("Police detained more than 200 protesters across Tbilisi overnight.", "arrest"),
    ("Police arrested two journalists in Ruvana on Monday, a week after they covered the protests.", "arrest"),
])
def test_acled_questions_weapon_victim_and_initiator(extract: Extract, text: str, type_id: str) -> None:
    types = [m.type for m in extract(text)]
    assert type_id in types, types


def test_a_strike_told_in_a_relative_clause_takes_the_weapon_of_the_noun_it_describes(extract: Extract) -> None:
    text = ("Nine people were killed on Sunday in what officials called a mortar attack by rebel fighters "
            "that struck a bus station in the town of Kerma.")
    types = [m.type for m in extract(text)]
    assert "shelling_missile_attack" in types and "air_drone_strike" not in types, types


@pytest.mark.parametrize("text", [
    "Hundreds of pagers exploded across the south of Varnia on Tuesday, killing nine people.",
    "The country was still reeling from a deadly attack on communication devices the week before.",
    "Handheld radios used by the militia exploded in several towns, a day after the pager attacks.",
])
def test_booby_trapped_devices_are_remote_explosives(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert "remote_explosive" in types, types


@pytest.mark.parametrize(("text", "type_id"), [
    ("Angry youths ransacked the ruling party's offices in Kisumu on Monday.", "violent_demonstration"),
    ("Demonstrators set fire to the governor's office in Velmont after the verdict.", "violent_demonstration"),
    ("Shops along the main avenue were looted amid the unrest in Velmont overnight.", "violent_demonstration"),
    ("A mob torched the homes of two men accused of theft in Kasara.", "mob_violence"),
    ("Soldiers looted shops and torched dozens of homes in the village of Dara.", "looting_property_destruction"),
])
def test_who_burned_or_looted_decides_riot_or_destruction(extract: Extract, text: str, type_id: str) -> None:
    types = [m.type for m in extract(text)]
    assert type_id in types, types


@pytest.mark.parametrize(("text", "type_id"), [
    # projectiles fired from the ground are shelling/missile fire, as rockets are
    ("The militia launched more than 100 projectiles toward the northern towns on Monday.",
     "shelling_missile_attack"),
    # a camp of soldiers or police is fought over: not a civilian site
    ("Insurgents attacked a police station and an army camp in the district on Friday.", "armed_clash"),
    ("Gunmen attacked a displacement camp near the river on Tuesday, killing 12 people.", "attack_on_civilians"),
    # burned alive by an armed group is its attack; by a crowd it stays mob violence
    ("Militiamen burned alive 12 people in their shelters on Monday night.", "attack_on_civilians"),
    ("An angry mob burned alive two men in the market on Sunday.", "mob_violence"),
    # an interception is the event only when nothing got through; harm makes the attack the event
    ("Most of the rockets were intercepted but two people were wounded by shrapnel in Velmora.",
     "shelling_missile_attack"),
    ("Most of the drones were shot down, but one hit a power station and injured a guard.", "air_drone_strike"),
    ("Air defences shot down 23 of the 31 drones launched overnight, the air force said.", "disrupted_weapons_use"),
    ("Troops seized 40 rifles and two drones, and destroyed the explosives on site.", "disrupted_weapons_use"),
])
def test_acled_codebook_means_victims_and_perpetrators(extract: Extract, text: str, type_id: str) -> None:
    types = [m.type for m in extract(text)]
    assert type_id in types, types


@pytest.mark.parametrize(("text", "type_id"), [
    # a count in words between the verb and the weapon ("fire rocket", "launch drone")
    ("Militants fired dozens of rockets at border towns near Kalda on Sunday, the army said.",
     "shelling_missile_attack"),
    ("The rebels launched a barrage of at least 40 rockets at the port of Salvena on Monday.",
     "shelling_missile_attack"),
    ("Enemy forces launched a wave of drones at Brodno overnight, the air force said.", "air_drone_strike"),
    # a bomb dropped from the air is an air strike, not a planted explosive
    ("A glide bomb hit an apartment block in Brodno on Monday, killing four residents.", "air_drone_strike"),
    # an attack is typed by its means, as ACLED codes remote violence
    ("Rebels attacked the town of Kalda with drones on Monday, wounding 12 civilians.", "air_drone_strike"),
    ("Rebels attacked a cargo ship with missiles off Salvena on Tuesday.", "shelling_missile_attack"),
    ("Militants attacked an army post near Kalda on Monday, the army said.", "armed_clash"),
])
def test_the_weapon_words_decide_remote_violence(extract: Extract, text: str, type_id: str) -> None:
    types = [(m.type, m.trigger.text) for m in extract(text)]
    assert [t for t, _ in types] == [type_id], types


# Every sentence below is fiction written for this test, in the style of wire copy from three conflicts.
@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen killed 11 villagers in a raid on Kadisau village in Katsina state, residents said.",
     "attack_on_civilians"),
    ("Fighters killed four herders in a night raid near Djibo on Saturday, a local official said.",
     "attack_on_civilians"),
    ("Armed men killed a village chief during a raid on his home in Masisi territory, the army said.",
     "attack_on_civilians"),
    # near misses: a raid from the air, and a strike, are air strikes
    ("An Israeli air raid killed seven people in Rafah on Tuesday, medics said.", "air_drone_strike"),
    ("A drone strike killed three farmers in North Waziristan on Monday, officials said.", "air_drone_strike"),
])
def test_a_raid_on_foot_is_no_air_strike(extract: Extract, text: str, expected: str) -> None:
    types = [m.type for m in extract(text)]
    assert types and types[0] == expected, types


# Arrests made at a protest are its intervention (ACLED); arrests over, for or before one are arrests.
@pytest.mark.parametrize(("text", "expected"), [
    ("Riot police detained dozens of people at an opposition rally in Yerevan on Saturday.",
     "protest_with_intervention"),
    ("Police arrested 50 people in a crackdown on protests in Nairobi, officials said.", "protest_with_intervention"),
    ("Security forces arrested 14 demonstrators amid protests over bread prices in Khartoum.",
     "protest_with_intervention"),
    # near misses: the protest is another event than the arrest
    ("Security forces detained 12 activists who had called for a protest against fuel prices, a rights group said.",
     "arrest"),
    ("Police arrested five students over a protest held last month at the university in Dhaka.", "arrest"),
    ("Authorities detained three journalists ahead of a planned rally in Harare on Friday.", "arrest"),
])
def test_arrests_at_a_protest_are_its_intervention(extract: Extract, text: str, expected: str) -> None:
    types = [m.type for m in extract(text)]
    assert types and types[0] == expected, types


# Mob violence is a fight of unorganised sides: with an armed group on one side it is not.
@pytest.mark.parametrize(("text", "expected"), [
    ("Clashes between gunmen and villagers in Bokkos left 12 people dead, police said.", "armed_clash"),
    ("Fighting between militiamen and residents of Mbau killed six people on Tuesday.", "armed_clash"),
    ("Clashes between rebels and youths in the market of Bambari left four dead, the UN mission said.",
     "armed_clash"),
    # near misses: two unarmed sides
    ("Clashes between rival student groups at the university in Kumasi left 20 injured.", "mob_violence"),
    ("Clashes between supporters and activists of two parties in Sylhet left one dead on Friday.", "mob_violence"),
])
def test_an_armed_side_makes_no_mob(extract: Extract, text: str, expected: str) -> None:
    types = [m.type for m in extract(text)]
    assert types and types[0] == expected, types


def test_a_headline_scene_places_its_arrests_at_the_protest(extract: Extract) -> None:
    types = [m.type for m in extract("Fuel protests in Lagos, day three: tear gas, 60 arrested")]
    assert "protest_with_intervention" in types and "arrest" not in types, types


@pytest.mark.parametrize("text", [
    "Police detained rally participants outside the electoral commission in Conakry on Tuesday.",
    "Rights groups condemned the detention of protest participants in Minsk on Sunday.",
])
def test_arrests_of_a_gatherings_people_are_its_intervention(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert "protest_with_intervention" in types and "arrest" not in types, types


# Crowd control is no explosive attack and no deployment of troops: it is how a protest is broken up.
@pytest.mark.parametrize(("text", "expected"), [
    ("Police fired stun grenades at demonstrators outside parliament in Tbilisi on Monday.",
     "protest_with_intervention"),
    ("Riot police threw flash grenades to scatter protesters in Santiago on Friday.", "protest_with_intervention"),
    ("The army deployed tear gas at a rally in Amman on Sunday, witnesses said.", "protest_with_intervention"),
    ("Police deployed water cannon and rubber bullets against marchers in Nairobi on Tuesday.",
     "protest_with_intervention"),
    # near misses: a real grenade, and a deployment of men
    ("A man hurled a grenade at a bar in Bujumbura on Saturday, wounding seven.", "grenade"),
    ("Militants threw a grenade at a police patrol in Srinagar, injuring two officers.", "grenade"),
    ("The government deployed 2,000 troops to the border region on Monday.", "mobilisation"),
])
def test_crowd_control_types_an_intervention(extract: Extract, text: str, expected: str) -> None:
    types = [m.type for m in extract(text)]
    assert types and types[0] == expected, types


# Goods seized are property taken (ACLED looting/property destruction, PLOVER COERCE/seize), not ground.
@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen seized 200 head of cattle from herders near Mopti on Sunday.", "looting_property_destruction"),
    ("Police seized a car and two motorcycles during a raid on a home in Lahore.", "looting_property_destruction"),
    ("Customs officers seized a shipment of fuel at the border crossing near Chaman.",
     "looting_property_destruction"),
    # near misses: ground, and a post, are territory
    ("Rebels seized the town of Rubaya after heavy fighting with the army.", "non_state_overtakes_territory"),
    ("Militants seized two police posts in Kurram district on Friday.", "non_state_overtakes_territory"),
])
def test_goods_seized_are_no_territory(extract: Extract, text: str, expected: str) -> None:
    types = [m.type for m in extract(text)]
    assert types and types[0] == expected, types


# Generic state forces ("the army", "troops") take ground for the government before the incident
# step names whose forces they are; a named armed group's "troops" do not.
@pytest.mark.parametrize(("text", "expected"), [
    ("Troops took control of the village of Bama after militants fled.", "government_regains_territory"),
    ("Soldiers captured the district headquarters of Kunduz on Monday.", "government_regains_territory"),
    ("Police took control of the town of Ganta after gangs withdrew.", "government_regains_territory"),
    # near misses: an armed group's soldiers
    ("RSF troops took control of the town of Singa on Saturday.", "non_state_overtakes_territory"),
    ("Rebel soldiers captured the village of Kibirizi on Sunday.", "non_state_overtakes_territory"),
])
def test_generic_state_forces_regain_territory(extract: Extract, text: str, expected: str) -> None:
    types = [m.type for m in extract(text)]
    assert types and types[0] == expected, types


# Who the people fired on were at that moment is often told after their noun, in a participle or a relative
# clause: the state's fire on them is excessive force when that clause says they were protesting.
@pytest.mark.parametrize(("text", "type_id"), [
    ("Soldiers opened fire on unarmed villagers protesting against the dam near Tarbela, killing four.",
     "excessive_force_against_protesters"),
    ("Security forces shot dead three men who had gathered to protest against the election result in Lusaka.",
     "excessive_force_against_protesters"),
    ("Gendarmes opened fire on residents demonstrating against power cuts in Niamey on Friday, killing one.",
     "excessive_force_against_protesters"),
    ("Police shot at demonstrators outside the parliament in Kampala on Tuesday, killing two.",
     "excessive_force_against_protesters"),
    # the parse hangs the participle on the main verb; no comma stands between it and the people
    ("Soldiers gunned down two youths demonstrating against the curfew in Kayes on Friday night.",
     "excessive_force_against_protesters"),
    # near misses: no protest in the clause, or no clause at all; armed robbers are no protesters
    ("Troops opened fire on villagers who were fleeing the fighting near Kidal, killing five.", "attack_on_civilians"),
    ("Soldiers opened fire on villagers near the river in Kidal on Sunday, killing five.", "attack_on_civilians"),
    ("Police shot dead two armed robbers after a chase in Accra on Monday.", "attack_on_civilians"),
])
def test_the_clause_after_the_people_fired_on_says_they_were_protesting(extract: Extract, text: str,
                                                                          type_id: str) -> None:
    types = [m.type for m in extract(text)]
    assert type_id in types and (type_id == "excessive_force_against_protesters"
                                 or "excessive_force_against_protesters" not in types), types


@pytest.mark.parametrize(("text", "type_id", "not_type"), [
    # round 30: a weapon that backs the doers is their cover, not the means that types a ground assault
    ("Soldiers backed by warplanes attacked militant hideouts in the Sambisa forest on Sunday, killing 15 "
     "fighters.", "armed_clash", "air_drone_strike"),
    ("On Thursday, troops backed by a drone raided the village of Kafr Qud near Jenin. The army said its soldiers "
     "had killed two gunmen who opened fire on them during the raid.", "armed_clash", "air_drone_strike"),
    # the weapon used by the doers still types the act, whoever backs the doers
    ("Rwanda-backed rebels attacked the town of Sake with drones on Monday.", "air_drone_strike", "armed_clash"),
])
def test_a_backing_weapon_does_not_type_the_assault(extract: Extract, text: str, type_id: str,
                                                     not_type: str) -> None:
    types = {m.type for m in extract(text)}
    assert type_id in types and not_type not in types, types


@pytest.mark.parametrize(("text", "type_id"), [
    # round 30: "them" of a verb coordinated with one that names them is those people
    ("On Monday, troops pursued the attackers across the swamp and killed 31 of them, the army said.",
     "armed_clash"),
    ("Soldiers surrounded the bandits in a forest near Tsafe and shot them dead on Tuesday.", "armed_clash"),
    ("Gunmen rounded up the villagers of Dogon Daji and killed 12 of them on Tuesday.", "attack_on_civilians"),
])
def test_a_pronoun_victim_is_whom_the_coordinated_verb_names(extract: Extract, text: str, type_id: str) -> None:
    types = {m.type for m in extract(text)}
    assert type_id in types, types


def test_shot_with_its_victims_between_is_a_killing(extract: Extract) -> None:
    mention = only(extract("Gunmen shot two farmers dead near the village of Tungan Bako on Sunday."),
                   "attack_on_civilians")
    assert [(c.what, c.value) for c in mention.counts] == [("killed", 2)]


@pytest.mark.parametrize(("text", "type_id"), [
    # round 30: "struck by" a bullet, a stone or a tear gas canister is no strike from the air
    ("A boy was struck by a stray bullet in the Cite Soleil district on Tuesday.", "attack_on_civilians"),
    ("A reporter was struck above the eye by a rubber bullet while covering the march outside parliament.",
     "excessive_force_against_protesters"),
    ("A drone struck a car near Zakho on Sunday, killing three men.", "air_drone_strike"),
])
def test_what_struck_decides_whether_it_was_a_strike(extract: Extract, text: str, type_id: str) -> None:
    types = {m.type for m in extract(text)}
    assert type_id in types and (type_id == "air_drone_strike" or "air_drone_strike" not in types), types
