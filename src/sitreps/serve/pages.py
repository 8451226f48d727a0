"""The dashboard: server-rendered pages, each linking to its JSON twin under /api."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from sitreps.errors import NotFoundError
from sitreps.export.records import ReportLoader
from sitreps.export.write import ExportFormat
from sitreps.lookup import taxonomy_types
from sitreps.models import ClaimKind, SourceKind
from sitreps.serve import charts
from sitreps.serve.aggregates import match_count, timeline_view
from sitreps.serve.catalog import actor_rows, claim_rows
from sitreps.serve.deps import DEFAULT_PAGE, LimitQuery, OffsetQuery, StoreDep
from sitreps.serve.facets import FACETS_LIMIT, facets
from sitreps.serve.highlight import document_marks, event_legend, highlight
from sitreps.serve.search import SearchDep, find
from sitreps.serve.templating import templates
from sitreps.store.review import ReviewEntry

router = APIRouter(include_in_schema=False)


def _render(request: Request, name: str, json_url: str, **context: Any) -> HTMLResponse:
    params = {k: request.query_params.getlist(k) for k in request.query_params}
    page = templates().get_template(name).render(request=request, json_url=json_url, params=params, **context)
    return HTMLResponse(page)


def _twin(request: Request, path: str) -> str:
    query = request.url.query
    return f"{path}?{query}" if query else path


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/events")


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, store: StoreDep, search: SearchDep, limit: LimitQuery = DEFAULT_PAGE,
                offset: OffsetQuery = 0) -> HTMLResponse:
    source, records, total = find(store, search, limit=limit, offset=offset)
    _, every, _ = find(store, search, source=source, limit=FACETS_LIMIT)
    return _render(request, "events.html", _twin(request, f"/api/{source}"), source=source, records=records,
                   total=total, limit=limit, offset=offset, href=charts.record_href, facets=facets(every),
                   facets_partial=total > FACETS_LIMIT, facets_limit=FACETS_LIMIT, fatalities=charts.fatality_range,
                   modality=charts.modality, formats=[f.value for f in ExportFormat],
                   types=taxonomy_types(), source_kinds=[k.value for k in SourceKind])


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(event_id: str, request: Request, store: StoreDep) -> HTMLResponse:
    event = store.get_event(event_id)
    if event is None:
        raise NotFoundError(f"no event with id {event_id!r}; see the event table at /events")
    reports = ReportLoader(store).reports(event)
    return _render(request, "event.html", f"/api/events/{event_id}", event=event, reports=reports)


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, store: StoreDep, q: str | None = None, limit: LimitQuery = DEFAULT_PAGE,
                   offset: OffsetQuery = 0) -> HTMLResponse:
    if q and q.strip():
        rows, total = store.search_documents(q, limit=limit), None
    else:
        rows, total = store.list_documents(limit=limit, offset=offset), sum(store.count_documents().values())
    return _render(request, "documents.html", _twin(request, "/api/documents"), rows=rows, total=total,
                   limit=limit, offset=offset, q=q or "")


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(doc_id: str, request: Request, store: StoreDep) -> HTMLResponse:
    document = store.get_document(doc_id)
    if document is None:
        raise NotFoundError(f"no document with id {doc_id!r}; see the documents at /documents")
    body = highlight(document.text, document_marks(document))
    return _render(request, "document.html", f"/api/documents/{doc_id}", document=document, body=body,
                   legend=event_legend(document))


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, store: StoreDep, search: SearchDep) -> HTMLResponse:
    """The page is a frame: static/map.js draws the basemap and fetches /api/map with the same filters."""
    return _render(request, "map.html", _twin(request, "/api/map"), total=match_count(store, search),
                   tile_url=request.app.state.tile_url,
                   types=taxonomy_types(),
                   source_kinds=[k.value for k in SourceKind])


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, store: StoreDep, search: SearchDep,
                  unit: charts.Unit | None = None) -> HTMLResponse:
    view = timeline_view(store, search, unit)
    return _render(request, "timeline.html", _twin(request, "/api/timeline"), source=view["source"],
                   total=view["total"], chart=view, units=("day", "week", "month"), types=taxonomy_types(),
                   source_kinds=[k.value for k in SourceKind])


@router.get("/review", response_class=HTMLResponse)
def review_page(request: Request, store: StoreDep) -> HTMLResponse:
    entries: list[ReviewEntry] = store.review_log()
    return _render(request, "review.html", "/api/review", entries=list(reversed(entries)))


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, store: StoreDep, q: str | None = None, country: str | None = None,
                limit: LimitQuery = DEFAULT_PAGE, offset: OffsetQuery = 0) -> HTMLResponse:
    rows = actor_rows(store, q=q, country=country)
    return _render(request, "actors.html", _twin(request, "/api/actors"), rows=rows[offset:offset + limit],
                   total=len(rows), limit=limit, offset=offset)


@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request, store: StoreDep, kind: str | None = None, source_kind: str | None = None,
                limit: LimitQuery = DEFAULT_PAGE, offset: OffsetQuery = 0) -> HTMLResponse:
    rows = claim_rows(store, kinds=[kind] if kind else [], source_kinds=[source_kind] if source_kind else [])
    return _render(request, "claims.html", _twin(request, "/api/claims"), rows=rows[offset:offset + limit],
                   total=len(rows), limit=limit, offset=offset, kinds=[k.value for k in ClaimKind],
                   source_kinds=[k.value for k in SourceKind])


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The API reference rendered from the OpenAPI schema (works offline; the raw schema is /openapi.json)."""
    schema = request.app.openapi()
    operations = [(method.upper(), path, op) for path, item in schema["paths"].items() for method, op in item.items()]
    return _render(request, "apidocs.html", "/openapi.json", operations=operations, title=schema["info"]["title"])
