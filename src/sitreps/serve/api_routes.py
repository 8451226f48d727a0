"""The REST API: JSON twins of the dashboard pages, with filters and paging (``total`` always given).

Objects are the models' own JSON (``model_dump(mode="json")``): the same as the
Python API and ``sitreps export --format json``.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from sitreps import api
from sitreps.errors import IngestError, NotFoundError
from sitreps.ingest import read_bytes
from sitreps.models import ClaimKind, DocumentStatus, SourceKind
from sitreps.serve import charts
from sitreps.serve.aggregates import map_view, timeline_view
from sitreps.serve.catalog import actor_rows, claim_rows
from sitreps.serve.deps import DEFAULT_PAGE, LimitQuery, OffsetQuery, StoreDep, require_token
from sitreps.serve.facets import FACETS_LIMIT
from sitreps.serve.facets import facets as facet_counts
from sitreps.serve.search import SearchDep, find
from sitreps.serve.validation import MAX_TEXT_CHARS, TextQuery
from sitreps.store import open_store

router = APIRouter(prefix="/api", tags=["api"])
UPLOAD_SOURCE = "upload"


def _page(total: int, limit: int, offset: int, key: str, items: list[Any]) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, key: items}


@router.get("/events", summary="Linked events matching the filters, newest first; facets=true adds facet counts")
def list_events(store: StoreDep, search: SearchDep, limit: LimitQuery = DEFAULT_PAGE,
                offset: OffsetQuery = 0, facets: bool = False) -> dict[str, Any]:
    _, records, total = find(store, search, source="events", limit=limit, offset=offset)
    page = _page(total, limit, offset, "events", [r.payload for r in records])
    if facets:
        _, every, _ = find(store, search, source="events", limit=FACETS_LIMIT)
        page["facets"] = [asdict(f) for f in facet_counts(every)]
    return page


@router.get("/events/{event_id}", summary="One linked event: fields, support, contradictions, reports")
def get_event(event_id: str, store: StoreDep) -> dict[str, Any]:
    event = store.get_event(event_id)
    if event is None:
        raise NotFoundError(f"no event with id {event_id!r}; list events at /api/events")
    return event.model_dump(mode="json")


@router.get("/mentions", summary="Event mentions (one report each) matching the filters")
def list_mentions(store: StoreDep, search: SearchDep, limit: LimitQuery = DEFAULT_PAGE,
                  offset: OffsetQuery = 0) -> dict[str, Any]:
    _, records, total = find(store, search, source="mentions", limit=limit, offset=offset)
    return _page(total, limit, offset, "mentions", [r.payload for r in records])


@router.get("/documents", summary="Documents' metadata, newest ingested first; q= searches the text")
def list_documents(store: StoreDep, q: TextQuery = None,
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


@router.post("/documents", status_code=202, dependencies=[Depends(require_token)],
             summary="Queue the request body (text, HTML, JSON/JSONL, CSV, feed) for ingest; process=true also "
                     "runs the pipeline. Answers a job to follow at /api/jobs/{id}")
async def post_documents(request: Request, process: bool = False,
                         filename: Annotated[str | None, Query(description="Name hinting the format.",
                                                               max_length=MAX_TEXT_CHARS)] = None,
                         url: TextQuery = None) -> dict[str, Any]:
    body = await request.body()
    if not body.strip():
        raise IngestError(filename or UPLOAD_SOURCE, "the request body is empty; send the document as the body")
    media_type = request.headers.get("content-type", "").split(";")[0].strip() or None
    db = request.app.state.db
    job = request.app.state.jobs.submit(
        lambda: _ingest_upload(db, body, filename or UPLOAD_SOURCE, media_type, url, process))
    return {"job": job.id, "status": job.status, "href": f"/api/jobs/{job.id}"}


@router.get("/jobs/{job_id}", summary="An upload job: queued, running, done (with its result) or failed (with why)")
def get_job(job_id: str, request: Request) -> dict[str, Any]:
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise NotFoundError(f"no upload job {job_id!r}; jobs are kept while the server runs")
    return job.model_dump(mode="json")


@router.get("/actors", summary="Registry actors and actors seen in mentions, most mentioned first")
def list_actors(store: StoreDep, q: TextQuery = None, country: TextQuery = None,
                type: TextQuery = None, limit: LimitQuery = DEFAULT_PAGE,
                offset: OffsetQuery = 0) -> dict[str, Any]:
    rows = actor_rows(store, q=q, country=country, actor_type=type)
    return _page(len(rows), limit, offset, "actors", [r.model_dump(mode="json") for r in rows[offset:offset + limit]])


@router.get("/claims", summary="Claims with their kind, source and source kind, most check-worthy first")
def list_claims(store: StoreDep, kind: Annotated[list[ClaimKind] | None, Query()] = None,
                source_kind: Annotated[list[SourceKind] | None, Query()] = None, document_id: TextQuery = None,
                limit: LimitQuery = DEFAULT_PAGE, offset: OffsetQuery = 0) -> dict[str, Any]:
    rows = claim_rows(store, kinds=kind or (), source_kinds=source_kind or (), document_id=document_id)
    return _page(len(rows), limit, offset, "claims", [r.model_dump(mode="json") for r in rows[offset:offset + limit]])


@router.get("/map", summary="Located events (else mentions) as a GeoJSON FeatureCollection")
def map_data(store: StoreDep, search: SearchDep) -> dict[str, Any]:
    return map_view(store, search)


@router.get("/timeline", summary="Events (else mentions) per day; buckets: per day, week or month by family")
def timeline_data(store: StoreDep, search: SearchDep,
                  unit: Annotated[charts.Unit | None, Query(description="day, week or month (default: "
                                                            "by the span)")] = None) -> dict[str, Any]:
    return timeline_view(store, search, unit)


@router.get("/stats", summary="Documents by status and language, mentions by type, events")
def stats(store: StoreDep) -> dict[str, Any]:
    return store.stats().model_dump(mode="json")
