"""Review over HTTP: merge, split and undo with an audit trail; list the trail. Writes need the token.

The dashboard's review forms post here (from ``static/review.js``). The author is
what the reviewer typed, else the client address; the reason is kept as given.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from sitreps import api
from sitreps.link.decisions import DecisionKind
from sitreps.serve.deps import require_token

router = APIRouter(prefix="/api/review", tags=["review"])


class ReviewRequest(BaseModel):
    """A merge (two or more events or mentions) or a split (mentions to take out of their event)."""

    event_ids: list[str] = Field(default_factory=list, max_length=100)
    mention_ids: list[str] = Field(default_factory=list, max_length=100)
    author: str | None = Field(default=None, max_length=200)
    reason: str | None = Field(default=None, max_length=2000)


class EditRequest(BaseModel):
    """Set one field (type, date or place) of an event."""

    event_id: str = Field(max_length=100)
    field: str = Field(max_length=20)
    value: str = Field(max_length=300)
    author: str | None = Field(default=None, max_length=200)
    reason: str | None = Field(default=None, max_length=2000)


class UndoRequest(BaseModel):
    author: str | None = Field(default=None, max_length=200)
    reason: str | None = Field(default=None, max_length=2000)


def _author(request: Request, given: str | None) -> str:
    client = request.client.host if request.client else "unknown"
    return given.strip() if given and given.strip() else f"dashboard@{client}"


@router.get("", summary="Every review decision with its audit trail (who, when, why, before/after, undo)")
def review_list(request: Request) -> dict[str, Any]:
    entries = api.review_log(db=request.app.state.db)
    return {"total": len(entries), "decisions": [e.model_dump(mode="json") for e in entries]}


async def _decide(request: Request, kind: DecisionKind, body: ReviewRequest) -> dict[str, Any]:
    outcome = await run_in_threadpool(api.review, kind, event_ids=body.event_ids, mention_ids=body.mention_ids,
                                      author=_author(request, body.author), reason=body.reason,
                                      db=request.app.state.db)
    return {"decision": outcome.entry.model_dump(mode="json"), "events": outcome.events}


@router.post("/merge", dependencies=[Depends(require_token)], summary="Merge events or mentions into one event")
async def merge(request: Request, body: ReviewRequest) -> dict[str, Any]:
    return await _decide(request, DecisionKind.MERGE, body)


@router.post("/split", dependencies=[Depends(require_token)], summary="Take mentions out into a new event")
async def split(request: Request, body: ReviewRequest) -> dict[str, Any]:
    return await _decide(request, DecisionKind.SPLIT, body)


@router.post("/edit", dependencies=[Depends(require_token)], summary="Set an event's type, date or place")
async def edit(request: Request, body: EditRequest) -> dict[str, Any]:
    outcome = await run_in_threadpool(api.edit_event, body.event_id, body.field, body.value,
                                      author=_author(request, body.author), reason=body.reason,
                                      db=request.app.state.db)
    return {"decision": outcome.entry.model_dump(mode="json"), "events": outcome.events}


@router.post("/{decision_id}/undo", dependencies=[Depends(require_token)],
             summary="Undo a decision (kept in the trail, no longer replayed)")
async def undo(request: Request, decision_id: int, body: UndoRequest) -> dict[str, Any]:
    outcome = await run_in_threadpool(api.undo_review, decision_id, author=_author(request, body.author),
                                      reason=body.reason, db=request.app.state.db)
    return {"decision": outcome.entry.model_dump(mode="json"), "events": outcome.events}
