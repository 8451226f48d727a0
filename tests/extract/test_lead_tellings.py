"""The headline and the lead tell the article's main incident: two of one type there, whose sides agree, are one.

Types of no listed kind (captures, truces, deals) join a retelling only when it shares an actor; the
headline and the lead often name one side by two registry entries ("Ukrainian soldiers", "Ukrainian
troops"). Every article and sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.extract.agreement import sides_agree
from sitreps.models import ActorMention, EventMention, Modality, Role, Span


def _of(events: list[EventMention], type_id: str) -> list[EventMention]:
    return [m for m in events if m.type == type_id]


@pytest.mark.parametrize(("text", "type_id"), [
    ("Dozens of Ukrainian soldiers captured near Pokrovsk\n\nRussian forces captured about 40 Ukrainian troops "
     "near Pokrovsk on Saturday, the Ukrainian army said.", "surrender_capture"),
    ("Truce declared in Omdurman\n\nThe Sudanese army announced a ceasefire in Omdurman on Tuesday, residents "
     "said.", "ceasefire"),
    ("Government and rebels sign accord in Nairobi\n\nSouth Sudan's government signed an agreement with the "
     "SPLM-IO in Nairobi on Friday, mediators said.", "agreement"),
])
def test_the_headline_and_the_lead_tell_one_incident(extract: Extract, text: str, type_id: str) -> None:
    assert len(_of(extract(text), type_id)) == 1


def test_two_sides_taking_prisoners_stay_two(extract: Extract) -> None:
    events = extract("Both sides take prisoners\n\nRussian forces captured 20 Ukrainian soldiers on Monday, and "
                     "Ukrainian troops captured 15 Russian soldiers, officials said.")
    assert len(_of(events, "surrender_capture")) == 2


def test_truces_of_two_wars_in_one_lead_stay_two(extract: Extract) -> None:
    events = extract("Truces declared in two wars\n\nThe Sudanese army declared a truce on Tuesday, while "
                     "Ethiopia's government announced a ceasefire with Fano militias.")
    assert len(_of(events, "ceasefire")) == 2


def test_a_capture_told_deeper_is_not_the_lead_s(extract: Extract) -> None:
    events = extract("Ukrainian soldiers captured near Pokrovsk\n\nRussian forces captured about 40 Ukrainian "
                     "troops near Pokrovsk on Saturday, the Ukrainian army said.\n\nLast month Ukrainian troops "
                     "captured 25 Russian soldiers in the Kursk region, Kyiv said.")
    assert len(_of(events, "surrender_capture")) == 2


def _mention(*actors: tuple[Role, str | None, str | None, str]) -> EventMention:
    span = Span.of("Soldiers were captured.", 0, 8)
    told = [ActorMention(role=role, actor_id=actor_id, country=country, name=name, evidence=[span])
            for role, actor_id, country, name in actors]
    return EventMention(id="d:m0", type="surrender_capture", acled=None, plover=None, cameo=None, trigger=span,
                        sentence=span, actors=told,
                        counts=[], place=None, time=None, modality=Modality.REPORTED, attribution=None,
                        confidence=0.8)


@pytest.mark.parametrize(("first", "later", "agree"), [
    ((Role.TARGET, "ua-military-personnel", "Ukraine", "Ukrainian soldiers"),
     (Role.TARGET, "ua-armed-forces", "Ukraine", "Ukrainian troops"), True),      # one side, two entries
    ((Role.TARGET, "ua-armed-forces", "Ukraine", "Ukrainian troops"),
     (Role.TARGET, "ru-military-personnel", "Russia", "Russian soldiers"), False),  # two sides
    ((Role.PARTICIPANT, "sd-saf", "Sudan", "the Sudanese army"),
     (Role.PARTICIPANT, "et-government", "Ethiopia", "Ethiopia's government"), False),
    ((Role.INITIATOR, None, None, "Colonel Jorge Silva"),
     (Role.INITIATOR, None, None, "Major Rui Costa"), False),                    # two named doers
    ((Role.INITIATOR, "ke-police", "Kenya", "Kenyan police"),
     (Role.INITIATOR, "ke-military", "Kenya", "the Kenyan army"), False),          # two forces of one country
])
def test_sides_agree(first: tuple[Role, str | None, str | None, str], later: tuple[Role, str | None, str | None, str],
                     agree: bool) -> None:
    assert sides_agree(_mention(first), _mention(later)) is agree
