"""Undated reports link the same however fast they were ingested.

An undated report's time used to be when it was ingested, kept to the second: two undated
reports of one strike ingested in one second tied, ingested across a second did not, and the
event's id, its originator and the value its consensus showed followed that. Their time is now
unknown (they sort after dated reports, by key), so the same documents give the same events.
"""

from __future__ import annotations

from collections.abc import Callable

from link_helpers import make_doc, strike

from sitreps.link.linker import Linker
from sitreps.models import Document, Event

TEXTS = (
    ("u1", "A Russian drone struck an apartment block in Kharkiv, killing five people, the governor said.", 5),
    ("u2", "Officials said a drone struck a block of flats in Kharkiv, killing six residents.", 6),
    ("u3", "In Kharkiv a drone struck housing and killed five, a regional official said on Telegram.", 5),
)


def _undated(ingested: list[str]) -> list[Document]:
    docs = [make_doc(doc_id, text, "", f"outlet-{doc_id}", strike(counts=[("killed", toll)], time=None))
            for doc_id, text, toll in TEXTS]
    return [d.model_copy(update={"published_at": None, "ingested_at": at})
            for d, at in zip(docs, ingested, strict=True)]


def _events(linker_factory: Callable[..., Linker], ingested: list[str]) -> list[Event]:
    linker = linker_factory()
    linker.add_many(_undated(ingested))
    return linker.events()


def test_ingest_times_change_no_event(linker_factory: Callable[..., Linker]) -> None:
    one_second = _events(linker_factory, ["2026-12-02T10:00:00+00:00"] * 3)
    spread = _events(linker_factory, ["2026-12-02T10:00:02+00:00", "2026-12-02T10:00:01+00:00",
                                      "2026-12-02T10:00:00+00:00"])
    assert [e.model_dump(mode="json") for e in one_second] == [e.model_dump(mode="json") for e in spread]


def test_an_undated_report_claims_no_publication_time(linker_factory: Callable[..., Linker]) -> None:
    events = _events(linker_factory, ["2026-12-02T10:00:00+00:00"] * 3)
    assert events and all(e.first_reported is None for e in events)
    assert all(ref.published_at is None for e in events for ref in e.mentions)
