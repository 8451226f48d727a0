"""The REST API: JSON twins of the dashboard pages, with filters and paging (``total`` always given).

Objects are the models' own JSON (``model_dump(mode="json")``): the same as the
Python API and ``sitreps export --format json``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool

from sitreps import api
from sitreps.errors import NotFoundError
from sitreps.export.geojson import geojson
from sitreps.export.select import select_records
from sitreps.ingest import read_bytes
from sitreps.models import DocumentStatus
from sitreps.serve.catalog import actor_rows, claim_rows, per_day
from sitreps.serve.deps import DEFAULT_PAGE, LimitQuery, OffsetQuery, SelectionDep, StoreDep, require_token
from sitreps.store import open_store

router = APIRouter(prefix="/api", tags=["api"])
UPLOAD_SOURCE = "upload"


def _page(total: int, limit: int, offset: int, key: str, items: list[Any]) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, key: items}


@router.get("/events", summary="Linked events matching the filters, newest first")
def list_events(store: StoreDep, selection: SelectionDep, limit: LimitQuery = DEFAULT_PAGE,
                offset: OffsetQuery = 0) -> dict[str, Any]:
    _, records, total = select_records(store, selection, source="events", limit=limit, offset=offset)
    return _page(total, limit, offset, "events", [r.payload for r in records])


@router.get("/events/{event_id}", summary="One linked event: fields, support, contradictions, reports")
def get_event(event_id: str, store: StoreDep) -> dict[str, Any]:
    event = store.get_event(event_id)
    if event is None:
        raise NotFoundError(f"no event with id {event_id!r}; list events at /api/events")
    return event.model_dump(mode="json")


@router.get("/mentions", summary="Event mentions (one report each) matching the filters")
def list_mentions(store: StoreDep, selection: SelectionDep, limit: LimitQuery = DEFAULT_PAGE,
                  offset: OffsetQuery = 0) -> dict[str, Any]:
    _, records, total = select_records(store, selection, source="mentions", limit=limit, offset=offset)
    return _page(total, limit, offset, "mentions", [r.payload for r in records])


@router.get("/documents", summary="Documents' metadata, newest ingested first; q= searches the text")
def list_documents(store: StoreDep, q: Annotated[str | None, Query()] = None,
                   status: Annotated[DocumentStatus | None, Query()] = None,
                   limit: LimitQuery = DEFAULT_PAGE, offset: OffsetQuery = 0) -> dict[str, Any]:
    if q and q.strip():
        found = store.search_documents(q, limit=offset + limit)
        return _page(len(found), limit, offset, "documents",
                     [d.model_dump(mode="json") for d in found[offset:]])
    counts = store.count_documents()
    total = counts.get(status.value, 0) if status else sum(counts.values())
    rows = store.list_documents(status=status, limit=limit, offset=offset)
    return _page(total, limit, offset, "documents", [d.model_dump(mode="json") for d in rows])


@router.get("/documents/{doc_id}", summary="One document with its events, quotes and claims")
def get_document(doc_id: str, store: StoreDep) -> dict[str, Any]:
    document = store.get_document(doc_id)
    if document is None:
        raise NotFoundError(f"no document with id {doc_id!r}; list documents at /api/documents")
    return document.model_dump(mode="json")


def _ingest_upload(db: str | None, body: bytes, source: str, media_type: str | None, url: str | None,
                   process: bool) -> dict[str, Any]:
    """Store an upload (and process pending documents); runs in a worker thread with its own store."""
    items = read_bytes(body, source=source, media_type=media_type, url=url)
    with open_store(db) as store:
        outcomes = store.add_documents((item.document, item.raw) for item in items)
    result: dict[str, Any] = {"documents": [{"id": o.document_id, "new": o.new} for o in outcomes]}
    if process:
        report = api.process(db=db)
        result.update(processed=report.processed, failed=report.failed)
    return result


@router.post("/documents", status_code=201, dependencies=[Depends(require_token)],
             summary="Ingest the request body (text, HTML, JSON/JSONL, CSV, feed); process=true runs the pipeline")
async def post_documents(request: Request, process: bool = False,
                         filename: Annotated[str | None, Query(description="Name hinting the format.")] = None,
                         url: Annotated[str | None, Query()] = None) -> dict[str, Any]:
    body = await request.body()
    media_type = request.headers.get("content-type", "").split(";")[0].strip() or None
    return await run_in_threadpool(_ingest_upload, request.app.state.db, body, filename or UPLOAD_SOURCE,
                                   media_type, url, process)


@router.get("/actors", summary="Registry actors and actors seen in mentions, most mentioned first")
def list_actors(store: StoreDep, q: str | None = None, country: str | None = None,
                type: str | None = None, limit: LimitQuery = DEFAULT_PAGE,
                offset: OffsetQuery = 0) -> dict[str, Any]:
    rows = actor_rows(store, q=q, country=country, actor_type=type)
    return _page(len(rows), limit, offset, "actors", [r.model_dump(mode="json") for r in rows[offset:offset + limit]])


@router.get("/claims", summary="Claims with their kind, source and source kind, most check-worthy first")
def list_claims(store: StoreDep, kind: Annotated[list[str] | None, Query()] = None,
                source_kind: Annotated[list[str] | None, Query()] = None, document_id: str | None = None,
                limit: LimitQuery = DEFAULT_PAGE, offset: OffsetQuery = 0) -> dict[str, Any]:
    rows = claim_rows(store, kinds=kind or (), source_kinds=source_kind or (), document_id=document_id)
    return _page(len(rows), limit, offset, "claims", [r.model_dump(mode="json") for r in rows[offset:offset + limit]])


@router.get("/map", summary="Located events (else mentions) as a GeoJSON FeatureCollection")
def map_data(store: StoreDep, selection: SelectionDep) -> dict[str, Any]:
    _, records, _ = select_records(store, selection)
    return geojson(records)


@router.get("/timeline", summary="Events (else mentions) per day")
def timeline_data(store: StoreDep, selection: SelectionDep) -> dict[str, Any]:
    source, records, _ = select_records(store, selection)
    return {"source": source, "days": [{"date": d, "count": n} for d, n in per_day(records)]}


@router.get("/stats", summary="Documents by status and language, mentions by type, events")
def stats(store: StoreDep) -> dict[str, Any]:
    return store.stats().model_dump(mode="json")
