"""An undated word after a background incident retells it; a news incident never takes a background one.

Every article here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

from extract_helpers import Extract

from sitreps.extract.retelling import Told, can_retell
from sitreps.models import DatePrecision, EventMention, TimeRef


def told(events: list[EventMention]) -> list[tuple[str, str, bool]]:
    return [(m.type, m.trigger.text, m.background) for m in events]


def test_an_undated_word_after_a_background_arrest_retells_it(extract: Extract) -> None:
    # extract_helpers publishes every text on 2024-05-01.
    text = ("Soldiers clashed with gunmen near the town of Tamba on Monday, killing six of them, the army said.\n\n"
            "The fighting comes months after the arrest of militia leader Omar Dengo, who was arrested by "
            "federal agents in Koro in July 2023.\n\n"
            "His lawyers said the arrest was illegal and that he had been tricked into boarding a plane.")
    events = extract(text)
    arrests = [m for m in events if m.type == "arrest"]
    assert len(arrests) == 1 and arrests[0].background, told(events)
    assert len(arrests[0].retellings) == 2, told(events)
    assert [m.background for m in events if m.type == "armed_clash"] == [False], told(events)


def test_only_an_undated_word_joins_a_background_incident(extract: Extract) -> None:
    news = next(m for m in extract("Gunmen attacked the village of Mopa, killing four farmers, officials said.")
                if m.type in ("attack_on_civilians", "armed_clash"))
    old = TimeRef(start="2019-03-05", end="2019-03-05", precision=DatePrecision.DAY, evidence=[])
    background = news.model_copy(update={"background": True, "time": old})
    undated = news.model_copy(update={"time": None})
    assert can_retell(background, Told(undated))
    assert not can_retell(undated, Told(background))  # a news incident never takes a background one
    today = TimeRef(start="2024-04-29", end="2024-04-29", precision=DatePrecision.DAY, evidence=[])
    assert not can_retell(background, Told(news.model_copy(update={"time": today})))
