"""Whom an event noun launched by a verb was aimed at when the parser hangs its "on" on the verb: "the
army launched air strikes on rebel positions", "the junta carried out air raids on villages" (issue #13
"Actors", round 22: the noun named no target, so the strike had none); and a launching verb whose object
counts the events ("launched a string of drone raids on the provincial town"), which made the string the target.

Sentences written for these tests (fiction in the style of wire copy, local papers and NGO reports), from
several conflicts; near misses after.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention, Role


def _names(events: list[EventMention], role: Role) -> list[str]:
    return [a.name.lower() for m in events for a in m.actors if a.role is role]


AIMED = [
    ("The army launched air strikes on rebel positions in Sagaing on Monday.", "army", "rebel"),
    ("The junta carried out air raids on villages in Chin state last week, residents said.", "junta", "villages"),
    ("The Myanmar military carried out air raids on villages in Chin state on Monday, residents said.",
     "military", "villages"),
    ("The army launched a wave of air strikes on rebel positions in Sagaing on Monday.", "army", "rebel"),
    ("Turkish forces conducted drone strikes against PKK hideouts in the Qandil mountains, the ministry said.",
     "turk", "pkk"),
    ("The Saudi-led coalition carried out dozens of air raids on Houthi positions around Hodeidah overnight.",
     "coalition", "houthi"),
]


@pytest.mark.parametrize(("text", "doer", "aimed"), AIMED)
def test_what_a_launched_strike_was_aimed_at_is_its_target(extract: Extract, text: str, doer: str,
                                                            aimed: str) -> None:
    events = extract(text)
    assert any(doer in n for n in _names(events, Role.INITIATOR)), [(m.type, m.actors) for m in events]
    assert any(aimed in n for n in _names(events, Role.TARGET)), [(m.type, m.actors) for m in events]


@pytest.mark.parametrize("text", [
    "The army launched air strikes on Monday in the north of the country, a spokesman said.",
    "Rights groups condemned the air raids on Tuesday, calling for an inquiry.",
])
def test_a_day_or_a_speaker_names_no_target(extract: Extract, text: str) -> None:
    """Near misses: "on Monday" says when; the verb of a speaker aims nothing."""
    events = extract(text)
    assert not _names(events, Role.TARGET), [(m.type, m.actors) for m in events]


SERIES = [
    ("Russian forces launched a series of air strikes on the regional capital on Monday, officials said.",
     "russia", "capital"),
    ("Israel launched a wave of aerial assaults on Hezbollah strongholds in the Bekaa valley overnight.",
     "israel", "hezbollah"),
    ("Azerbaijani forces launched a wave of aerial assaults on Armenian positions on Tuesday, Yerevan said.",
     "azerbaijan", "armenian"),
    ("Moscow launched a barrage of aerial assaults on Kharkiv's power grid overnight, the mayor said.",
     "moscow", "grid"),
    ("Ukraine launched a wave of aerial assaults on Russian airfields in Crimea, Kyiv said on Friday.",
     "ukrain", "airfields"),
]


@pytest.mark.parametrize(("text", "doer", "aimed"), SERIES)
def test_a_launched_series_is_aimed_at_what_its_events_were(extract: Extract, text: str, doer: str,
                                                            aimed: str) -> None:
    """"Launched a string of drone raids on the town": the launching verb's object counts the raids;
    the town they were aimed at is the target, never "a string of drone raids"."""
    events = extract(text)
    targets = _names(events, Role.TARGET)
    assert any(doer in n for n in _names(events, Role.INITIATOR)), [(m.type, m.actors) for m in events]
    assert any(aimed in n for n in targets), [(m.type, m.actors) for m in events]
    assert not any("series" in n or "wave" in n or "barrage" in n for n in targets), targets


def test_launched_means_are_no_series(extract: Extract) -> None:
    """Near miss: "launched missiles at the port" names the means and what they were fired at."""
    events = extract("Houthi rebels launched missiles at the port of Eilat on Sunday, the Israeli army said.")
    assert not any("missiles" in n for n in _names(events, Role.TARGET)), [(m.type, m.actors) for m in events]


LAUNCHED_ASSAULTS = [
    ("Russia launched a drone attack on Kharkiv overnight, the regional governor said.", "russia", "kharkiv"),
    ("Militants launched a rocket attack on an army base in Kidal on Sunday.", "militants", "base"),
    ("Al-Shabaab fighters mounted a mortar attack on the presidential palace in Mogadishu late on Tuesday.",
     "al-shabaab", "palace"),
    ("Houthi forces launched a missile attack on a tanker off Hodeidah, the shipping agency said.",
     "houthi", "tanker"),
]


@pytest.mark.parametrize(("text", "doer", "aimed"), LAUNCHED_ASSAULTS)
def test_a_launched_assault_is_aimed_at_what_it_was_launched_on(extract: Extract, text: str, doer: str,
                                                                 aimed: str) -> None:
    """Round 28: a phrase trigger on the launching verb ("launched a drone", "launched a rocket") read the
    attack's "on" phrase as the noun's only, so the strike had no target; the verb's act is the assault."""
    events = extract(text)
    assert any(doer in n for n in _names(events, Role.INITIATOR)), [(m.type, m.actors) for m in events]
    assert any(aimed in n for n in _names(events, Role.TARGET)), [(m.type, m.actors) for m in events]


@pytest.mark.parametrize(("text", "met"), [
    ("Soldiers at an outpost near Torodi fought off an attack by armed bandits on Friday.", "armed bandits"),
    ("Troops repelled an attack on their base in Tillia by jihadists, the army said.", "jihadists"),
])
def test_an_assault_the_defenders_met_keeps_its_attackers_first(extract: Extract, text: str, met: str) -> None:
    """Near miss: a verb of defence meets the assault it holds (``repelling``): its attackers stay the doers."""
    events = extract(text)
    assert any(met in n for n in _names(events, Role.INITIATOR)), [(m.type, m.actors) for m in events]
