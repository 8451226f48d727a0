"""The request guard: Host and Origin checks, closed CORS, a streamed body limit, security headers.

A server on 127.0.0.1 is still reachable from every web page its user opens: a
page can POST to it (a "simple" cross-origin request needs no preflight) and,
through DNS rebinding, read it under the attacker's own host name. So every
request must name an allowed host in ``Host``; a state-changing request from a
browser must come from the server's own origin (``Origin``, else ``Referer``;
``Sec-Fetch-Site`` when sent) unless it carries the server's token; no CORS
header is ever sent, so no other origin can read an answer. The body is counted
as it streams in and refused past the limit, whatever ``Content-Length`` says.

Pure ASGI (not ``BaseHTTPMiddleware``) so the body is never buffered here.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sitreps.serve.validation import query_refusal

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
"""Only the package's own files may run or style pages: no inline script, no CDN, no framing."""
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Resource-Policy": "same-origin",
}
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
"""Names a loopback server answers to; anything else in ``Host`` is a rebinding attempt or a mistake."""
DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024
"""8 MiB: the largest feed or CSV export we have seen uploaded is under 2 MiB, and a server holding
four such bodies at once stays well under 100 MB (a 300 MB body once took it past 1 GB)."""
SAFE_METHODS = frozenset({"GET", "HEAD"})
"""Methods that change nothing; every other one needs a same-origin browser or the token."""
FOREIGN_FETCH_SITES = frozenset({"cross-site", "same-site"})
"""``Sec-Fetch-Site`` values of a request another site's page started (same-site: another port or subdomain)."""


def bearer_token_matches(authorization: str | None, expected: str) -> bool:
    """Whether ``Authorization`` is exactly ``Bearer <expected>`` (scheme in any case), compared in constant time.

    A bare token, another scheme, or extra words are refused: RFC 6750's form and nothing else.
    """
    scheme, _, credentials = (authorization or "").strip().partition(" ")
    credentials = credentials.strip()
    if scheme.lower() != "bearer" or not credentials or any(c.isspace() for c in credentials):
        return False
    return hmac.compare_digest(credentials.encode("utf-8", "surrogateescape"),
                               expected.encode("utf-8", "surrogateescape"))


def host_name(host_header: str) -> str:
    """The name in a ``Host`` header, lowercased, without the port (IPv6 brackets removed)."""
    value = host_header.strip().lower()
    if value.startswith("["):
        return value[1:].split("]", 1)[0]
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


@dataclass(frozen=True)
class GuardSettings:
    """What the guard allows: host names (besides loopback), the body limit, the write token."""

    allowed_hosts: frozenset[str] = LOCAL_HOSTS
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    token: str | None = None
    image_origin: str | None = None
    """The one outside origin pages may load images from (the user's configured map tiles), if any."""

    @classmethod
    def build(cls, allowed_hosts: Iterable[str] = (), max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
              token: str | None = None, image_origin: str | None = None) -> GuardSettings:
        """Loopback names plus ``allowed_hosts`` (lowercased, ports dropped)."""
        extra = {host_name(h) for h in allowed_hosts if h.strip()}
        return cls(LOCAL_HOSTS | extra, max_body_bytes, token or None, image_origin)

    @property
    def headers(self) -> dict[str, str]:
        """``SECURITY_HEADERS``, the policy widened for images from ``image_origin`` alone."""
        if not self.image_origin:
            return SECURITY_HEADERS
        policy = CONTENT_SECURITY_POLICY.replace("img-src 'self' data:", f"img-src 'self' data: {self.image_origin}")
        return {**SECURITY_HEADERS, "Content-Security-Policy": policy}


class BodyTooLarge(HTTPException):
    """The request body passed the server's limit (raised while it streams in)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is larger than this server's limit of {limit} bytes; "
                              "send a smaller file or start the server with a higher --max-body-mb")


def refusal(scope: Scope, settings: GuardSettings) -> tuple[int, str] | None:
    """Why the guard refuses this request before it reaches the app (status, message), or None."""
    headers = Headers(scope=scope)
    host = headers.get("host", "")
    if host_name(host) not in settings.allowed_hosts:
        return 400, (f"Host {host!r} is not a name this server answers to; use http://127.0.0.1 or "
                     "start the server with --allow-host NAME")
    bad_query = query_refusal(scope.get("query_string", b""))
    if bad_query is not None:
        return 400, bad_query
    method = scope["method"]
    if method == "OPTIONS":
        return 403, "cross-origin requests are not allowed: this server sends no CORS headers"
    if method in SAFE_METHODS:
        return None
    if settings.token and bearer_token_matches(headers.get("authorization"), settings.token):
        return None
    if headers.get("sec-fetch-site", "").lower() in FOREIGN_FETCH_SITES:
        return 403, "a page from another site may not write here (Sec-Fetch-Site)"
    origin = headers.get("origin") or headers.get("referer")
    if origin is not None and urlsplit(origin).netloc.lower() != host.strip().lower():
        return 403, (f"origin {origin!r} is not this server ({host}): write from the dashboard itself, "
                     "or from a program that sends no Origin header (or the token)")
    return None


def _declared_length(scope: Scope) -> int | None:
    value = Headers(scope=scope).get("content-length")
    return int(value) if value is not None and value.strip().isdigit() else None


async def send_json(send: Send, status: int, error: str, detail: str) -> None:
    """A JSON error answer with the security headers, straight to the ASGI ``send``."""
    body = json.dumps({"error": error, "detail": detail}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    headers += [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class RequestGuard:
    """ASGI middleware applying ``GuardSettings`` to every HTTP request and headers to every answer."""

    def __init__(self, app: ASGIApp, settings: GuardSettings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refused = refusal(scope, self.settings)
        if refused is not None:
            await send_json(send, refused[0], "RequestRefused", refused[1])
            return
        limit = self.settings.max_body_bytes
        declared = _declared_length(scope)
        if declared is not None and declared > limit:
            await send_json(send, 413, "BodyTooLarge", BodyTooLarge(limit).detail)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k.lower().encode(), v.encode()) for k, v in self.settings.headers.items()
                         if k.lower().encode() not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, counted, with_headers)
