"""A toll the article raises in a sentence of its own ("the death toll later rose to 15") revises its incident's
toll: read onto the body's retelling before it, it no longer keeps that retelling apart from the lead that gave
the first figure. A raised toll of another incident (another town, another month) stays apart.

Every article and sentence here is fiction written for these tests, in the styles of wire copy and local press.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, told_together

from sitreps.extract.agreement import raised_toll
from sitreps.models import Count, Span


def _count(value: int, *words: str) -> Count:
    text = " ".join((str(value), *words))
    spans = [Span.of(text, 0, len(str(value)))]
    start = len(str(value)) + 1
    for word in words:
        spans.append(Span.of(text, start, start + len(word)))
        start += len(word) + 1
    return Count(what="killed", value=value, low=value, high=value, evidence=spans)


def test_a_higher_figure_a_toll_noun_states_raises_the_toll() -> None:
    assert raised_toll(_count(12, "killed"), _count(15, "toll"))
    assert raised_toll(_count(17, "civilians"), _count(21, "number"))


def test_a_lower_figure_or_one_no_toll_noun_states_raises_nothing() -> None:
    assert not raised_toll(_count(15, "killed"), _count(12, "toll"))
    assert not raised_toll(_count(24, "killed"), _count(52, "killed"))



@pytest.mark.parametrize(("text", "first", "second"), [
    ("Gunmen kill nine in Zamfara village\n\nGunmen killed nine people in an attack on Kadisau village in Zamfara "
     "state on Sunday, police said.\n\nThe attackers rode into the village on motorcycles and opened fire on "
     "worshippers, a police spokesman said. The death toll later rose to 14, a community leader said.",
     "attack on", "opened fire"),
    ("Air strike on Idlib market kills 11\n\nAn air strike on a market in the town of Ariha in Idlib killed 11 "
     "people on Monday, rescuers said.\n\nThe Syrian army said its jets had struck a rebel depot near the market. "
     "Rescuers later raised the toll from the strike to 16.", "air strike", "struck"),
    ("Army jet bombs Sudan market, 30 dead\n\nAn army jet bombed a market in Kabkabiya in North Darfur on Friday, "
     "killing 30 people, activists said.\n\nThe jet dropped three bombs on the stalls as traders gathered, a "
     "local volunteer group said. The death toll rose to 38 overnight, the group said.", "bombed",
     "dropped three bombs"),
])
def test_a_raised_toll_keeps_the_retelling_with_its_incident(extract: Extract, text: str, first: str,
                                                            second: str) -> None:
    assert told_together(extract, text, first, second)


def test_the_raised_toll_of_another_incident_stays_apart(extract: Extract) -> None:
    text = ("Gunmen kill four in Kaduna\n\nGunmen killed four farmers near Kajuru in Kaduna state on Tuesday, "
            "police said.\n\nSeparately, gunmen attacked the village of Kauru in March. The death toll from that "
            "attack has risen to 35, officials said.")
    assert not told_together(extract, text, "killed four", "attacked the village")
