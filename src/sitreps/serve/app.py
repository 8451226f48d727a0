"""The FastAPI application: REST API under /api, the dashboard beside it, static files from the package.

Every dashboard page has a JSON twin under /api (datasette's rule). Article text is
untrusted: templates autoescape, and a strict Content-Security-Policy forbids inline
scripts, so a hostile article can show its ``<script>`` only as text.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from urllib.parse import urlsplit

from fastapi import FastAPI, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from sitreps.errors import ConfigError, IngestError, NotFoundError, SitrepsError
from sitreps.serve import api_routes, download_routes, failures, pages, review_routes
from sitreps.serve.jobs import JobQueue, QueueFull
from sitreps.serve.security import DEFAULT_MAX_BODY_BYTES, GuardSettings, RequestGuard
from sitreps.serve.templating import templates

ERROR_STATUS: dict[type[SitrepsError], int] = {NotFoundError: 404, IngestError: 422, ConfigError: 400,
                                               QueueFull: 429}


def _status_of(error: SitrepsError) -> int:
    return next((code for kind, code in ERROR_STATUS.items() if isinstance(error, kind)), 400)


def tile_origin(url: str | None) -> str | None:
    """The origin (scheme://host[:port]) of a map tile URL template such as https://tile.example.org/{z}/{x}/{y}.png;
    None without one. Anything but an https or http URL is refused."""
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.netloc:
        raise ConfigError(f"tile URL {url!r}: give an http(s) URL template with {{z}}, {{x}} and {{y}}")
    return f"{parts.scheme}://{parts.netloc}"


async def _user_error(request: Request, error: Exception) -> Response:
    """Errors a user can cause become 4xx with the message saying what to do (JSON under /api)."""
    assert isinstance(error, SitrepsError)
    status = _status_of(error)
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": type(error).__name__, "detail": str(error)}, status_code=status)
    page = templates().get_template("error.html").render(request=request, status=status, message=str(error),
                                                          json_url="/api/stats", params={})
    return HTMLResponse(page, status_code=status)


def create_app(db: str | None = None, *, token: str | None = None, allowed_hosts: Iterable[str] = (),
               max_body_bytes: int = DEFAULT_MAX_BODY_BYTES, tile_url: str | None = None) -> FastAPI:
    """The app over database ``db`` (None: $SITREPS_DB or the user's default).

    With ``token`` set, write endpoints require ``Authorization: Bearer <token>``.
    ``Host`` must be a loopback name or one of ``allowed_hosts``; bodies past
    ``max_body_bytes`` are refused (``sitreps.serve.security``). With ``tile_url`` (a URL
    template, ``{z}/{x}/{y}``) the map draws those online tiles under the offline borders, and
    the Content-Security-Policy allows images from that origin only.
    """
    app = FastAPI(title="sitreps", description="Sourced, verifiable conflict event records.",
                  docs_url=None, redoc_url=None)
    app.state.db = db
    app.state.token = token
    app.state.tile_url = tile_url
    app.state.jobs = JobQueue()
    app.state.guard = GuardSettings.build(allowed_hosts, max_body_bytes, token, image_origin=tile_origin(tile_url))
    app.add_middleware(RequestGuard, settings=app.state.guard)
    failures.install(app)
    app.add_exception_handler(SitrepsError, _user_error)
    static = resources.files("sitreps.serve").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(api_routes.router)
    app.include_router(download_routes.router)
    app.include_router(review_routes.router)
    app.include_router(pages.router)
    return app
