"""Where wire copy tells an event's town away from the event's own words (round 16): where the hurt
were carried is no place of the event (extract/carried_to.py), "the capital's X district" lies in the
story's capital (extract/capitals.py), a site named after its town ("the Bannu cantonment") is at that
town, a river is not the town of its name ("across the Dnipro river"), and a neighbourhood the gazetteer
lacks is no rival to the town a coarse place is refined to (extract/finer_place.py).
Fiction in the style of wire copy; near misses keep their place."""

from __future__ import annotations

import pytest
from extract_helpers import Extract
from test_finer_places import placed

from sitreps.models import PlacePrecision


@pytest.mark.parametrize(
    ("text", "type_id", "town", "country"),
    [
        # the hospital's town, told after the retelling that names the camp, no longer vetoes the camp
        ("Israeli strike on school kills 18 in central Gaza\n\nAn Israeli airstrike hit a school sheltering "
         "displaced families in central Gaza on Tuesday, killing at least 18 people.\n\nThe strike hit the school "
         "in the Nuseirat refugee camp in the afternoon. Bodies were brought to Al-Aqsa Martyrs Hospital in "
         "nearby Deir al-Balah, a reporter saw.", "air_drone_strike", "Nu", "Palestinian Territory"),
        # however the parse hangs "in": the hospital's town is not where the gunmen struck
        ("Gunmen kill four in northern Burkina Faso\n\nGunmen killed four people in northern Burkina Faso on "
         "Sunday. The wounded were rushed to the hospital in Ouahigouya.", "attack_on_civilians", "Burkina Faso",
         "Burkina Faso"),
        # near miss: the hospital is the event's own site (the strike hit it)
        ("A drone hit the hospital in Kherson on Friday, wounding two nurses, the governor said.",
         "air_drone_strike", "Kherson", "Ukraine"),
        # near miss: the verb of carrying is the event (hostages taken to a camp); with four dead the taking is
        # an attack, as ACLED codes an abduction with further violence (round 20, data/taxonomy.yaml ``fatal``)
        ("Gunmen killed four people in Burkina Faso on Sunday and took 12 hostages to a camp in Ouahigouya.",
         "attack_on_civilians", "Ouahigouya", "Burkina Faso"),
    ],
)
def test_where_the_hurt_were_carried(extract: Extract, text: str, type_id: str, town: str, country: str) -> None:
    place = placed(extract(text), type_id)
    assert town in (place.name or "") + place.text and place.country == country
    assert "Deir" not in (place.name or "") + place.text


@pytest.mark.parametrize(
    ("text", "type_id", "town", "country"),
    [
        ("Somali police arrested 12 people in raids in the capital's Hodan district on Monday.", "arrest",
         "Mogadishu", "Somalia"),
        ("Gang members torched houses in the Haitian capital's Solino neighbourhood on Friday.",
         "looting_property_destruction", "Port-au-Prince", "Haiti"),
        # near miss: the capital's own name, the capital itself
        ("Police arrested 12 people in the capital, Mogadishu, on Monday.", "arrest", "Mogadishu", "Somalia"),
    ],
)
def test_a_part_of_the_capital(extract: Extract, text: str, type_id: str, town: str, country: str) -> None:
    place = placed(extract(text), type_id)
    assert place.country == country and place.precision is not PlacePrecision.COUNTRY
    assert town in (place.name or "") + (place.note or "")


@pytest.mark.parametrize(
    ("text", "type_id", "town", "country"),
    [
        ("Suicide bomber kills eight soldiers in northwest Pakistan\n\nA suicide bomber killed eight soldiers in "
         "northwest Pakistan on Monday. The attack took place in the Bannu cantonment, in Khyber Pakhtunkhwa "
         "province.", "suicide_bomb", "Bannu", "Pakistan"),
        ("Gunmen attacked the Kaduna garrison in Nigeria on Friday, killing two soldiers.", "armed_clash", "Kaduna",
         "Nigeria"),
    ],
)
def test_a_site_named_after_its_town(extract: Extract, text: str, type_id: str, town: str, country: str) -> None:
    place = placed(extract(text), type_id)
    assert place.name == town and place.country == country and place.precision is PlacePrecision.EXACT


def test_a_neighbourhood_the_gazetteer_lacks_is_no_rival_to_its_town(extract: Extract) -> None:
    # Bellavista is not in GeoNames: put at a unit's point, it vetoed the lead's Salamanca as a second place
    text = ("Armed men kill six at a bar in central Mexico\n\nArmed men burst into a bar in the city of Salamanca, "
            "in the central Mexican state of Guanajuato, late on Saturday and opened fire on the customers, "
            "killing six people.\n\nThe attackers arrived in two vehicles shortly before midnight and fled after "
            "the shooting, prosecutors said. Several shell casings were found at the scene, in the neighbourhood "
            "of Bellavista.")
    place = placed(extract(text), "attack_on_civilians")
    assert place.name == "Salamanca" and place.country == "Mexico"


def test_a_river_is_not_the_town_of_its_name(extract: Extract) -> None:
    text = ("In the Dnipropetrovsk region, Russian artillery shelled the Nikopol district across the Dnipro river "
            "overnight, damaging houses, the governor said.")
    place = placed(extract(text), "shelling_missile_attack")
    assert "Nikopol" in (place.name or "") and place.country == "Ukraine"


def test_the_city_of_the_rivers_name_stays_the_city(extract: Extract) -> None:
    # near miss: the city itself
    place = placed(extract("Russian missiles hit Dnipro overnight, killing two people, officials said."),
                   "shelling_missile_attack")
    assert place.name == "Dnipro" and place.precision is PlacePrecision.EXACT
