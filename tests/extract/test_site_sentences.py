"""A coarsely placed event takes the town a later sentence gives its site: "Gunmen stormed a church
in northern Burkina Faso ... The church is in the village of Essakane, near the town of Dori" places
the attack at Dori, however far down the story the sentence comes (extract/finer_place.py
`_site_places`). The site must be the same thing: a definite noun ("the church", "the police
station") whose word the event's own sentence holds. Fiction in the style of wire copy."""

from __future__ import annotations

import pytest
from extract_helpers import Extract
from test_finer_places import placed

FILLER = ("\n\nThe government did not respond to requests for comment.\n\nRights groups have long warned "
          "that attacks on civilians are growing more frequent.")


@pytest.mark.parametrize(
    ("text", "type_id", "town", "country"),
    [
        ("Gunmen kill 15 worshippers in church attack\n\nGunmen killed 15 worshippers at a church in northern "
         "Burkina Faso on Sunday, a church official said." + FILLER + "\n\nThe church is in the village of "
         "Essakane, near the town of Dori, according to the diocese.", "attack_on_civilians", "Dori",
         "Burkina Faso"),
        ("Suicide bomber kills 9 at restaurant\n\nA suicide bomber killed at least nine people at a restaurant "
         "in central Somalia on Saturday, police said." + FILLER + "\n\nThe restaurant is in the centre of "
         "Dhusamareb, the capital of Galmudug state, residents said.", "suicide_bomb", "Dhusamareb", "Somalia"),
        ("Militants kill 11 police officers\n\nMilitants attacked a police station in northwest Pakistan "
         "overnight, killing 11 officers, officials said." + FILLER + "\n\nThe police station is located in "
         "Dera Ismail Khan district, which borders South Waziristan.", "armed_clash", "Dera Ismail Khan",
         "Pakistan"),
    ],
)
def test_the_sites_own_sentence_places_the_event(extract: Extract, text: str, type_id: str, town: str,
                                                 country: str) -> None:
    place = placed(extract(text), type_id)
    assert town in (place.name or "") + place.text and place.country == country


@pytest.mark.parametrize(
    ("text", "type_id", "country"),
    [
        # "a second church" is another church: an indefinite noun points back to nothing
        ("Gunmen kill 15 worshippers in church attack\n\nGunmen killed 15 worshippers at a church in northern "
         "Burkina Faso on Sunday, a church official said." + FILLER + "\n\nA second church is in Kaya, the "
         "diocese said.", "attack_on_civilians", "Burkina Faso"),
        # the governor is nowhere in the event's sentence: where he sits says nothing of the attack
        ("Bandits kill 12 villagers\n\nBandits killed 12 villagers in northwestern Nigeria on Sunday, police "
         "said." + FILLER + "\n\nThe state governor is in Gusau, his spokesman said.", "attack_on_civilians",
         "Nigeria"),
    ],
)
def test_another_thing_or_an_indefinite_one_leaves_the_place(extract: Extract, text: str, type_id: str,
                                                            country: str) -> None:
    place = placed(extract(text), type_id)
    assert place.precision.value == "country" and place.country == country
