"""Documents, their raw inputs and their extracted results: writing and rebuilding them.

Results are stored as each model's JSON (``payload``) plus the columns that
queries filter on; reading validates the JSON back through the pydantic
models, so what comes out is exactly what went in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import BaseModel

from sitreps.errors import NotFoundError
from sitreps.models import Claim, Document, DocumentStatus, EventMention, Quote, SourceKind, Span
from sitreps.store.base import IngestOutcome
from sitreps.store.connection import Connection, Row, load_json, utc_now
from sitreps.store.records import DocumentMeta, RawInput

META_COLUMNS = (
    "id", "url", "outlet", "title", "published_at", "published_precision", "language",
    "status", "status_reason", "ingested_at", "processed_at", "source_path",
)  # fmt: skip
META_SELECT = ", ".join(f"d.{c}" for c in META_COLUMNS)
IN_CHUNK = 500
"""Ids per ``IN (...)`` list: far below SQLite's 32,766-variable limit, and large enough
that loading a page of documents takes a handful of queries."""


def placeholders(n: int) -> str:
    """``?, ?, ...`` for an IN list of ``n`` parameters."""
    return ", ".join("?" * n)


def meta_from_row(row: Row) -> DocumentMeta:
    """A DocumentMeta from the META_COLUMNS of a row, in that order."""
    return DocumentMeta(**dict(zip(META_COLUMNS, row, strict=True)))


def _dump(conn: Connection, model: BaseModel | None) -> object:
    return None if model is None else conn.json_param(model.model_dump(mode="json"))


def _insert_document(conn: Connection, doc: Document, now: str) -> bool:
    rows = conn.execute(
        "INSERT INTO documents (id, url, outlet, title, published_at, published_precision, language, text, "
        "status, status_reason, ingested_at, processed_at, source_path, raw_sha256, dateline) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING id",
        (doc.id, doc.url, doc.outlet, doc.title, doc.published_at, doc.published_precision.value,
         doc.language, doc.text, doc.status.value, doc.status_reason, doc.ingested_at or now,
         None if doc.status is DocumentStatus.PENDING else now, doc.source_path, doc.raw_sha256,
         _dump(conn, doc.dateline)),
    )  # fmt: skip
    return bool(rows)


def add_documents(conn: Connection, items: Iterable[tuple[Document, bytes]]) -> list[IngestOutcome]:
    """Store new documents and every distinct raw input, in one transaction.

    Raw bytes go to ``raw_blobs`` once per content (a feed's body once, however
    many entries it holds); each document records which blob it arrived in and
    from where, once per distinct (hash, source). Blobs are written in hash order
    and rows in id order, so concurrent PostgreSQL batches that overlap lock
    them in the same order and cannot deadlock; outcomes come back in the
    caller's order.
    """
    batch = list(items)
    hashes = _hashes(batch)
    outcomes: list[IngestOutcome | None] = [None] * len(batch)
    now = utc_now()
    with conn.transaction():
        for sha, raw in sorted({h: raw for h, (_, raw) in zip(hashes, batch, strict=True)}.items()):
            conn.execute(
                "INSERT INTO raw_blobs (sha256, bytes) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING", (sha, raw)
            )
        for index in sorted(range(len(batch)), key=lambda i: batch[i][0].id):
            doc = batch[index][0]
            new = _insert_document(conn, doc, now)
            if new:
                _replace_results(conn, doc)
            source = doc.source_path or doc.url or ""
            conn.execute(
                "INSERT INTO raw_inputs (document_id, source, sha256, received_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (document_id, sha256, source) DO NOTHING",
                (doc.id, source, hashes[index], now),
            )
            outcomes[index] = IngestOutcome(document_id=doc.id, new=new, source=source)
    return [o for o in outcomes if o is not None]


def _hashes(batch: list[tuple[Document, bytes]]) -> list[str]:
    """The sha256 of each item's raw bytes, computed once per bytes object (feed entries share one)."""
    known: dict[int, str] = {}
    for _, raw in batch:
        if id(raw) not in known:
            known[id(raw)] = hashlib.sha256(raw).hexdigest()
    return [known[id(raw)] for _, raw in batch]


def save_results(conn: Connection, documents: Iterable[Document]) -> None:
    """Replace each stored document's metadata, status and results, all in one transaction.

    Written in id order (stable, so a later copy of the same id still wins) for
    the same deadlock-free locking as ``add_documents``.
    """
    now = utc_now()
    with conn.transaction():
        for doc in sorted(documents, key=lambda d: d.id):
            rows = conn.execute(
                "UPDATE documents SET url = ?, outlet = ?, title = ?, published_at = ?, "
                "published_precision = ?, language = ?, status = ?, status_reason = ?, processed_at = ?, "
                "dateline = ? WHERE id = ? RETURNING id",
                (doc.url, doc.outlet, doc.title, doc.published_at, doc.published_precision.value,
                 doc.language, doc.status.value, doc.status_reason,
                 None if doc.status is DocumentStatus.PENDING else now, _dump(conn, doc.dateline), doc.id),
            )  # fmt: skip
            if not rows:
                raise NotFoundError(
                    f"no stored document {doc.id}: add it (sitreps ingest) before saving results"
                )
            _replace_results(conn, doc)


