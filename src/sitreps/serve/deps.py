"""Request dependencies shared by the API and the pages: the store, filters, paging, the write token."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Query, Request

from sitreps import lookup
from sitreps.export.select import Selection, parse_bbox
from sitreps.models import SourceKind
from sitreps.serve.security import bearer_token_matches
from sitreps.serve.validation import (
    MAX_OFFSET,
    MAX_ORIGINATORS,
    MAX_TEXT_CHARS,
    check_bbox,
    check_choices,
    check_date,
)
from sitreps.store import Store, open_store

MAX_PAGE = 1000
"""Largest page a client may ask for: big enough for a dashboard table, small enough to stay fast."""
DEFAULT_PAGE = 50


def get_store(request: Request) -> Iterator[Store]:
    """One store per request, closed when the response is sent (readers never block in WAL mode)."""
    store = open_store(request.app.state.db)
    try:
        yield store
    finally:
        store.close()


StoreDep = Annotated[Store, Depends(get_store)]


def _blank(value: str | None) -> str | None:
    """HTML forms send empty fields as ''; they mean 'no filter'."""
    return value.strip() or None if value is not None else None


def selection(
    since: Annotated[str | None, Query(description="From this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, Query(description="Up to this date (YYYY-MM-DD).")] = None,
    type: Annotated[list[str] | None, Query(description="Event types (repeatable; any case).")] = None,
    actor: Annotated[str | None, Query(description="Actor id, name or alias (any case), or part of a name.",
                                       max_length=MAX_TEXT_CHARS)] = None,
    country: Annotated[str | None, Query(description="Country name (any case) or ISO code (SD, SDN).",
                                         max_length=MAX_TEXT_CHARS)] = None,
    bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat", max_length=MAX_TEXT_CHARS)] = None,
    source_kind: Annotated[list[str] | None, Query(description="Attribution source kinds (repeatable).")] = None,
    min_originators: Annotated[int | None, Query(ge=1, le=MAX_ORIGINATORS)] = None,
    q: Annotated[str | None, Query(description="Full-text search of the reporting documents.",
                                   max_length=MAX_TEXT_CHARS)] = None,
) -> Selection:
    """The filters of a request (query parameters; empty form fields ignored; names read as ``lookup`` does)."""
    return Selection(
        since=check_date("since", _blank(since)), until=check_date("until", _blank(until)),
        types=lookup.event_types(type or []),
        actor=lookup.actor(_blank(actor)), country=lookup.country(_blank(country)),
        bbox=check_bbox(parse_bbox(_blank(bbox))),
        source_kinds=check_choices("source_kind", (k for k in (source_kind or []) if k), SourceKind),
        min_originators=min_originators, text=_blank(q),
    )


SelectionDep = Annotated[Selection, Depends(selection)]
LimitQuery = Annotated[int, Query(ge=1, le=MAX_PAGE)]
OffsetQuery = Annotated[int, Query(ge=0, le=MAX_OFFSET)]


def require_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """Write endpoints: when the server has a token, the request must bear it."""
    expected = request.app.state.token
    if not expected:
        return
    if not bearer_token_matches(authorization, str(expected)):
        raise HTTPException(status_code=401, detail="this server needs 'Authorization: Bearer <token>' to write",
                            headers={"WWW-Authenticate": "Bearer"})
