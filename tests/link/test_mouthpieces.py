"""A party's mouthpiece speaks for the party: its spokesman, press service, media office or channel
(round 22, issue #13 "Scope of modality"). Fiction written for these tests, of several conflicts, with near
misses: a body's own name that holds a mouthpiece's word, and voices that are no party's."""

from __future__ import annotations

import pytest
from processed import mentions_of

from sitreps.link.mouthpieces import mouthpiece_party
from sitreps.link.own_claims import claims_own_act
from sitreps.link.seat_speakers import speaker_record


@pytest.mark.parametrize(("source", "party"), [
    ("the army's spokesman", "the army"),
    ("Houthi military spokesman", "Houthi"),
    ("spokesman of the Malian armed forces", "the Malian armed forces"),
    ("the press service of Ukraine's 47th brigade", "Ukraine's 47th brigade"),
    ("the Burkinabe army's press service", "the Burkinabe army"),
    ("the group's Telegram channel", "the group"),
    ("RSF adviser", "RSF"),
    ("the army's Arabic-language spokesman", "the army"),
])
def test_a_mouthpiece_names_its_party(source: str, party: str) -> None:
    assert mouthpiece_party(source) == party


@pytest.mark.parametrize("source", [
    "Ukraine's emergency service",  # the body's own name: "emergency" is no mouthpiece's word
    "the State Emergency Service",
    "the Media Office",
    "an army spokesman",  # matched with the party named before (party_voices.its_spokesman)
    "a spokesman",
    "the army",
    "Nabil Abdallah",
])
def test_other_sources_are_no_mouthpiece(source: str) -> None:
    assert mouthpiece_party(source) is None


def test_a_mouthpiece_is_read_as_its_party_by_the_registry() -> None:
    assert speaker_record("spokesman of the Malian armed forces").id == speaker_record("the Malian armed forces").id
    assert speaker_record("the Burkinabe army's press service").country == "Burkina Faso"


def _claimed(text: str, trigger: str) -> bool:
    return any(claims_own_act(m) for m in mentions_of(text) if m.trigger.text == trigger)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Sudan army retakes Jebel Moya\n\nThe Sudanese army retook the Jebel Moya area in Sennar state on Monday "
     "after days of fighting with the Rapid Support Forces, the army's spokesman said.", "retakes"),
    ("Hezbollah fighters fired 50 rockets at an Israeli army base in Safed, the group's media office said.",
     "fired 50 rockets"),
    ("Burkinabe soldiers neutralised dozens of terrorists near Djibo, the army's information service said.",
     "neutralised"),
    ("Israeli jets struck Hezbollah sites in southern Lebanon overnight, said Lt. Col. Avichay Adraee, the "
     "army's Arabic-language spokesman.", "struck"),
    ("Houthi military spokesman Yahya Saree said the group's naval forces had struck a container ship in the "
     "Gulf of Aden with two ballistic missiles.", "struck"),
])
def test_an_act_its_doers_mouthpiece_alone_tells_is_claimed(text: str, trigger: str) -> None:
    assert _claimed(text, trigger)


@pytest.mark.parametrize(("text", "trigger"), [
    # the other side's act, told by a party's mouthpiece
    ("Ukraine's air force spokesman said Russian drones struck a power plant in Odesa overnight.", "struck"),
    # a mouthpiece of a body that is no party to the fight
    ("Burkinabe soldiers neutralised dozens of terrorists near Djibo, the UN mission's spokesman said, citing "
     "local residents.", "neutralised"),
])
def test_another_sides_act_or_a_monitors_word_is_no_claim(text: str, trigger: str) -> None:
    assert not _claimed(text, trigger)
