"""Who an attack, a strike or a bombing hit, told away from its verb: what met a mine, the site its
clause names (a force's post, a civilian site as the country's civilians) and the people its own
figures count. Sentences written for these tests (fiction in the style of news)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in

from sitreps.models import EventMention, Role

STRIKES = frozenset({"attack_on_civilians", "air_drone_strike", "shelling_missile_attack", "remote_explosive",
                     "suicide_bomb", "grenade"})


def _strike(events: list[EventMention]) -> EventMention:
    found = [m for m in events if m.type in STRIKES]
    assert len(found) == 1, [(m.type, m.trigger.text) for m in events]
    return found[0]


@pytest.mark.parametrize(("text", "victims"), [
    ("GAO, Mali (AFP) - A car bomb went off at the entrance of a hotel compound on Friday, killing four "
     "guards, a security source said.", "four guards"),
    ("A mortar round exploded in a courtyard in Zaporizhzhia overnight, wounding six people, the regional "
     "administration said.", "six people"),
    ("A landmine exploded under a tractor near Kandahar on Monday, killing two farmers, the district "
     "chief said.", "two farmers"),
])
def test_the_people_its_figures_count_are_the_target(extract: Extract, text: str, victims: str) -> None:
    strike = _strike(extract(text))
    assert names_in(strike, Role.TARGET) == [victims], strike.actors


@pytest.mark.parametrize(("text", "met"), [
    ("An Ethiopian army truck ran over a landmine near Gondar on Wednesday, a hospital official said.",
     "Ethiopian army truck"),
    ("A Somali soldier stepped on a mine outside Beledweyne on Sunday, local elders said.", "Somali soldier"),
])
def test_what_met_the_mine_is_the_target_not_the_doer(extract: Extract, text: str, met: str) -> None:
    strike = _strike(extract(text))
    assert met in " ".join(names_in(strike, Role.TARGET)), strike.actors
    assert not names_in(strike, Role.INITIATOR), strike.actors


@pytest.mark.parametrize(("text", "country", "site"), [
    ("A bomb exploded inside a crowded bazaar in Peshawar on Thursday evening, police said.", "Pakistan", "bazaar"),
    ("A drone strike hit a school in the town of Kadugli in Sudan on Tuesday, a teachers' union said.", "Sudan",
     "school"),
])
def test_a_civilian_site_stands_for_the_countrys_civilians(extract: Extract, text: str, country: str,
                                                           site: str) -> None:
    """The site stays the evidence: it is the words that say whom the strike hit."""
    strike = _strike(extract(text))
    targets = [a for a in strike.actors if a.role is Role.TARGET]
    assert [(a.actor_type, a.country) for a in targets] == [("civilians", country)], strike.actors
    assert [e.text.split()[-1] for e in targets[0].evidence] == [site]


def test_a_site_a_force_owns_is_the_target(extract: Extract) -> None:
    strike = _strike(extract("A bomb went off near a police van in Kano on Saturday, killing a constable "
                             "and wounding three traders, officials said."))
    assert names_in(strike, Role.TARGET) == ["a police van"], strike.actors


def test_the_dead_attacker_is_no_target(extract: Extract) -> None:
    """ "Killing himself and 12 shoppers": the bomber died with them, the shoppers are the victims."""
    strike = _strike(extract("A suicide bomber blew himself up in Maiduguri on Sunday, killing himself and 12 "
                             "shoppers, emergency officials said."))
    assert names_in(strike, Role.TARGET) == ["12 shoppers"], strike.actors


def test_a_target_the_sentence_names_wins(extract: Extract) -> None:
    strike = _strike(extract("Coalition aircraft bombed Houthi positions near Saada on Monday, killing 20 "
                             "fighters, the coalition said."))
    assert names_in(strike, Role.TARGET) == ["Houthi positions"], strike.actors


def test_a_tally_of_the_war_names_no_victims(extract: Extract) -> None:
    strike = _strike(extract("A shell hit a power station in Horlivka on Friday. The war has killed more than "
                             "10,000 people in the region."))
    assert not [n for n in names_in(strike, Role.TARGET) if "10,000" in n], strike.actors
