"""A headline sums up its lead: the lead's word of a type of no incident kind retells the headline's incident.

"Yemen's warring parties swap hundreds of prisoners" and, in the lead, "The Houthis and the Saudi-backed
government exchanged nearly 900 prisoners" tell one exchange, though the headline names its sides loosely. Types
of no incident kind (prisoner swaps, arrests, abductions) otherwise join only when they share a side or refer
back; a lead word of another place or day stays apart. Every article here is fiction written for these tests,
in the style of wire copy, from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, told_together


@pytest.mark.parametrize(("text", "headline", "lead"), [
    # Yemen: the headline's "warring parties", the lead's named sides
    ("Yemen's warring parties swap hundreds of prisoners\n\nThe Houthis and the Saudi-backed government exchanged "
     "nearly 900 prisoners on Sunday in a deal brokered by the United Nations.\n\nPlanes carrying the freed "
     "detainees landed in Sanaa and Aden.", "swap", "exchanged"),
    # Gaza: a hostage-prisoner swap, the lead's first release
    ("Israel and Hamas complete hostage-prisoner swap\n\nHamas released four Israeli hostages in Gaza on Saturday "
     "and Israel freed 200 Palestinian prisoners in exchange, under the ceasefire deal.\n\nThe freed prisoners "
     "returned to Ramallah in the occupied West Bank.", "swap", "released four"),
    # Ethiopia: "rebels and government" in the headline, the front named in the lead
    ("Ethiopian rebels and government free prisoners in swap\n\nThe Tigray People's Liberation Front and the "
     "federal government exchanged 40 prisoners in Mekelle on Friday, local officials said.\n\nThe exchange was "
     "the first since the fighting resumed.", "swap", "exchanged"),
    # Sudan: the headline's "warring sides"
    ("Sudan's warring sides swap detainees\n\nThe Sudanese army and the Rapid Support Forces exchanged 120 "
     "detainees in Omdurman on Monday under a deal mediated by the Red Cross, both sides said.\n\nThe released "
     "men were taken to a hospital for checks.", "swap", "exchanged"),
    # Russia and Ukraine: capitals in the headline, forces in the lead
    ("Moscow and Kyiv swap POWs\n\nRussian and Ukrainian forces exchanged 75 prisoners of war each at the "
     "Belarusian border on Saturday, the defence ministry in Moscow said.\n\nUkraine's human rights "
     "commissioner said the freed soldiers were in good health.", "swap", "exchanged"),
])
def test_the_lead_retells_the_headline(extract: Extract, text: str, headline: str, lead: str) -> None:
    assert told_together(extract, text, headline, lead)


@pytest.mark.parametrize(("text", "headline", "lead"), [
    # Bangladesh: the lead tells another arrest in another city on another day
    ("Police arrest opposition leader in Dhaka\n\nPolice in the port city of Chittagong arrested 30 student "
     "activists on Monday, a police officer said.\n\nThe opposition leader was detained in Dhaka on Sunday, his "
     "party said.", "arrest", "arrested"),
    # Nigeria: the lead tells another kidnapping in another state
    ("Gunmen kidnap 20 bus passengers in Kaduna\n\nBandits abducted a village chief in Zamfara state on Monday, "
     "residents said.\n\nPolice said officers had been deployed to rescue the victims.", "kidnap", "abducted"),
])
def test_another_incident_in_the_lead_stays_apart(extract: Extract, text: str, headline: str, lead: str) -> None:
    assert not told_together(extract, text, headline, lead)
