"""Times of another event in a measured phrase, a page's stamp line, and a toll's doer (fiction, round 18).

"The attack came two days after gunmen killed a priest on Sunday": Sunday is the priest's day, and the
attack's is two days later; "weeks before donors meet on April 16" gives no day at all. A line "Published
on 12 March 2024" is the page's day, not a headline's. "A bomb exploded near a rally, killing two": the
bomb's toll, though the rally is nearer.
"""

from __future__ import annotations

import pytest

from sitreps import pipeline
from sitreps.extract.counts import KILLED
from sitreps.ingest import document_id
from sitreps.models import DatePrecision, Document, DocumentStatus, EventMention

PUBLISHED = "2024-05-15"  # a Wednesday: Tuesday is 05-14, Sunday 05-12

DATED = {  # text -> (trigger, its day: None for no day)
    "two_days_after": ("Church attacked in Owo\n\nGunmen opened fire on worshippers at a church in Owo on "
                       "Tuesday, police said.\n\nThe attack came two days after gunmen killed a priest in the "
                       "nearby town of Ikare on Sunday.", "attack", "2024-05-14"),
    "a_day_before": ("Bus bombed\n\nA roadside bomb struck a minibus outside Kandahar, officials said.\n\nThe "
                     "bombing came a day before the governor was due to open a hospital in the city on "
                     "Friday.", "bombing", "2024-05-09"),
    "weeks_before": ("Market shelled\n\nMortar shells landed in a crowded market in Mogadishu, police said.\n\n"
                     "The shelling came weeks before donors meet in London on May 28 to discuss funding.",
                     "shelling", None),
}
NEAR_MISSES = {  # no span: the two events may share the day, which stays the trigger's
    "after_no_span": ("Checkpoint attack\n\nTroops killed five militants after they attacked a checkpoint "
                      "near Bama on Sunday, the army said.", "attacked", "2024-05-12"),
    "inside_phrase": ("Truce agreed\n\nThe two sides agreed to a truce on Wednesday, a day after rebels "
                      "launched an offensive on the town.", "offensive", "2024-05-14"),
}
STAMPED = ("Taliban clash with border troops\n\nPublished on 15 May 2024\n\nTaliban fighters and border "
           "troops exchanged fire near the crossing on Friday, officials said.")
TOLLS = {  # text -> (trigger of the row whose toll it is, the toll)
    "bomb_near_rally": ("Blast in Sibi\n\nA bomb exploded near a protest march by traders in Sibi on Tuesday, "
                        "killing three people, police said.", "bomb", 3),
    "device_near_sit_in": ("Sit-in blast\n\nA roadside bomb blew up next to a sit-in by unemployed graduates "
                           "in Basra on Sunday, killing two of them, security sources said.", "bomb", 2),
}


def _process(texts: dict[str, str]) -> dict[str, list[EventMention]]:
    documents = [Document(id=document_id(t), text=t, published_at=PUBLISHED, language="en",
                          status=DocumentStatus.PENDING) for t in texts.values()]
    return {name: d.events for name, d in zip(texts, pipeline.process(documents), strict=True)}


@pytest.fixture(scope="module")
def told() -> dict[str, list[EventMention]]:
    texts = {name: text for name, (text, _, _) in {**DATED, **NEAR_MISSES, **TOLLS}.items()}
    return _process(texts | {"stamped": STAMPED})


def _holding(mentions: list[EventMention], trigger: str) -> EventMention:
    return next(m for m in mentions if trigger in m.trigger.text.lower()
                or any(trigger in r.text.lower() for r in m.retellings))


def _day(mention: EventMention) -> str | None:
    time = mention.time
    return time.start if time is not None and time.precision is not DatePrecision.UNKNOWN else None


@pytest.mark.parametrize("name", [*DATED, *NEAR_MISSES])
def test_a_time_in_a_measured_phrase_is_the_other_event_s(told: dict[str, list[EventMention]], name: str) -> None:
    _, trigger, day = {**DATED, **NEAR_MISSES}[name]
    assert _day(_holding(told[name], trigger)) == day


def test_a_stamp_line_dates_no_headline(told: dict[str, list[EventMention]]) -> None:
    assert {_day(m) for m in told["stamped"]} == {"2024-05-10"}


@pytest.mark.parametrize("name", TOLLS)
def test_a_toll_goes_to_the_subject_of_the_verb_above_it(told: dict[str, list[EventMention]], name: str) -> None:
    _, trigger, toll = TOLLS[name]
    killed = [m for m in told[name] if any(c.what == KILLED for c in m.counts)]
    assert [trigger in m.trigger.text.lower() for m in killed] == [True]
    assert [c.value for c in killed[0].counts if c.what == KILLED] == [toll]
