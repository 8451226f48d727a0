"""An event set a stated span before a dated one ("attacked a post on Tuesday, three days after
separatists ambushed a convoy") takes the dated day less the span even when the entity recogniser
runs the day and the span together into one date ("Tuesday, three days"). Stories written for these
tests (fiction in the style of news), published on a Friday."""

from __future__ import annotations

import pytest

from sitreps import pipeline
from sitreps.ingest import document_id
from sitreps.models import Document, DocumentStatus, EventMention

PUBLISHED = "2024-05-03"  # a Friday
STORIES = {  # one story each, so that no two events of a story merge
    "ambushed": "Post attacked near the border\n\nGunmen attacked a police post in Kolofata on Tuesday, three "
                "days after separatists ambushed a military convoy in the same area.",
    "killed": "Highway blocked in Kisumu\n\nProtesters blocked the main highway on Wednesday, two days after "
              "police killed a street vendor in the market.",
    "struck": "Schools shut in the district\n\nThe ministry closed every school in the district on Thursday, "
              "a day after a drone struck a primary school in Hlaingbwe.",
    # the span counts from the day told, not from a night that runs over two (round 28, wire part w)
    "overnight": "Curfew in the district\n\nThe governor imposed a curfew on the district on Thursday after overnight "
                 "looting, officials said, a day after gunmen killed three people in a camp for displaced families.",
    # near misses: the event's own day beside a span of another event, counted or not
    "attacked": "Village attacked in South Kivu\n\nPolice said on Thursday that militiamen attacked the "
                "village of Kipupu on Tuesday, three days after the election.",
    "days": "Checkpoint attacked\n\nGunmen attacked a checkpoint in Mora on Tuesday, days after "
            "separatists ambushed a convoy nearby.",
}


@pytest.fixture(scope="module")
def told() -> dict[str, list[EventMention]]:
    documents = [Document(id=document_id(text), text=text, published_at=PUBLISHED, language="en",
                          status=DocumentStatus.PENDING) for text in STORIES.values()]
    return {name: d.events for name, d in zip(STORIES, pipeline.process(documents), strict=True)}


def _day(mentions: list[EventMention], trigger: str) -> str | None:
    mention = next(m for m in mentions if trigger in m.trigger.text)
    return mention.time.start if mention.time else None


@pytest.mark.parametrize(("trigger", "day"), [("ambushed", "2024-04-27"), ("killed", "2024-04-29"),
                                              ("struck", "2024-05-01")])
def test_the_day_less_the_span(told: dict[str, list[EventMention]], trigger: str, day: str) -> None:
    assert _day(told[trigger], trigger) == day  # Tuesday 30 April less three, Wednesday less two, ...


@pytest.mark.parametrize(("story", "trigger", "day"), [("ambushed", "attacked", "2024-04-30"),
                                                       ("attacked", "attacked", "2024-04-30"),
                                                       ("days", "attacked", "2024-04-30")])
def test_the_day_run_into_a_span_is_the_sentences_own(told: dict[str, list[EventMention]], story: str,
                                                       trigger: str, day: str) -> None:
    assert _day(told[story], trigger) == day


def test_the_span_counts_from_the_day_not_the_night(told: dict[str, list[EventMention]]) -> None:
    assert _day(told["overnight"], "killed") == "2024-05-01"  # Thursday 2 May less a day
