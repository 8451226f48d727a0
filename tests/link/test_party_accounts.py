"""Acts a party tells alone that ACLED codes ``claimed`` (round 22, issue #13 "Scope of modality"): the other
side's surrender, defection or retreat a party announces; an act the outlet tells in its own words and closes
on a bare "the ministry said" or "the group said"; a group's own ranks named as "the group's fighters".
Fiction written for these tests, of several conflicts and outlets' voices, with near misses that stay
reported: a monitor, a hospital or residents telling the act, and the other side's strikes on civilians."""

from __future__ import annotations

import pytest
from processed import claims_its_act, mentions_of

from sitreps.link.own_claims import claims_own_act

CONCEDED = [
    ("A senior commander of the Rapid Support Forces defected to the Sudanese army in Gezira state on Sunday "
     "with some 200 fighters, the army said in a statement.", "defected"),
    ("Ukraine's 47th Mechanised Brigade said on Tuesday that eleven Russian soldiers had surrendered to its "
     "troops near Pokrovsk.", "surrendered"),
    ("Dozens of JNIM fighters surrendered to the Burkinabe army in the Est region last week, the army's press "
     "service said on Monday.", "surrendered"),
    ("Myanmar's military government said on state television that 60 members of the People's Defence Force "
     "had surrendered to troops in Magway region.", "surrendered"),
    ("Twenty-four ELN guerrillas deserted their unit in Arauca and handed themselves in to the Colombian army "
     "on Saturday, the Defence Ministry said.", "deserted"),
]
CONCEDED_REPORTED = [
    # residents and a UN mission are no party
    ("Forty RSF fighters surrendered to the army in Sennar on Monday, residents told our correspondent.",
     "surrendered"),
    ("Some 300 fighters of the M23 handed over their weapons in Goma, the UN mission said.", "handed over"),
]


@pytest.mark.parametrize(("text", "trigger"), CONCEDED)
def test_a_foes_surrender_or_defection_a_party_announces_is_claimed(text: str, trigger: str) -> None:
    assert claims_its_act(text, trigger)


@pytest.mark.parametrize(("text", "trigger"), CONCEDED_REPORTED)
def test_a_surrender_no_party_tells_stays_reported(text: str, trigger: str) -> None:
    assert not any(claims_own_act(m) for m in mentions_of(text) if m.trigger.text == trigger)


BARE_BODIES = [
    ("Israeli jets struck Hezbollah sites in southern Lebanon overnight, the military said.", "struck"),
    ("Russian forces captured the village of Pishchane in the Kharkiv region, the defence ministry said on "
     "Sunday.", "captured"),
    ("Colombian troops killed six ELN rebels in Arauca, the defence ministry said.", "killed"),
    ("JNIM fighters attacked an army post in Djibo and killed 40 soldiers, the group said in a message on its "
     "channels.", "attacked"),
    ("Russian troops took control of Pishchane, the ministry said in its daily briefing.", "took control of"),
]
BARE_BODIES_REPORTED = [
    # the victims' side: a bare body telling strikes on its own people and places
    ("Russian forces shelled Kherson overnight, killing two people, the ministry said.", "shelled"),
    ("Russian forces shelled a hospital in Kharkiv, the military said.", "shelled"),
    ("Israeli jets struck a school sheltering displaced families in Gaza City, the ministry said.", "struck"),
    ("RSF fighters shelled a market in El Fasher, killing 15 civilians, the army said.", "shelled"),
    ("JNIM fighters attacked a convoy of traders near Djibo, the army said.", "attacked"),
]


@pytest.mark.parametrize(("text", "trigger"), BARE_BODIES)
def test_a_bare_body_telling_its_sides_strike_on_armed_foes_claims_it(text: str, trigger: str) -> None:
    assert claims_its_act(text, trigger)


@pytest.mark.parametrize(("text", "trigger"), BARE_BODIES_REPORTED)
def test_a_bare_body_telling_strikes_on_bystanders_claims_nothing(text: str, trigger: str) -> None:
    assert not claims_its_act(text, trigger)


@pytest.mark.parametrize(("text", "trigger"), [
    ("RSF adviser Mohamed Mukhtar said on Saturday that the group's fighters had shot down a Sudanese army "
     "drone over Nyala.", "shot down"),
    ("The Arakan Army said the movement's fighters had overrun a junta outpost near Buthidaung.", "overrun"),
])
def test_a_groups_own_ranks_named_by_its_noun_are_its_own(text: str, trigger: str) -> None:
    assert claims_its_act(text, trigger)


def test_another_groups_ranks_are_not_the_speakers() -> None:
    """ "The militia's fighters" told by the army are its foes, not its own ranks."""
    text = "The army said the militia's fighters had attacked a checkpoint near Bunia."
    assert not claims_its_act(text, "attacked")
