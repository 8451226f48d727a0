"""Every error the server answers is JSON ``{"error", "detail"}`` with the security headers, 500s included.

Starlette's last-resort handler answers a crash outside every middleware, so the
security headers have to be set here, on the response itself; its body never
carries a stack trace (the server log has it).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from sitreps.serve.security import SECURITY_HEADERS

log = logging.getLogger(__name__)
INTERNAL_DETAIL = "the server failed on this request; its log has the details. Please report it."


def _json(status: int, error: str, detail: str, headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": error, "detail": detail}, status_code=status,
                        headers={**SECURITY_HEADERS, **(headers or {})})


async def http_error(request: Request, error: Exception) -> Response:
    """Starlette and FastAPI ``HTTPException`` (404 of an unknown path, 401, 405, 413...)."""
    assert isinstance(error, HTTPException)
    return _json(error.status_code, type(error).__name__, str(error.detail), error.headers)


async def invalid_request(request: Request, error: Exception) -> Response:
    """A parameter out of bounds or of the wrong type: 422 naming each bad parameter."""
    assert isinstance(error, RequestValidationError)
    problems = ["{}: {}".format(".".join(str(p) for p in e.get("loc", ())[1:]) or "request", e.get("msg", ""))
                for e in error.errors()]
    return _json(422, "InvalidParameter", "; ".join(problems))


async def crash(request: Request, error: Exception) -> Response:
    """Anything else is a bug: a 500 with no trace in the body, logged with its trace."""
    log.error("%s %s failed", request.method, request.url.path, exc_info=error)
    return _json(500, "InternalError", INTERNAL_DETAIL)


def install(app: FastAPI) -> None:
    """Register the handlers (user errors of ``sitreps.errors`` have their own, in ``app``)."""
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid_request)
    app.add_exception_handler(Exception, crash)
