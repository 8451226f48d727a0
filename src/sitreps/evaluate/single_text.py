"""One text through the pipeline on its own: what the fiction benchmarks score.

Fiction items share countries, armed groups and figures without being reports of one event; in one
database linking would join them and the figures would score what no single article says. So
each item is ingested, processed and linked alone, as a user's single article would be
(``rows_of_text``), or only extracted, when a benchmark scores one article's incidents
(``incidents_of_texts``, ``incident_holding``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sitreps import api, pipeline
from sitreps.ingest import document_id
from sitreps.models import Document, DocumentStatus, Event, EventMention
from sitreps.store import open_store

FICTION_PUBLISHED = "2024-05-01"
"""A fixed publication day, so relative days ("on Tuesday") in fiction resolve the same on every run."""


@dataclass(frozen=True)
class TextRows:
    """The linked rows of one text and its mentions by id (a row names its mentions by id only)."""

    rows: list[Event]
    mentions: dict[str, EventMention]


def rows_of_text(text: str, name: str, folder: Path) -> TextRows:
    """``text`` written to ``folder/name.txt``, then ingested, processed and linked in ``folder/name.db``."""
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    db = folder / f"{name}.db"
    api.ingest([path], db=db)
    api.process(db=db)
    with open_store(db) as store:
        mentions = {m.id: m for d in store.iter_documents(DocumentStatus.PROCESSED) for m in d.events}
        return TextRows(store.query_events(limit=None), mentions)


def incidents_of_texts(texts: list[str], published: str = FICTION_PUBLISHED) -> list[list[EventMention]]:
    """The incidents extraction keeps in each text, each text processed as an article of its own."""
    documents = [Document(id=document_id(text), text=text, published_at=published, language="en",
                          status=DocumentStatus.PENDING) for text in texts]
    processed = {d.id: d for d in pipeline.process(documents)}
    return [processed[d.id].events for d in documents]


def incident_holding(word: str, text: str, incidents: list[EventMention]) -> int | None:
    """The index of the incident whose trigger or a retelling overlaps the word's first occurrence."""
    start = text.find(word)
    if start < 0:
        raise ValueError(f"{word!r} is not in the item's text")
    end = start + len(word)
    for index, incident in enumerate(incidents):
        if any(s.start < end and start < s.end for s in (incident.trigger, *incident.retellings)):
            return index
    return None