def _mention_row(conn: Connection, doc_id: str, ordinal: int, m: EventMention) -> tuple[object, ...]:
    place, time = m.place, m.time
    source_kind = m.attribution.source_kind if m.attribution else SourceKind.NONE
    return (
        m.id, doc_id, ordinal, m.type, m.modality.value, source_kind.value,
        place.country if place else None, place.lat if place else None, place.lon if place else None,
        time.start if time else None, time.end if time else None, _dump(conn, m),
    )  # fmt: skip


def _replace_results(conn: Connection, doc: Document) -> None:
    for table in ("mentions", "quotes", "claims"):  # mention_actors go by cascade
        conn.execute(f"DELETE FROM {table} WHERE document_id = ?", (doc.id,))
    conn.executemany(
        "INSERT INTO mentions (id, document_id, ordinal, type, modality, source_kind, country, lat, lon, "
        "time_start, time_end, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [_mention_row(conn, doc.id, i, m) for i, m in enumerate(doc.events)],
    )
    conn.executemany(
        "INSERT INTO mention_actors (mention_id, ordinal, role, actor_id, name) VALUES (?, ?, ?, ?, ?)",
        [(m.id, i, a.role.value, a.actor_id, a.name) for m in doc.events for i, a in enumerate(m.actors)],
    )
    conn.executemany(
        "INSERT INTO quotes (document_id, ordinal, speaker, speaker_id, direct, payload) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(doc.id, i, q.speaker, q.speaker_id, q.direct, _dump(conn, q)) for i, q in enumerate(doc.quotes)],
    )
    conn.executemany(
        "INSERT INTO claims (document_id, ordinal, kind, source_kind, payload) VALUES (?, ?, ?, ?, ?)",
        [(doc.id, i, c.kind.value, c.source_kind.value, _dump(conn, c)) for i, c in enumerate(doc.claims)],
    )


def _payloads(conn: Connection, table: str, ids: Sequence[str]) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {doc_id: [] for doc_id in ids}
    rows = conn.execute(
        f"SELECT document_id, payload FROM {table} WHERE document_id IN ({placeholders(len(ids))}) "
        "ORDER BY document_id, ordinal",
        ids,
    )
    for doc_id, payload in rows:
        found[doc_id].append(load_json(payload))
    return found


def load_documents(conn: Connection, ids: Sequence[str]) -> list[Document]:
    """The stored documents with these ids, with their results, in the order of ``ids``."""
    loaded: dict[str, Document] = {}
    for start in range(0, len(ids), IN_CHUNK):
        chunk = list(dict.fromkeys(ids[start : start + IN_CHUNK]))
        with conn.transaction(write=False):
            rows = conn.execute(
                f"SELECT {META_SELECT}, d.text, d.raw_sha256, d.dateline FROM documents d "
                f"WHERE d.id IN ({placeholders(len(chunk))})",
                chunk,
            )
            results = {t: _payloads(conn, t, chunk) for t in ("mentions", "quotes", "claims")}
        for row in rows:
            meta = meta_from_row(row[: len(META_COLUMNS)]).model_dump(exclude={"processed_at"})
            text, raw_sha256, dateline = row[len(META_COLUMNS) :]
            doc_id = meta["id"]
            loaded[doc_id] = Document(
                **meta, text=text, raw_sha256=raw_sha256,
                dateline=None if dateline is None else Span.model_validate(load_json(dateline)),
                events=[EventMention.model_validate(p) for p in results["mentions"][doc_id]],
                quotes=[Quote.model_validate(p) for p in results["quotes"][doc_id]],
                claims=[Claim.model_validate(p) for p in results["claims"][doc_id]],
            )  # fmt: skip
    return [loaded[i] for i in ids if i in loaded]


def raw_inputs(conn: Connection, doc_id: str) -> list[RawInput]:
    """Every distinct raw input recorded for a document, oldest first."""
    rows = conn.execute(
        "SELECT r.id, r.document_id, r.source, r.sha256, r.received_at, b.bytes FROM raw_inputs r "
        "JOIN raw_blobs b ON b.sha256 = r.sha256 WHERE r.document_id = ? ORDER BY r.id",
        (doc_id,),
    )
    return [
        RawInput(id=r[0], document_id=r[1], source=r[2], sha256=r[3], received_at=r[4], data=bytes(r[5]))
        for r in rows
    ]
