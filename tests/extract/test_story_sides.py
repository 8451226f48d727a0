"""A change of territory or an agreement whose sentence names one side takes the other from the story;
a change of territory whose sentence names no loser takes the side that lost the ground from the
story (a withdrawal, a fight with the taker) or, for a take of ground the state held, the country's
armed forces (ACLED's actor 2 there). Sentences written for these tests (fiction in the style of news)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in, only

from sitreps.extract.implied_actors import IMPLIED_FLAG
from sitreps.models import EventMention, Role

TAKEOVER = "non_state_overtakes_territory"
RECAPTURE = "government_regains_territory"


def _targets(mention: EventMention) -> list[tuple[str, str | None, str | None]]:
    """(name, country, review flag) of the mention's targets."""
    return [(a.name, a.country, a.review_flag) for a in mention.actors if a.role is Role.TARGET]


@pytest.mark.parametrize(("text", "loser", "country"), [
    ("GOMA, Congo (Reuters) - M23 rebels seized the town of Rubaya on Tuesday after Congolese soldiers "
     "withdrew overnight, residents said.", "Congolese soldiers", "Democratic Republic of the Congo"),
    ("Taliban fighters seized the provincial capital of Kunduz on Sunday after Afghan troops fled their "
     "bases, officials said.", "Afghan troops", "Afghanistan"),
    ("Al-Shabaab militants overran a military base in Somalia's Middle Shabelle region on Thursday after "
     "a fierce battle with Somali troops, officials said.", "Somali troops", "Somalia"),
])
def test_the_loser_the_story_names_is_the_target(extract: Extract, text: str, loser: str, country: str) -> None:
    capture = only(extract(text), TAKEOVER)
    assert _targets(capture) == [(loser, country, None)], capture.actors


@pytest.mark.parametrize(("text", "forces", "country"), [
    ("Islamic State fighters captured the town of Chiure in Cabo Delgado on Sunday, local officials said.",
     "Mozambique military", "Mozambique"),
    ("BAMAKO (AFP) - Jihadists took control of the town of Boulkessi on Friday, security sources said.",
     "Mali military", "Mali"),  # "the army base at Boulkessi" names its holder (test_held_facility.py)
    ("KYIV (Reuters) - Russian forces captured the village of Novoselivka in Ukraine's Donetsk region on "
     "Friday, Moscow's defence ministry said.", "Ukraine military", "Ukraine"),
])
def test_ground_the_state_held_was_its_forces(extract: Extract, text: str, forces: str, country: str) -> None:
    capture = only(extract(text), TAKEOVER)
    assert _targets(capture) == [(forces, country, IMPLIED_FLAG)], capture.actors
    assert capture.actors[-1].evidence == [capture.trigger]


def test_a_loser_named_in_the_sentence_wins(extract: Extract) -> None:
    capture = only(extract("Sudan's army recaptured the town of Wad Madani from the Rapid Support Forces on "
                           "Saturday, the military said."), RECAPTURE)
    assert names_in(capture, Role.TARGET) == ["Rapid Support Forces"], capture.actors


def test_a_taker_of_uncertain_country_gets_no_implied_loser(extract: Extract) -> None:
    """"Government forces" the registry reads as a country the story never names: whose ground it
    took is as unsure as who took it, so no forces are implied."""
    captures = [m for m in extract("Government forces retook the town of Kidal in northern Mali on Tuesday, "
                                   "the army said.") if m.type in (TAKEOVER, RECAPTURE)]
    assert captures and all(not _targets(m) for m in captures), [m.actors for m in captures]


def test_other_events_get_no_loser(extract: Extract) -> None:
    strike = extract("Rebels shelled the outskirts of Goma on Tuesday, killing four civilians, residents said.")
    assert all(not any(a.review_flag == IMPLIED_FLAG for a in m.actors) for m in strike)


@pytest.mark.parametrize(("text", "other"), [
    ("M23 rebels fought Congolese troops near Sake on Monday. On Thursday the rebels signed a ceasefire in "
     "Luanda.", "Congolese troops"),
    ("Houthi fighters clashed with government forces near Marib on Monday. On Friday the Houthis agreed a "
     "truce, the UN envoy said.", "government forces"),
    ("KHARTOUM (AFP) - The Rapid Support Forces fought the Sudanese army in Omdurman on Tuesday. On Saturday "
     "the RSF agreed a humanitarian truce, mediators said.", "Sudanese army"),
])
def test_the_other_party_of_an_agreement_is_the_side_its_party_fought(extract: Extract, text: str,
                                                                      other: str) -> None:
    deals = [m for m in extract(text) if m.type in ("agreement", "ceasefire")]
    assert len(deals) == 1 and names_in(deals[0], Role.TARGET) == [other], [m.actors for m in deals]


@pytest.mark.parametrize("text", [
    "JUBA (AP) - The government and the rebels signed a peace agreement in Juba on Friday.",
    "Yemen's Houthis agreed to a ceasefire on Sunday. Residents of Sanaa welcomed the news, and dozens of "
    "civilians celebrated in the streets.",
])
def test_an_agreement_with_both_parties_or_no_foe_gets_no_other_party(extract: Extract, text: str) -> None:
    """Both parties named stay parties (the row sides them); civilians of the story are no party."""
    deals = [m for m in extract(text) if m.type in ("agreement", "ceasefire")]
    assert deals and all(not names_in(m, Role.TARGET) for m in deals), [m.actors for m in deals]


def test_a_recapture_with_no_loser_told_gets_none(extract: Extract) -> None:
    """A government regaining ground took it from whichever group held it: the story names none, so
    nothing is implied (only ground the state held implies its forces)."""
    recapture = only(extract("MAIDUGURI, Nigeria - Nigerian troops recaptured the town of Baga on Monday, "
                             "the army said."), RECAPTURE)
    assert not _targets(recapture), recapture.actors


@pytest.mark.parametrize(("text", "loser"), [
    ("Insurgents overran an army detachment in the town of Diapaga on Friday, security sources said. The "
     "attackers took control of the detachment for several hours before withdrawing into the forest. The "
     "soldiers who had been posted there fell back towards Fada N'Gourma, a source said. The army said its "
     "air force struck terrorist groups retreating from Diapaga on Saturday.", "army"),  # "an army detachment"
])
def test_the_takers_own_leaving_names_no_loser(extract: Extract, text: str, loser: str) -> None:
    """A withdrawal one of whose doers is the taker ("the attackers ... before withdrawing") is the taker's
    own leaving: its other names ("terrorist groups retreating") are the taker again, not the loser."""
    events = extract(text)
    capture = next(m for m in events if m.type == TAKEOVER)
    assert [a.name for a in capture.actors if a.role is Role.TARGET][:1] == [loser], capture.actors
