"""Being held, told in a swap or release story, is the release or a state: no capture or arrest row.

Every sentence here is fiction written for these tests, in the style of wire copy (round 21b, issue #13).
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

TAKINGS = ("surrender_capture", "arrest")
EXCHANGE = "prisoner_exchange"


def _rows(events: list) -> list[tuple[str, str]]:
    return [(m.type, m.trigger.text) for m in events]


@pytest.mark.parametrize("text", [
    # Russia/Ukraine: the swap told from one side, the held named by "captivity" and "prisoners of war"
    "Ukraine's Coordination Headquarters said on Tuesday that 120 Ukrainian soldiers had been returned home "
    "from Russian captivity. In return, 120 Russian servicemen were handed over to Moscow.",
    # Armenia/Azerbaijan: brought home from captivity
    "Armenia said on Thursday that 32 of its servicemen were brought home from captivity in Azerbaijan. In "
    "exchange, Yerevan handed over two Azerbaijani soldiers, the foreign ministry said.",
    # DRC: rebels hand over prisoners of war, the army frees fighters from detention
    "The M23 rebels handed over 40 Congolese prisoners of war on Sunday. In return, the army freed 25 rebel "
    "fighters from detention in Kinshasa, the Red Cross said.",
    # Colombia: a release after a time in captivity
    "ELN guerrillas released six police officers on Saturday after more than a year in captivity, the "
    "ombudsman's office said.",
    # Sudan: detainees repatriated from detention under a deal
    "Forty Sudanese army officers were repatriated from detention in Darfur on Monday as part of a swap "
    "with the Rapid Support Forces, mediators said.",
])
def test_a_return_from_being_held_is_the_exchange(extract: Extract, text: str) -> None:
    events = extract(text)
    assert any(m.type == EXCHANGE for m in events), _rows(events)
    assert not [m for m in events if m.type in TAKINGS], _rows(events)


@pytest.mark.parametrize("text", [
    # Russia/Ukraine: the time held, told beside the swap's own word
    "Russia and Ukraine exchanged 95 prisoners of war each on Friday, officials said. Many of the men had "
    "spent more than a year in captivity.",
    # Yemen: a swap, the years in detention as background
    "The Houthis and the government released 318 detainees on Friday as part of a swap brokered by the "
    "United Nations. Some of the men had spent years in detention.",
    # Israel/Hamas: hostages released under a deal, their months in captivity
    "Hamas freed four Israeli hostages on Saturday in a hostage release under the truce, the army said. The "
    "women had endured 15 months in captivity.",
])
def test_a_time_held_is_no_taking(extract: Extract, text: str) -> None:
    events = extract(text)
    assert any(m.type == EXCHANGE for m in events), _rows(events)
    assert not [m for m in events if m.type in TAKINGS], _rows(events)


@pytest.mark.parametrize(("text", "kind"), [
    # near misses: a capture in battle, the taken led into captivity
    ("Ukrainian troops captured 12 Russian soldiers near Bakhmut on Tuesday, the army said. The soldiers "
     "were taken into captivity after their position was surrounded.", "surrender_capture"),
    ("Forty Houthi fighters surrendered to government forces in Marib on Monday, the army said.",
     "surrender_capture"),
    # an arrest, its detention a taking
    ("Police arrested an opposition leader in Kinshasa on Sunday and placed him in detention, his party said.",
     "arrest"),
    # a hostage-taking
    ("Gunmen took 20 villagers hostage in Borno State on Monday, police said.", "abduction"),
])
def test_a_taking_stays(extract: Extract, text: str, kind: str) -> None:
    events = extract(text)
    assert any(m.type == kind for m in events), _rows(events)
    assert not [m for m in events if m.type == EXCHANGE], _rows(events)
