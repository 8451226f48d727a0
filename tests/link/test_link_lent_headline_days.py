"""A headline's day lent from the sentence after it is no stated day: it must not split the headline
from its own lead, nor from another outlet's report of the incident's day.

A rights group's statement reprinted under an editor's line ("The following statement was issued on
Wednesday") gives its headline Wednesday, while the lead dates the strike to the Sunday before; a
follow-up wire's "officials said on Tuesday" does the same. Near misses: a headline that states its own
day keeps it, and two body reports of one article dated days apart stay two events. Fiction in the style
of news, written for sitreps.
"""

from __future__ import annotations

import re

import numpy as np
from link_helpers import mention

from sitreps.link.lent_times import own_stated
from sitreps.link.nodes import LinkNode, document_nodes
from sitreps.link.scoring import DAYS_APART, OUTLETS_DAYS_APART, score_pair
from sitreps.models import DatePrecision, Document, Span, TimeRef

SEGOU = {"name": "Kolongo", "country": "ML", "admin1": "Ségou", "lat": 13.9, "lon": -5.6}
GOMA = {"name": "Goma", "country": "CD", "admin1": "North Kivu", "lat": -1.68, "lon": 29.22}

STATEMENT = (
    "Drone strike on wedding kills 14 civilians, rights group says\n\n"
    "The following statement was issued on Wednesday by the Sahel Rights Monitor.\n\n"
    "A drone strike on a wedding party in the village of Kolongo killed at least 14 civilians on "
    "March 8, the group said."
)
FOLLOW_UP = (
    "Death toll from Goma market shelling rises to 19\n\n"
    "The toll rose overnight, officials said on Tuesday.\n\n"
    "Shells hit a crowded market in Goma on Saturday morning, killing at least 19 people."
)


def _dated(doc: Document, index: int, day: str, phrase: str) -> None:
    """Give the document's ``index``-th mention the day ``day``, its evidence the phrase's span."""
    found = re.search(re.escape(phrase), doc.text)
    assert found, phrase
    time = TimeRef(start=day, end=day, precision=DatePrecision.DAY, evidence=[Span.of(doc.text, *found.span())])
    doc.events[index] = doc.events[index].model_copy(update={"time": time})


def _article(doc_id: str, text: str, published: str, place: dict, triggers: list[tuple[str, str, str]]) -> Document:
    """An article whose title is its first line, one strike report per (trigger, day, day phrase)."""
    specs = [{"type": "air_drone_strike", "trigger": t, "place": place, "actors": [], "counts": []}
             for t, _, _ in triggers]
    doc = Document(id=doc_id, outlet=doc_id.upper(), published_at=published, title=text.split("\n")[0],
                   text=text, events=[mention(text, doc_id, i, s) for i, s in enumerate(specs)])
    title = Span.of(text, 0, len(doc.title or ""))
    for i, (_, day, phrase) in enumerate(triggers):
        if doc.events[i].trigger.start < title.end:  # a headline is a sentence of its own
            doc.events[i] = doc.events[i].model_copy(update={"sentence": title})
        _dated(doc, i, day, phrase)
    return doc


def _nodes(doc: Document) -> list[LinkNode]:
    nodes = document_nodes(doc)
    for node in nodes:
        node.vector = node.story_vector = np.array([1.0, 0.0])
    return nodes


def test_a_statement_headline_dated_by_the_editors_line_stays_with_its_lead():
    doc = _article("s", STATEMENT, "2026-03-11", SEGOU,
                   [("Drone strike", "2026-03-11", "on Wednesday"), ("drone strike on a", "2026-03-08", "March 8")])
    headline, lead = _nodes(doc)
    assert own_stated(doc.events[0], headline=True) is None
    assert headline.stated is None
    assert score_pair(headline, lead).gate != DAYS_APART


def test_a_follow_ups_headline_meets_the_first_wire():
    doc = _article("f", FOLLOW_UP, "2026-03-10", GOMA,
                   [("shelling", "2026-03-10", "on Tuesday"), ("Shells hit", "2026-03-07", "on Saturday")])
    wire = _article("w", "Shelling kills 12 at Goma market\n\nShelling hit a market in Goma on Saturday.",
                    "2026-03-07", GOMA, [("Shelling hit", "2026-03-07", "on Saturday")])
    headline = _nodes(doc)[0]
    assert score_pair(headline, _nodes(wire)[0]).gate != OUTLETS_DAYS_APART


def test_a_headline_that_states_its_day_keeps_it():
    text = "Drone strike on Wednesday kills 3 near Kolongo\n\nA drone struck a market in Kolongo on March 8."
    doc = _article("d", text, "2026-03-11", SEGOU,
                   [("Drone strike", "2026-03-11", "on Wednesday"), ("drone struck", "2026-03-08", "March 8")])
    headline, body = _nodes(doc)
    assert headline.stated is not None
    assert score_pair(headline, body).gate == DAYS_APART


def test_two_body_reports_days_apart_stay_two_events():
    text = ("Kolongo hit again\n\nA drone struck a market in Kolongo on March 5.\n\n"
            "Another drone hit the village's mosque on March 8.")
    doc = _article("b", text, "2026-03-09", SEGOU,
                   [("drone struck", "2026-03-05", "March 5"), ("drone hit", "2026-03-08", "March 8")])
    first, second = _nodes(doc)
    assert score_pair(first, second).gate == DAYS_APART
