"""The noun "exchange" tells a swap where people are traded, and a body's remit ("the headquarters for prisoners
of war") tells no event.

Every sentence here is fiction written for these tests, in the styles of wire copy, local press and a
ministry's statement (round 22, issue #13 "Types" and "Event-ness").
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

EXCHANGE = "prisoner_exchange"
TAKINGS = ("surrender_capture", "arrest", "abduction")


def _rows(events: list) -> list[tuple[str, str]]:
    return [(m.type, m.trigger.text) for m in events]


@pytest.mark.parametrize("text", [
    # Russia/Ukraine: a headline naming the swap by the bare noun
    "Ukraine brings home 95 soldiers in latest exchange",
    # Armenia/Azerbaijan: "in an exchange brokered by"
    "Azerbaijan freed 32 Armenian soldiers on Thursday in an exchange brokered by Washington.",
    # Yemen: "the exchange of" people
    "The exchange of 800 detainees between the Houthis and the government began at Sanaa airport on Friday.",
    # Sudan: the swap as the subject of its own sentence, with the people it traded
    "The third exchange this year saw 40 soldiers and 25 RSF fighters cross the front line near El Obeid.",
    # Colombia: bodies handed back
    "Guerrillas and the army completed an exchange of the bodies of 12 fighters in Arauca on Sunday.",
])
def test_a_bare_exchange_of_people_is_a_swap(extract: Extract, text: str) -> None:
    events = extract(text)
    assert any(m.type == EXCHANGE for m in events), _rows(events)


@pytest.mark.parametrize("text", [
    "The two ministers had a heated exchange over the border talks in Addis Ababa on Monday.",
    "The exchange rate fell sharply after the army took control of the central bank in Khartoum.",
    "The rebels will free the town's mayor in exchange for a ransom, his family said.",
    "Troops and insurgents traded an exchange of fire near Mocimboa da Praia overnight.",
    "Students from Kharkiv joined a cultural exchange in Warsaw this week.",
])
def test_an_exchange_of_words_money_or_fire_is_no_swap(extract: Extract, text: str) -> None:
    assert not [m for m in extract(text) if m.type == EXCHANGE], _rows(extract(text))


@pytest.mark.parametrize("text", [
    # Ukraine: the coordinating body's name in a credit line
    "The swap was confirmed by the coordination headquarters for the treatment of prisoners of war on Monday.",
    # Israel: an envoy whose title names hostages
    "The prime minister's envoy for hostages and missing persons met the families in Tel Aviv on Sunday.",
    # Nigeria: a committee for the release of kidnapped pupils
    "Members of the committee for the release of the abducted schoolchildren met the governor in Kaduna.",
    # Mexico: an office on disappearances
    "The national commission for the search of disappeared people published its report on Tuesday.",
    # Philippines: a task force on abductions
    "A spokesman for the presidential task force on kidnappings spoke to reporters in Manila.",
])
def test_a_bodys_remit_is_no_event(extract: Extract, text: str) -> None:
    events = extract(text)
    assert not [m for m in events if m.type in TAKINGS], _rows(events)


@pytest.mark.parametrize("text", [
    "Drones struck the headquarters of the regional police in Kherson overnight, killing two officers.",
    "Gunmen abducted the head of the commission in Kaduna on Sunday, police said.",
    "The bombing of the ministry of defence in Kabul killed six people on Monday.",
])
def test_an_event_on_a_body_stays(extract: Extract, text: str) -> None:
    assert extract(text), "the event on the body must stay"


@pytest.mark.parametrize("text", [
    "Armenia, Azerbaijan hold prisoner swap at border\n\nAzerbaijan handed over 32 Armenian servicemen on "
    "Thursday, officials said. It was the first exchange of detainees since the fighting in September.",
    "Sudan's army and RSF swap detainees\n\nThe army and the RSF swapped 60 detainees in Kordofan on Monday. "
    "The exchange of the men, the second this year, was overseen by the Red Cross.",
])
def test_the_bare_noun_beside_another_word_of_the_swap_gives_no_second_row(extract: Extract, text: str) -> None:
    swaps = [m for m in extract(text) if m.type == EXCHANGE]
    assert len(swaps) == 1, _rows(swaps)
