"""Days counted back from a day the story told, and tallies that date nothing (fiction, round 16).

"A day earlier, a policeman was shot" in a report of Monday's attack tells Sunday: "earlier" counts back
from a day told before it (its sentence, the sentence before, else the lead), as "later" counts forward,
not from publication. A tally from a starting point to now ("have been killed since the coup", "has
been attacked several times since the conflict flared again in 2017") is no incident: the year of its
"since" clause, or a day told near it, is not its day.
"""

from __future__ import annotations

import pytest

from sitreps import pipeline
from sitreps.ingest import document_id
from sitreps.models import DatePrecision, Document, DocumentStatus, EventMention

PUBLISHED = "2024-08-28"  # a Wednesday: Monday is 08-26, Sunday 08-25, Tuesday 08-27

EARLIER = {  # text -> (trigger, the day the event happened)
    "new_paragraph": ("Police post attacked in Kesso\n\nKESSO: Gunmen attacked a police post on the edge of "
                      "Kesso on Monday, killing two constables, police said.\n\nA day earlier, a shopkeeper "
                      "was shot dead by unknown motorcyclists near the old bazaar, the police added.",
                      "shot dead", "2024-08-25"),
    "same_sentence": ("Convoy ambushed\n\nMilitants ambushed an army convoy near Dara on Tuesday, two days "
                      "earlier than the army had planned to withdraw.\n\nThe rebels had burned a clinic in "
                      "the same valley three days earlier, residents said.", "burned", "2024-08-24"),
}
EARLIER_NEAR_MISSES = {  # a day stated in its own sentence keeps it; "later" still counts forward
    "own_day": ("Police post attacked in Kesso\n\nKESSO: Gunmen attacked a police post on the edge of Kesso "
                "on Monday, police said.\n\nPolice arrested three suspects near the old bazaar on Saturday, a "
                "spokesman added.", "arrested", "2024-08-24"),
    "later": ("Village raided\n\nGunmen raided the village of Tamba on Sunday, residents said. Troops "
              "recaptured the hill above it two days later.", "recaptured", "2024-08-27"),
}
TALLIES = {  # undated articles (their weekdays unreadable) -> (trigger of the incident a tally is merged into)
    "since_coup": ("Air strike hits monastery\n\nA military air strike hit a monastery in Kyauk Taw on Monday, "
                   "killing 14 people, residents said.\n\nThe army seized power in a coup in February 2021. "
                   "More than 5,000 civilians have been killed by its forces since the coup, a monitoring "
                   "group says.", "air strike"),
    "since_clause": ("Camp raided\n\nMilitiamen raided the Bule camp on Sunday, burning shelters.\n\nThe camp "
                     "has been attacked several times since the conflict flared again in 2019.", "raided"),
}
TALLY_NEAR_MISS = ("Clashes in the north\n\nFighting between the army and rebels has killed 40 people since "
                   "Monday, a hospital official said.", "Fighting")


def _process(texts: dict[str, str], published: str | None = PUBLISHED) -> dict[str, list[EventMention]]:
    documents = [Document(id=document_id(t), text=t, published_at=published, language="en",
                          status=DocumentStatus.PENDING) for t in texts.values()]
    return {name: d.events for name, d in zip(texts, pipeline.process(documents), strict=True)}


@pytest.fixture(scope="module")
def told() -> dict[str, list[EventMention]]:
    texts = {name: text for name, (text, _, _) in {**EARLIER, **EARLIER_NEAR_MISSES}.items()}
    texts["tally_near_miss"] = TALLY_NEAR_MISS[0]
    return _process(texts) | _process({name: text for name, (text, _) in TALLIES.items()}, published=None)


def _time(mentions: list[EventMention], trigger: str) -> tuple[str | None, DatePrecision]:
    found = [m for m in mentions if m.trigger.text == trigger]
    assert found and found[0].time is not None, [(m.trigger.text, m.time) for m in mentions]
    return found[0].time.start, found[0].time.precision


@pytest.mark.parametrize("name", sorted(EARLIER))
def test_earlier_counts_back_from_a_day_told(told: dict[str, list[EventMention]], name: str) -> None:
    _, trigger, day = EARLIER[name]
    assert _time(told[name], trigger) == (day, DatePrecision.DAY)


@pytest.mark.parametrize("name", sorted(EARLIER_NEAR_MISSES))
def test_near_misses_keep_their_day(told: dict[str, list[EventMention]], name: str) -> None:
    _, trigger, day = EARLIER_NEAR_MISSES[name]
    assert _time(told[name], trigger) == (day, DatePrecision.DAY)


@pytest.mark.parametrize("name", sorted(TALLIES))
def test_a_tally_since_a_turn_dates_nothing(told: dict[str, list[EventMention]], name: str) -> None:
    """The incident the tally is merged into is not dated by the coup's month or the clause's year."""
    assert _time(told[name], TALLIES[name][1]) == (None, DatePrecision.UNKNOWN)


def test_a_tally_since_a_day_keeps_its_start(told: dict[str, list[EventMention]]) -> None:
    """"Since Monday" names no turn of a conflict: the span starts on a day, which still dates it."""
    assert _time(told["tally_near_miss"], TALLY_NEAR_MISS[1])[1] is not DatePrecision.UNKNOWN
