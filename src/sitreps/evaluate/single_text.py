"""One text through the whole pipeline, in a database of its own: what the fiction benchmarks score.

Fiction items share countries, armed groups and figures without being reports of one event; in one
database linking would join them and the figures would score what no single article says. So
each item is ingested, processed and linked alone, as a user's single article would be.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sitreps import api
from sitreps.models import DocumentStatus, Event, EventMention
from sitreps.store import open_store


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
