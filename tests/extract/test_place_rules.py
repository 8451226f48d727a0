"""Where: locative phrases in the trigger's clause, place slots, never the dateline or an actor."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only


@pytest.mark.parametrize(
    ("text", "type_id", "place"),
    [
        ("Ukrainian and Russian troops clashed near the village of Robotyne overnight.", "armed_clash",
         "the village of Robotyne"),
        # ACLED-style note: the tagger does not know the township; the preposition is enough
        ("On 15 June 2024, the Arakan Army clashed with Myanmar military forces in Maungdaw township (Rakhine).",
         "armed_clash", "Maungdaw township"),
        ("JNIM fighters seized control of the town of Boulkessi after a day of fighting.",
         "non_state_overtakes_territory", "the town of Boulkessi"),
        ("A bomb went off near a police van in Quetta on Saturday, wounding five people.", "remote_explosive",
         "Quetta"),
        ("Russian forces shelled Kherson on Monday.", "shelling_missile_attack", "Kherson"),
    ],
)
def test_place_phrase(extract: Extract, text: str, type_id: str, place: str) -> None:
    mention = only(extract(text), type_id)
    assert mention.place is not None
    assert mention.place.evidence[0].text.startswith(place)


@pytest.mark.parametrize(
    ("text", "type_id"),
    [
        ("A Russian lieutenant and 11 of his men defected to Ukraine, officials said.", "defection"),
        ("Ukrainian and Russian troops clashed overnight, both sides said.", "armed_clash"),
        ("Lebanese officials urged the United States to put pressure on Israel.", "demand"),
    ],
)
def test_actors_and_demonyms_are_not_places(extract: Extract, text: str, type_id: str) -> None:
    assert only(extract(text), type_id).place is None


def test_the_dateline_is_never_the_place(extract: Extract) -> None:
    text = "Kabul, Afghanistan - Gunmen attacked a checkpoint on the highway overnight, police said."
    mention = only(extract(text), "armed_clash")
    assert mention.place is None or mention.place.evidence[0].start > len("Kabul, Afghanistan")


@pytest.mark.parametrize(
    ("text", "type_id", "name"),
    [
        # a struck site named after its town places the act there
        ("An airstrike on Tuesday hit a Gaza City hospital crowded with displaced families.", "air_drone_strike",
         "Gaza"),
        ("Russian forces shelled a Kharkiv school overnight, regional officials said.", "shelling_missile_attack",
         "Kharkiv"),
        # a people describes the village; the name after it is the place
        ("Gunmen shot dead two men in the Arab town Umm al-Fahm on Friday, police said.",
         "attack_on_civilians", "Umm el Faḥm"),
    ],
)
def test_the_named_place_not_the_people_or_the_site(extract: Extract, text: str, type_id: str, name: str) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and place.name == name


def test_in_the_capital_is_the_story_countrys_capital(extract: Extract) -> None:
    text = "Gunmen attacked a police station in the capital overnight, Kenya's interior ministry said."
    place = only(extract(text), "armed_clash").place
    assert place is not None and place.name == "Nairobi" and place.geo_precision == 1


def test_a_capitalised_slogan_is_no_place(extract: Extract) -> None:
    text = 'Rioters scrawled "Justice for Amadou" across shop fronts in Lyon and torched two cars.'
    mentions = extract(text)
    assert all(m.place is None or m.place.name == "Lyon" for m in mentions)
    text = 'Rioters scrawled "Retribution" across shop fronts and torched two cars, police said.'
    assert all(m.place is None for m in extract(text))


def test_a_numbered_site_keeps_its_number(extract: Extract) -> None:
    text = "Police fired tear gas at students near Gate No. 2 of the campus on Sunday."
    place = only(extract(text), "protest_with_intervention").place
    assert place is None or place.text.endswith("No. 2")


def test_the_outskirts_of_a_named_capital_place_near_it(extract: Extract) -> None:
    text = ("Officials said the clash occurred in the western state of Jalisco, on the outskirts of the "
            "state capital, Guadalajara.")
    place = only(extract(text), "armed_clash").place
    assert place is not None and place.name == "Guadalajara" and place.geo_precision == 2


@pytest.mark.parametrize(
    ("text", "type_id", "name", "code"),
    [
        # the parser hangs the name after the comma elsewhere (a conjunct of the actor): the place
        # noun's comma still sets its name
        ("Soldiers were attacked on Monday by more than 20 gunmen near the state capital, Culiacan, the "
         "ministry said.", "armed_clash", "Culiacán", 2),
        ("Militiamen burned houses in a village near the provincial capital, Bunia, residents said.",
         "looting_property_destruction", "Bunia", 2),
        ("Police fired tear gas at protesters in the regional capital, Mekelle, witnesses said.",
         "protest_with_intervention", "Mek'ele", 1),
        ("Gunmen killed four farmers near the northern town, Damboa, police said.", "attack_on_civilians",
         "Damboa", 2),
    ],
)
def test_a_place_noun_named_after_its_comma(extract: Extract, text: str, type_id: str, name: str,
                                            code: int) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and place.name == name and place.geo_precision == code


def test_a_clause_after_the_comma_names_no_place(extract: Extract) -> None:
    text = "Gunmen attacked a police post in the capital, Reuters reported on Monday."
    assert all(m.place is None or m.place.name != "Reuters" for m in extract(text))


@pytest.mark.parametrize(
    ("text", "type_id", "name", "country"),
    [
        # a village the gazetteer lacks lies in the story's country, not in the one it is only near
        ("Chad's army said gunmen attacked a camp at Mbaroua, near Sudan, on Friday, killing six refugees. "
         "Chad hosts many refugees.", "attack_on_civilians", "Mbaroua", "Chad"),
        ("Kenya's army said soldiers clashed with militants in the village of Wajir Bor Kalafo, near Somalia, "
         "on Sunday. Kenya sent more troops.", "armed_clash", "Wajir Bor Kalafo", "Kenya"),
    ],
)
def test_a_country_the_place_is_only_near_lends_it_nothing(extract: Extract, text: str, type_id: str, name: str,
                                                           country: str) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and place.name == name and place.country == country and place.approximate


def test_a_region_by_its_english_name(extract: Extract) -> None:
    text = "Militants overran an army base near Mataban in Somalia's Hiran region on Monday, killing nine soldiers."
    place = only(extract(text), "non_state_overtakes_territory").place
    assert place is not None and place.admin1 == "Hiiraan" and place.country == "Somalia"


@pytest.mark.parametrize(
    ("text", "type_id", "name"),
    [
        # a participle tells the outcome of its verb's act, in that act's scene
        # (the strike is the event, coded by its means; the killing is its outcome)
        ("An Israeli strike hit a house in Nabatieh, in southern Lebanon, killing three people.",
         "air_drone_strike", "Nabatîyé et Tahta"),
        ("Israeli forces raided Tubas on Tuesday, killing two men.", "attack_on_civilians", "Ţūbās"),
        # "of" inside a feature's name
        ("Pirates attacked a tanker in the Gulf of Aden on Monday.", "armed_clash", "Gulf of Aden"),
    ],
)
def test_scene_of_a_participle_and_feature_names(extract: Extract, text: str, type_id: str, name: str) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and place.name == name


def test_a_country_object_of_a_speech_act_is_no_place(extract: Extract) -> None:
    assert all(m.place is None for m in extract("Russia accused Ukraine of shelling the town on Monday."))


def test_the_capital_the_story_names(extract: Extract) -> None:
    """Two countries in the story: "the capital" is the one whose capital the text names."""
    text = ("Ukrainian drones struck an apartment block in the capital overnight, Ukrainian officials said, a day "
            "after Russian strikes on Kharkiv. Moscow's mayor said three people were hurt.")
    place = only(extract(text), "air_drone_strike").place
    assert place is not None and place.text == "the capital" and place.name == "Moscow"


def test_a_town_outranks_a_part_of_its_country(extract: Extract) -> None:
    place = only(extract("Jihadists attacked the town of Djibo in northern Burkina Faso on Sunday."),
                 "armed_clash").place
    assert place is not None and place.name == "Djibo"
    place = only(extract("Israeli strikes killed four people in southern Lebanon on Tuesday."),
                 "air_drone_strike").place
    assert place is not None and place.country == "Lebanon" and place.geo_precision == 3
    assert place.lat is not None and place.lat < 33.6  # the south, not the mean of all its places (33.76)


def test_a_story_without_places_places_its_events_in_its_country(extract: Extract) -> None:
    # ACLED places every event at least at its country (geo_precision 3).
    text = ("Curfew extended\n\nMali's transitional government extended a curfew on Monday. Gunmen killed "
            "five villagers on Sunday, a local official said. Aid groups say Mali needs more help.")
    mention = only(extract(text), "attack_on_civilians")
    assert mention.place is not None
    assert (mention.place.country, mention.place.geo_precision) == ("Mali", 3)
    assert "story's country" in (mention.place.note or "")
    assert text[mention.place.evidence[0].start:mention.place.evidence[0].end] == "Mali"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the small tagger often calls a state an organisation; its name still tells the story's country
        ("Title\n\nGunmen killed five villagers on Sunday, the Sinaloa prosecutor's office said. Sinaloa "
         "officials said the killers fled. Sinaloa has seen months of violence.", "Mexico"),
        ("Title\n\nGunmen killed five passengers on Sunday, the Balochistan home department said. Balochistan "
         "officials said the attackers fled.", "Pakistan"),
        # a possessive's owner speaks for an entity the tagger ran on
        ("Title\n\nGunmen killed five passengers on Sunday, officials said. The Jaffar Express was halted in "
         "Balochistan’s Bolan district for hours.", "Pakistan"),
    ],
)
def test_a_states_name_tells_the_story_country(extract: Extract, text: str, country: str) -> None:
    mention = only(extract(text), "attack_on_civilians")
    assert mention.place is not None and mention.place.country == country


@pytest.mark.parametrize(
    ("text", "type_id", "name", "country"),
    [
        # the lead's next sentence says where the troops were: the town, not the country ("the
        # confrontation occurred on the outskirts of" would retell the shootout and place it itself)
        ("Soldiers kill seven gunmen in shootout\n\nMEXICO CITY (AP) — Army troops killed seven suspected "
         "cartel gunmen in a shootout on Monday, officials said. The ministry said the troops were on "
         "patrol in the northern state of Sonora, on the outskirts of the state capital, Hermosillo. "
         "Mexico has deployed more troops.", "armed_clash", "Hermosillo", "Mexico"),
        ("Militants kill four police officers\n\nGunmen killed four police officers on Friday, a local "
         "official said. Witnesses said it happened near the town of Garissa, close to the border. Kenya has "
         "sent reinforcements, and Kenya's interior minister condemned the attack.", "armed_clash", "Garissa",
         "Kenya"),
    ],
)
def test_a_story_without_placed_events_takes_its_leads_place(extract: Extract, text: str, type_id: str,
                                                             name: str, country: str) -> None:
    mention = only(extract(text), type_id)
    assert mention.place is not None
    assert (mention.place.name, mention.place.country) == (name, country)
    assert "story's lead" in (mention.place.note or "")


def test_a_lead_place_abroad_is_not_the_storys(extract: Extract) -> None:
    # a town abroad in the lead is no place for an event of a Congolese story: it keeps the country
    text = ("Talks resume\n\nGunmen killed five villagers on Sunday, a local official said. Many of its "
            "families now live in Kampala. Congo's army said Congo would send troops, and Congo asked for aid.")
    place = only(extract(text), "attack_on_civilians").place
    assert place is not None and place.country == "Democratic Republic of the Congo"
    assert place.geo_precision == 3


def test_no_story_country_on_a_tie_or_from_peoples(extract: Extract) -> None:
    # Two countries named once each, or only peoples: the story has no country of its own.
    assert all(m.place is None for m in extract("Russia accused Ukraine of shelling the town on Monday."))
    assert all(m.place is None for m in extract("Ukrainian and Russian troops clashed overnight, both sides said."))


@pytest.mark.parametrize(
    ("text", "type_id", "name", "geo_precision"),
    [
        # a town named only as a bearing is not where the event was: the region it was in wins
        ("Title\n\nA drone strike on Tuesday hit a training camp in the Gedo region north of the capital, "
         "Mogadishu, officials said.", "air_drone_strike", "Gedo", 3),
        # with a distance the town is the place, near it
        ("Title\n\nGunmen killed four farmers on Sunday 40 km north of Kaduna, police said.",
         "attack_on_civilians", "Kaduna", 2),
    ],
)
def test_a_bearing_from_a_town(extract: Extract, text: str, type_id: str, name: str, geo_precision: int) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and place.name is not None
    assert (place.name.split()[0], place.geo_precision) == (name, geo_precision)


def test_a_capitalised_function_word_inside_a_name_is_part_of_it(extract: Extract) -> None:
    place = only(extract("A jet bombed a school in Let Yet Kone village on Friday, killing nine people."),
                 "air_drone_strike").place
    assert place is not None and place.text is not None and "Let Yet Kone" in place.text, place


def test_a_capitalised_list_conjunction_still_ends_a_name(extract: Extract) -> None:
    events = extract("Rockets Hit Sderot And Ashkelon\n\nRockets hit Sderot and Ashkelon on Monday, police said.")
    names = [m.place.name for m in events if m.place is not None]
    assert names and not any(name and "And" in name for name in names), names


def test_a_name_the_parse_cuts_after_its_phrase_is_kept_whole(extract: Extract) -> None:
    # the parser hangs "Yet Kone" on the verb, outside the place phrase "in Let"
    place = only(extract("On 3 May, a military jet dropped two bombs on a school compound in Let Yet Kone where "
                         "pupils had gathered for an exam."), "air_drone_strike").place
    assert place is not None and place.name is not None and "Let Yet Kone" in place.name, place
    assert [e.text for e in place.evidence] == ["Let Yet Kone"], place.evidence  # the whole name is the evidence


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a town the event is in beats one it is near, at the same precision
        ("A police station in Saint-Denis, in the northern suburbs of Paris, was attacked by rioters overnight.",
         "Saint-Denis"),
        ("A market in Bucha, near Kyiv, was struck by a Russian missile on Monday.", "Bucha"),
    ],
)
def test_the_town_it_is_in_beats_the_town_it_is_near(extract: Extract, text: str, town: str) -> None:
    placed = {m.place.name for m in extract(text) if m.place is not None}
    assert town in placed and not placed - {town}, placed


def test_a_letter_names_no_place(extract: Extract) -> None:
    text = "Gunmen abducted two traders on Friday, the rebel group said on X, formerly Twitter."
    assert only(extract(text), "abduction").place is None


@pytest.mark.parametrize(
    ("text", "type_id", "name"),
    [
        # a nameless place noun's named example is where the act happened
        ("Russian forces shelled several villages such as Bilozerka in Kherson region on Monday, killing two "
         "civilians, officials said.", "shelling_missile_attack", "Bilozerka"),
        ("Gunmen attacked travellers in several districts including Mandera on Tuesday, killing four people, "
         "police in Kenya said.", "attack_on_civilians", "Mandera"),
        ("Government troops clashed with rebels in several towns including Kalehe on Sunday, the army in "
         "Congo said.", "armed_clash", "Kalehe"),
    ],
)
def test_a_named_example_of_a_place_noun_places_the_act(extract: Extract, text: str, type_id: str,
                                                       name: str) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and place.name == name


def test_a_town_placed_at_its_state_beats_another_state(extract: Extract) -> None:
    # the gazetteer lacks the town: placed at the state the text names with it, it still says more
    # than the other state named in the sentence
    text = ("The battles in Rakhine State are unfolding in various towns including Paletwa of Chin State, "
            "a local politician said on Friday.")
    place = only(extract(text), "armed_clash").place
    assert place is not None and place.name == "Paletwa" and place.admin1 == "Chin State" and place.approximate


@pytest.mark.parametrize(
    ("text", "type_id", "seat"),
    [
        ("Shops torched in Manipur\n\nIMPHAL — Security forces clashed with insurgents in Manipur’s Jiribam "
         "district on Monday, officials said. On Tuesday suspected militants set fire to a dozen shops in the "
         "Lamtaching Khullen area, a police officer said.", "looting_property_destruction", "Jiribam"),
        # the dateline's Bamako is where the story was filed, not the unit that holds the village
        ("Gunmen kill five in Mali\n\nBAMAKO — The army said on Monday it was reinforcing its posts in the "
         "Douentza cercle. Gunmen on motorbikes killed five villagers in Sokoura Dogon on Sunday, a local "
         "official said.", "attack_on_civilians", "Douentza"),
    ],
)
def test_a_village_missing_from_the_gazetteer_lies_in_the_district_its_story_names(
        extract: Extract, text: str, type_id: str, seat: str) -> None:
    place = only(extract(text), type_id).place
    assert place is not None and place.approximate and place.geo_precision == 2
    assert f"placed at {seat}, the seat of the district" in (place.note or "")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Gunmen attack train\n\nQUETTA: Gunmen stopped a passenger train near Kotal Sar on Tuesday and killed "
         "six passengers, officials said. Officials said the attackers were in contact with handlers in "
         "Afghanistan.", "Pakistan"),
        ("Militants storm market\n\nMAIDUGURI: Militants killed nine traders at a market near Kwatam Ngala on "
         "Friday, residents said. The group's leaders are believed to shelter in Cameroon.", "Nigeria"),
    ],
)
def test_the_datelines_country_counts_for_the_story(extract: Extract, text: str, country: str) -> None:
    """The tagger leaves a capitalised dateline unlabelled; where the story was filed still says its
    country, so a place the gazetteer lacks is not put in the one foreign country the story names."""
    place = only(extract(text), "attack_on_civilians").place
    assert place is not None and place.country == country and place.evidence[0].start > len("Militants storm")


@pytest.mark.parametrize(
    ("text", "type_id", "name", "country"),
    [
        ("Shelling kills three\n\nArtillery shelling at Mykhailo-Kotsiubynske, near Belarus, killed three people "
         "on Monday, officials said. Ukraine's army said it returned fire, and Ukraine asked for air defence.",
         "shelling_missile_attack", "Mykhailo-Kotsiubynske", "Ukraine"),
        ("Gunmen kill nine\n\nGunmen killed nine villagers at Kobeouna Peulh, near Niger, on Friday, a local "
         "official said. The army of Burkina Faso said it was pursuing them. In Burkina Faso, jihadists hold "
         "much of the north.", "attack_on_civilians", "Kobeouna Peulh", "Burkina Faso"),
    ],
)
def test_a_named_target_after_at_is_the_place_even_when_unknown(extract: Extract, text: str, type_id: str,
                                                                name: str, country: str) -> None:
    """"Shelling at X, near Belarus": X, which the gazetteer lacks, is the place (in the story's
    country), not the country it is only near."""
    place = only(extract(text), type_id).place
    assert place is not None and (place.name, place.country) == (name, country)


@pytest.mark.parametrize(("text", "type_id", "town"), [
    # headlines name the struck building after its town (round 27: site words in data/places/unit_words.yaml)
    ("Missile hits Dnipro apartment block, killing four", "shelling_missile_attack", "Dnipro"),
    ("Drone debris sets Mykolaiv port warehouse ablaze", "looting_property_destruction", "Mykola"),
    ("Shelling hits Horlivka power plant", "shelling_missile_attack", "Horlivka"),
])
def test_a_building_named_after_its_town_is_placed_there(extract: Extract, text: str, type_id: str,
                                                          town: str) -> None:
    mention = only(extract(text), type_id)
    assert mention.place is not None and mention.place.name is not None, mention.place
    assert mention.place.name.startswith(town), mention.place
