"""Times counted from another day (fiction in several outlets' styles).

Words that count from the report's now ("overnight", "last night", "yesterday") are read from the day
a speech act of their sentence states when it is before publication: a report filed the day after its
source spoke ("the governor said on Wednesday" in a Friday paper) tells the source's "overnight", and
ACLED codes the day the event happened. A night or morning before or after a day told before it ("the
previous night", "the following morning") is counted from that day.
"""

from __future__ import annotations

import pytest
from extract_helpers import run_dated, start_told

from sitreps import pipeline
from sitreps.ingest import document_id
from sitreps.models import DatePrecision, Document, DocumentStatus, EventMention

PUBLISHED = "2024-05-03"  # a Friday: Monday is 04-29, Wednesday 05-01, Thursday 05-02
FILLER = "Farmers returned to their fields after the rains.\n\n"

CHANGED = {  # text -> (trigger, the day the event happened)
    "governor": (f"Shelling hits river town\n\n{FILLER}Artillery fire overnight killed four civilians in the "
                 "river town of Kesso, the regional governor said on Wednesday.", "Artillery fire", "2024-04-30"),
    "spokesman": (f"Police post stormed\n\n{FILLER}Militants attacked a police post near the northern border "
                  "last night, a police spokesman told reporters on Thursday.", "attacked", "2024-05-01"),
    "according": (f"Roadside blast kills soldiers\n\n{FILLER}Two soldiers were killed in a roadside blast near "
                  "Dara yesterday, according to a military statement on Tuesday.", "killed", "2024-04-29"),
    "wire": (f"Drones strike fuel depot\n\n{FILLER}Drones struck a fuel depot outside the port city early "
             "today, the defence ministry said on Monday.", "struck", "2024-04-29"),
    "paragraph": (f"Rally dispersed\n\n{FILLER}The interior ministry said on Wednesday that police had "
                  "dispersed a rally in the capital. Last night's clashes left 12 people injured.", "clashes",
                  "2024-04-30"),
}
BEFORE_OR_AFTER = {  # a day or part of one counted from a day told before it (the speech act's, or the last)
    "previous_night": (f"Village raided\n\n{FILLER}Police said on Wednesday that gunmen had attacked the village "
                       "of Tamba the previous night, killing four farmers.", "attacked", "2024-04-30"),
    "night_before": (f"Jets strike rebel camp\n\n{FILLER}The army said on Thursday that its jets had struck a "
                     "rebel camp near the lake the night before.", "struck", "2024-05-01"),
    "following_morning": (f"Port shelled\n\n{FILLER}Rebels shelled the port of Kesso on Monday. Troops "
                          "recaptured the hill above the port the following morning.", "recaptured", "2024-04-30"),
}
UNCHANGED = {  # near misses: the speech act is on the publication day, or no speech act is dated
    "same_day": (f"Shelling hits river town\n\n{FILLER}Artillery fire overnight killed four civilians in the "
                 "river town of Kesso, the regional governor said on Friday.", "Artillery fire", "2024-05-02"),
    "undated_speech": (f"Police post stormed\n\n{FILLER}Militants attacked a police post near the northern "
                       "border last night, a police spokesman said.", "attacked", "2024-05-02"),
    "own_day": (f"Market bombed\n\n{FILLER}A bomb exploded in the central market on Tuesday, killing three "
                "traders, police said on Thursday.", "bomb", "2024-04-30"),
    "new_paragraph": (f"Rally dispersed\n\n{FILLER}The interior ministry said on Wednesday that police had "
                      "dispersed a rally in the capital.\n\nRebels attacked a checkpoint in the north last night.",
                      "attacked", "2024-05-02"),
}


@pytest.fixture(scope="module")
def told() -> dict[str, list[EventMention]]:
    texts = {name: text for name, (text, _, _) in {**CHANGED, **BEFORE_OR_AFTER, **UNCHANGED}.items()}
    return run_dated(texts, PUBLISHED)



@pytest.mark.parametrize("name", sorted(CHANGED))
def test_a_time_counted_from_now_is_read_from_the_day_it_was_said(told: dict[str, list[EventMention]],
                                                                   name: str) -> None:
    _, trigger, day = CHANGED[name]
    assert start_told(told[name], trigger) == (day, DatePrecision.DAY)


@pytest.mark.parametrize("name", sorted(UNCHANGED))
def test_near_misses_keep_their_day(told: dict[str, list[EventMention]], name: str) -> None:
    _, trigger, day = UNCHANGED[name]
    assert start_told(told[name], trigger) == (day, DatePrecision.DAY)


@pytest.mark.parametrize("name", sorted(BEFORE_OR_AFTER))
def test_a_night_or_morning_before_or_after_a_day_told(told: dict[str, list[EventMention]], name: str) -> None:
    _, trigger, day = BEFORE_OR_AFTER[name]
    assert start_told(told[name], trigger) == (day, DatePrecision.DAY)


@pytest.mark.parametrize(("text", "published", "trigger", "day"), [
    ("Drones hit power stations\n\nKYIV, March 3 (Wire) - Russian drones struck two power stations in the "
     "Kharkiv region overnight, officials said.", "2025-03-04", "drones struck", "2025-03-02"),
    ("Rebels shell airport\n\nGOMA, Nov 13 (Wire) - Rebels shelled the airport yesterday, the army said.",
     "2023-11-14", "shelled", "2023-11-12"),
    # near miss: the dateline is the publication day, so "overnight" is the night before it
    ("Drones hit power stations\n\nKYIV, March 4 (Wire) - Russian drones struck two power stations in the "
     "Kharkiv region overnight, officials said.", "2025-03-04", "drones struck", "2025-03-03"),
])
def test_wire_copy_counts_from_its_datelines_day(text: str, published: str, trigger: str, day: str) -> None:
    document = Document(id=document_id(text), text=text, published_at=published, language="en",
                        status=DocumentStatus.PENDING)
    mentions = next(iter(pipeline.process([document]))).events
    assert start_told(mentions, trigger) == (day, DatePrecision.DAY)
