"""A killing bound to a demonstration's word is the demonstration's dead, not an attack of its own.

"A woman was shot and killed at a rally against the junta" tells one demonstration with one dead: ACLED codes the
people killed in a demonstration as its fatalities, an attack on civilians only where the killing stands alone.
The killing folds into the demonstration when one word governs the other (``absorbs_when_governed`` of
data/incident_kinds.yaml), and a later telling of the killing ("she was killed in front of me") still joins the
incident. A killing an armed side did stays an attack, and a killing chained by "after", or told in another town,
stays apart. Every article here is fiction written for these tests, in the style of wire copy and local news,
from several countries. Round 23, issue #13.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, told_together


@pytest.mark.parametrize(("text", "killing", "gathering"), [
    # Myanmar: "shot and killed at a rally"
    ("Woman killed at Yangon rally\n\nA woman was shot and killed at a rally against the junta in Yangon on "
     "Friday, witnesses said.", "shot", "a rally against"),
    # Honduras: "gunned down at a march"
    ("Student gunned down at Tegucigalpa march\n\nA student was gunned down at a march against the president in "
     "Tegucigalpa on Monday, classmates said.", "was gunned down", "a march against"),
    # Nigeria: "during a protest"
    ("Teacher shot dead during Abuja protest\n\nA teacher was shot and killed during a protest over unpaid "
     "salaries in Abuja on Thursday, union leaders said.", "shot and", "a protest over"),
    # Pakistan: "at a sit-in"
    ("Farmer shot at Lahore sit-in\n\nA farmer was shot and killed at a sit-in against wheat prices in Lahore on "
     "Wednesday, organisers said.", "was shot", "a sit-in against"),
    # Belarus: "beaten to death at a demonstration"
    ("Protester beaten to death in Minsk\n\nA protester was beaten to death at a demonstration against the "
     "election result in Minsk on Sunday, his family said.", "beaten to death", "a demonstration against"),
])
def test_a_killing_at_a_gathering_is_its_dead(extract: Extract, text: str, killing: str, gathering: str) -> None:
    assert told_together(extract, text, killing, gathering)


def test_a_later_telling_of_the_killing_joins_the_gathering(extract: Extract) -> None:
    text = ("Farmer shot at Lahore sit-in\n\nA farmer was shot and killed at a sit-in against wheat prices in Lahore "
            "on Wednesday, organisers said. Police said the farmer was killed by a stray bullet.")
    assert told_together(extract, text, "a sit-in against", "killed by")


@pytest.mark.parametrize(("text", "killing", "gathering"), [
    # Cameroon: an armed side's killing at a march is an attack
    ("Gunmen kill marcher in Bamenda\n\nSeparatist gunmen shot and killed a teacher at a march for peace in Bamenda "
     "on Saturday, residents said.", "shot and", "a march for"),
    # DR Congo: the rally came after the killing, a day later
    ("Rally held after killing in Goma\n\nHundreds rallied in Goma on Monday after a motorcyclist was shot and "
     "killed by soldiers on Sunday.", "shot and", "rallied in"),
    # Zimbabwe: a killing in another town
    ("Rally in Harare\n\nHundreds rallied against fuel prices in Harare on Monday. In Bulawayo, a man was shot and "
     "killed on Monday, police said.", "shot and", "rallied against"),
])
def test_other_killings_stay_apart(extract: Extract, text: str, killing: str, gathering: str) -> None:
    assert not told_together(extract, text, killing, gathering)
