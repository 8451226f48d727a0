"""A feed server on 127.0.0.1 for watch tests: ETag / Last-Modified validators, 304s, and a failing feed."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LAST_MODIFIED = "Tue, 04 Mar 2025 10:00:00 GMT"


def rss(items: list[tuple[str, str]]) -> bytes:
    """An RSS 2.0 feed of (title, description) items, written for these tests."""
    entries = "".join(
        f"<item><title>{title}</title><link>http://127.0.0.1/{n}</link>"
        f"<pubDate>Tue, 04 Mar 2025 0{n % 10}:00:00 GMT</pubDate><description>{body}</description></item>"
        for n, (title, body) in enumerate(items)
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test Wire</title>'
            f"<link>http://127.0.0.1/</link><description>test</description>{entries}</channel></rss>").encode()


def item(n: int) -> tuple[str, str]:
    return (f"Clashes reported near border town {n}",
            f"Armed men attacked a police post near the border town on Monday, killing {n + 3} officers, "
            f"local officials said in a statement issued in the regional capital (report {n}).")


@dataclass
class FeedServer:
    """What the server serves and what it was asked: tests change ``items`` and read ``requests``."""

    items: list[tuple[str, str]] = field(default_factory=lambda: [item(0), item(1)])
    version: int = 1
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    base: str = ""

    def url(self, path: str) -> str:
        return f"{self.base}{path}"


def _handler(state: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests.append((self.path, dict(self.headers.items())))
            if self.path == "/broken.xml":
                self.send_error(500, "server on fire")
                return
            etag = f'"v{state.version}"'
            if self.path == "/etag.xml" and self.headers.get("If-None-Match") == etag:
                self._empty(304)
                return
            if self.path == "/modified.xml" and self.headers.get("If-Modified-Since") == LAST_MODIFIED:
                self._empty(304)
                return
            body = rss(state.items)
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            if self.path == "/etag.xml":
                self.send_header("ETag", etag)
            else:
                self.send_header("Last-Modified", LAST_MODIFIED)
            self.end_headers()
            self.wfile.write(body)

        def _empty(self, code: int) -> None:
            self.send_response(code)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            return None

    return Handler


@contextmanager
def feed_server() -> Iterator[FeedServer]:
    """Serve on a free port in a thread for the duration of the block."""
    state = FeedServer()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
