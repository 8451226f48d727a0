"""The watcher's fetches under attack, against a hostile feed server on 127.0.0.1: redirects elsewhere,
redirect loops, endless bodies, a byte at a time, and a slow feed among quick ones."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from scale.feedserver import item, rss
from sitreps.cli.app import app
from sitreps.errors import IngestError
from sitreps.ingest.fetch import FetchLimits, fetch_feed
from sitreps.ingest.watch import Watcher
from sitreps.scale.feed_state import FeedStates
from sitreps.store import open_store
from sitreps.store.open import open_connection

FEED = rss([item(0), item(1)])
LIMITS = FetchLimits(max_bytes=64 * 1024, deadline_s=1.5, read_timeout_s=0.5, max_redirects=3)
"""Small limits so each attack is refused in about a second, not in the production minute."""
TRICKLE_GAP_S = 0.3
"""Under the read timeout: each read succeeds, so only the total deadline can stop the fetch."""
SLACK_S = 2.0
"""Thread start-up and a loaded CI machine; far below the minutes the unbounded watcher took."""


def _handler(port_of: dict[str, int]) -> type[BaseHTTPRequestHandler]:
    class Hostile(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            port = port_of["port"]
            routes = {
                "/feed.xml": lambda: self._send(FEED),
                "/moved": lambda: self._redirect("/feed.xml"),
                "/elsewhere": lambda: self._redirect(f"http://localhost:{port}/feed.xml"),
                "/scheme": lambda: self._redirect("file:///etc/passwd"),
                "/loop": lambda: self._redirect("/loop"),
                "/huge": self._endless,
                "/declared-huge": lambda: self._send(b"", length=10**9),
                "/trickle": self._trickle,
            }
            routes.get(self.path.split("?")[0], lambda: self.send_error(404))()

        def _send(self, body: bytes, length: int | None = None) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body) if length is None else length))
            self.end_headers()
            self.wfile.write(body)

        def _redirect(self, location: str) -> None:
            self.send_response(302)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _endless(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()  # no length: read until the server stops, which it never does
            try:
                for _ in range(10_000):
                    self.wfile.write(b"<!-- padding -->" * 4096)
            except OSError:
                return

        def _trickle(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()
            try:
                for byte in FEED:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(TRICKLE_GAP_S)
            except OSError:
                return

        def log_message(self, *args: object) -> None:
            return None

    return Hostile


@contextmanager
def hostile_server() -> Iterator[str]:
    port_of: dict[str, int] = {}
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(port_of))
    server.daemon_threads = True
    port_of["port"] = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port_of['port']}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with hostile_server() as url:
        yield url


def _fetch(url: str, limits: FetchLimits = LIMITS) -> httpx.Response:
    with httpx.Client() as client:
        return fetch_feed(client, url, {}, limits)


def test_same_host_redirect_is_followed(base: str) -> None:
    response = _fetch(f"{base}/moved")
    assert response.status_code == 200 and response.content == FEED


def test_redirect_to_another_host_is_refused_unless_allowed(base: str) -> None:
    with pytest.raises(IngestError, match="another host"):
        _fetch(f"{base}/elsewhere")
    allowed = FetchLimits(**{**LIMITS.__dict__, "redirect_hosts": frozenset({"localhost"})})
    assert _fetch(f"{base}/elsewhere", allowed).content == FEED


def test_redirect_loops_and_other_schemes_are_refused(base: str) -> None:
    with pytest.raises(IngestError, match="more than 3 redirects"):
        _fetch(f"{base}/loop")
    with pytest.raises(IngestError, match="not http"):
        _fetch(f"{base}/scheme")


def test_endless_and_declared_huge_bodies_stop_at_the_limit(base: str) -> None:
    for path in ("/huge", "/declared-huge"):
        started = time.monotonic()
        with pytest.raises(IngestError, match=r"bytes allowed|more than the"):
            _fetch(f"{base}{path}")
        assert time.monotonic() - started < LIMITS.deadline_s + SLACK_S


def test_a_trickling_feed_is_cut_at_the_total_deadline(base: str) -> None:
    started = time.monotonic()
    with pytest.raises(IngestError, match="to arrive"):
        _fetch(f"{base}/trickle")
    assert time.monotonic() - started < LIMITS.deadline_s + LIMITS.read_timeout_s + SLACK_S


def test_one_slow_feed_does_not_stall_the_others(base: str, fresh_db: str) -> None:
    """Three trickling feeds and a good one: the round takes one deadline, not three, and the good one is stored."""
    feeds = [f"{base}/trickle?{n}" for n in range(3)] + [f"{base}/feed.xml"]
    store, states = open_store(fresh_db), FeedStates(open_connection(fresh_db))
    try:
        with httpx.Client() as client:
            watcher = Watcher(feeds, store, states, client=client, limits=LIMITS)
            started = time.monotonic()
            outcomes = watcher.poll_due()
            took = time.monotonic() - started
        assert [o.status for o in outcomes] == ["error", "error", "error", "new"]
        assert outcomes[-1].stored == 2
        assert took < LIMITS.deadline_s + LIMITS.read_timeout_s + SLACK_S
    finally:
        states.close()
        store.close()


def test_cli_watch_follows_other_hosts_only_when_allowed(base: str, tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{base}/elsewhere\n", encoding="utf-8")
    refused = CliRunner().invoke(app, ["watch", str(feeds), "--once", "--db", str(tmp_path / "r.db")])
    assert "another host" in refused.output
    allowed = CliRunner().invoke(app, ["watch", str(feeds), "--once", "--db", str(tmp_path / "a.db"),
                                       "--redirect-host", "LOCALHOST"])  # a fresh database: no backoff yet
    assert allowed.exit_code == 0 and "2 new" in allowed.output, allowed.output
