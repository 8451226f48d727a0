"""A party that tells an unnamed state force striking armed foes ("security forces killed 11 terrorists",
told by a military's media wing or a defence headquarters the registry does not know) tells its own act:
ACLED's "claimed". Fiction written for these tests (Pakistan, Nigeria, Philippines, Egypt, Mali), with
near misses: residents or a rights group telling it, victims who are civilians, a toll counting the force's
own men, the other side's named army, a rebel force."""

from __future__ import annotations

import pytest
from processed import mentions_of

from sitreps.link.own_claims import claims_own_act

OWN = [
    ("Security forces on Thursday killed 11 terrorists during an operation in the Mir Ali area of North "
     "Waziristan, the military's media wing said.", "killed"),
    ("Troops killed 23 bandits in a clearance operation near Tsafe in Zamfara state, the Defence "
     "Headquarters said on Friday.", "killed"),
    ("Soldiers killed nine militants in a firefight near the town of Datu Paglas on Sunday, the regional "
     "command said in a statement.", "firefight"),
]
NOT_OWN = [
    # residents and a rights group are no party to the act
    ("Security forces killed 11 militants in the Mir Ali area of North Waziristan on Thursday, residents said.",
     "killed"),
    ("Soldiers killed 14 villagers in a raid near the town of Djenne on Monday, Human Rights Watch said.",
     "killed"),
    # the victims are civilians, not armed foes
    ("Security forces killed four protesters in the city of Suez on Friday, the interior ministry said.",
     "killed"),
    # a named army of another country, told by a ministry of the other side
    ("Israeli troops killed five militants in a raid on the Jenin camp, the Palestinian health ministry said.",
     "killed"),
    # the toll counts the force's own men: a clash both sides lost men in
    ("Eight soldiers, 20 militants killed in Sahel clash\n\nSoldiers fought militants for several hours near "
     "Gao on Tuesday, the army said.", "clash"),
    # a rebel force is no state force
    ("Rebel forces killed 12 fighters of a rival faction near Kidal on Sunday, the army said.", "killed"),
]


@pytest.mark.parametrize(("text", "trigger"), OWN)
def test_a_party_telling_what_its_unnamed_troops_did_to_foes_claims_it(text: str, trigger: str) -> None:
    mentions = [m for m in mentions_of(text) if m.trigger.text == trigger]
    assert mentions and all(claims_own_act(m) for m in mentions)


@pytest.mark.parametrize(("text", "trigger"), NOT_OWN)
def test_no_party_or_no_foes_or_a_named_other_force_claims_nothing(text: str, trigger: str) -> None:
    assert not any(claims_own_act(m) for m in mentions_of(text) if m.trigger.text == trigger)
