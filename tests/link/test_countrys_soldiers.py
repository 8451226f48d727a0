"""An army of no stated country ("the armed forces said", "the army said") telling what one country's named
soldiers did to armed foes tells its own act, with no other teller (round 16c, ACLED's "claimed"). Fiction
written for these tests (Mali, Niger, Chad, Burkina Faso), with near misses: residents or a rights group
telling it, victims who are villagers, an army that names another country than the soldiers'."""

from __future__ import annotations

import pytest
from processed import mentions_of

from sitreps.link.own_claims import claims_own_act

OWN = [
    ("Malian soldiers killed about thirty terrorists in air and ground strikes near the town of Lere on "
     "Thursday, the armed forces said in a statement.", "killed"),
    ("Nigerien soldiers killed 18 jihadists during a patrol near the town of Tillaberi on Monday, the army said.",
     "killed"),
    ("Chadian troops killed 40 insurgents in fighting on the islands of Lake Chad on Sunday, the army said on "
     "state television.", "fighting"),
]
NOT_OWN = [
    # residents and a rights group are no party to the act
    ("Malian soldiers killed about thirty militants near the town of Lere on Thursday, residents said.",
     "killed"),
    ("Burkinabe soldiers killed 20 jihadists near the town of Djibo on Monday, Human Rights Watch said.",
     "killed"),
    # the victims are villagers, not armed foes
    ("Nigerien soldiers killed 14 villagers in a raid near the town of Ayorou on Monday, the army said.",
     "killed"),
]


@pytest.mark.parametrize(("text", "trigger"), OWN)
def test_an_army_telling_its_countrys_soldiers_act_on_foes_claims_it(text: str, trigger: str) -> None:
    mentions = [m for m in mentions_of(text) if m.trigger.text == trigger]
    assert mentions and all(claims_own_act(m) for m in mentions)


@pytest.mark.parametrize(("text", "trigger"), NOT_OWN)
def test_no_party_or_no_foes_claims_nothing(text: str, trigger: str) -> None:
    assert not any(claims_own_act(m) for m in mentions_of(text) if m.trigger.text == trigger)
