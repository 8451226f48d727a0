"""Two event words of one sentence that a span of days or longer sets apart ("three years after", "a week after")
are two occasions: the protest stays peaceful, the earlier shooting is not its toll nor its type. Near misses:
a protest that "until" or "hours after" chains to the tear gas fired on it stays one protest with intervention,
and a march fired on the same day stays excessive force.

Every article here is fiction written for these tests, in the voices of wire copy, a local paper, a live page
and a rights group, from several countries.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, incident_telling

from sitreps.annotate.nlp import load_nlp
from sitreps.extract.days_apart import measured_apart
from sitreps.models import EventMention

PEACEFUL = "peaceful_protest"
INTERVENTION = "protest_with_intervention"
EXCESSIVE = "excessive_force_against_protesters"


def _listed(events: list[EventMention]) -> list[tuple[str, str]]:
    return [(m.type, m.trigger.text) for m in events]


@pytest.mark.parametrize(("text", "protest"), [
    ("Nigerian youths staged a protest in Lekki on Tuesday, three years after soldiers opened fire on "
     "demonstrators at the toll gate. Police watched the protest but did not intervene.", "protest"),
    ("Students marched through Dhaka on Friday, a week after police shot dead two protesters near the campus.",
     "marched"),
    ("LIVE 14:05 - Hundreds of teachers rallied outside parliament in Nairobi on Monday, two years after police "
     "killed three demonstrators at the same gate. The rally was calm.", "rallied"),
    ("Relatives of the victims held a vigil in Juliaca on Sunday, months after security forces killed 18 "
     "protesters in the town, the local radio station reported.", "vigil"),
    ("Women protested in Zahedan on Friday, a year after security forces fired on worshippers and killed dozens "
     "of protesters, a rights group said. The women chanted slogans and dispersed without incident.", "protested"),
    ("Pensioners demonstrated in Belgrade on Saturday, ten days after riot police beat protesters outside the "
     "presidency, local media reported.", "demonstrated"),
])
def test_a_shooting_days_before_leaves_the_protest_peaceful(extract: Extract, text: str, protest: str) -> None:
    events = extract(text)
    assert incident_telling(events, protest, text).type == PEACEFUL, _listed(events)


@pytest.mark.parametrize("text", [
    "The march in Tbilisi was peaceful until police fired tear gas at the crowd on Sunday.",
    "Farmers protested in Lima on Monday, hours after police fired tear gas at them near the congress.",
])
def test_a_chain_within_the_day_stays_one_protest(extract: Extract, text: str) -> None:
    events = extract(text)
    assert [m.type for m in events] == [INTERVENTION], _listed(events)


def test_a_march_fired_on_the_same_day_stays_excessive_force(extract: Extract) -> None:
    text = "Protesters marched through Conakry on Thursday until security forces opened fire, killing two protesters."
    events = extract(text)
    assert EXCESSIVE in {m.type for m in events}, _listed(events)


@pytest.mark.parametrize(("text", "first", "second", "apart"), [
    ("Students marched on Friday, a week after police shot two protesters.", "marched", "shot", True),
    ("The protest came three years after the killing of a student.", "protest", "killing", True),
    ("Farmers protested on Monday, hours after police fired tear gas at them.", "protested", "fired", False),
    ("The march was peaceful until police fired tear gas.", "march", "fired", False),
    ("Students marched on Friday. A week later police shot two protesters.", "marched", "shot", False),
])
def test_measured_apart_reads_the_span(text: str, first: str, second: str, apart: bool) -> None:
    doc = load_nlp()(text)
    one = next(t for t in doc if t.text == first)
    two = next(t for t in doc if t.text == second)
    assert measured_apart(one, two) is apart and measured_apart(two, one) is apart
