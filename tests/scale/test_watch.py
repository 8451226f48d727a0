"""`sitreps watch` against a local feed server: conditional requests, 304s, backoff, bounded loops."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from scale.feedserver import LAST_MODIFIED, FeedServer, feed_server, item, rss
from sitreps.cli.app import app
from sitreps.errors import ConfigError
from sitreps.ingest.watch import MAX_BACKOFF_S, PollOutcome, Watcher, backoff_delay, read_feed_list
from sitreps.scale.feed_state import FeedStates
from sitreps.store import Store, open_store
from sitreps.store.open import open_connection

INTERVAL = 300.0


class FakeClock:
    """Time that moves only when told (or when the watcher sleeps)."""

    def __init__(self) -> None:
        self.now = 1_000_000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with feed_server() as running:
        yield running


@pytest.fixture
def parts(fresh_db: str) -> Iterator[tuple[Store, FeedStates]]:
    store, states = open_store(fresh_db), FeedStates(open_connection(fresh_db))
    yield store, states
    states.close()
    store.close()


def _watcher(urls: list[str], parts: tuple[Store, FeedStates], clock: FakeClock, client: httpx.Client,
             new: list[int] | None = None) -> Watcher:
    return Watcher(urls, parts[0], parts[1], client=client, interval=INTERVAL, clock=clock, sleep=clock.sleep,
                   on_new=new.append if new is not None else None)


def test_etag_poll_stores_then_gets_304(server: FeedServer, parts: tuple[Store, FeedStates]) -> None:
    clock, new = FakeClock(), list[int]()
    with httpx.Client() as client:
        watcher = _watcher([server.url("/etag.xml")], parts, clock, client, new)
        [first] = watcher.poll_due()
        assert (first.status, first.stored) == ("new", 2)
        assert watcher.poll_due() == []  # not due before the interval
        clock.now += INTERVAL
        [second] = watcher.poll_due()
        assert second.status == "unchanged"
        assert server.requests[-1][1].get("If-None-Match") == '"v1"'
        server.items.append(item(2))
        server.version = 2
        clock.now += INTERVAL
        [third] = watcher.poll_due()
    assert (third.status, third.stored, third.duplicates) == ("new", 1, 2)
    assert new == [2, 1]
    assert parts[0].count_documents() == {"pending": 3}
    assert parts[1].get(server.url("/etag.xml")).etag == '"v2"'


def test_last_modified_is_sent_back(server: FeedServer, parts: tuple[Store, FeedStates]) -> None:
    clock = FakeClock()
    with httpx.Client() as client:
        watcher = _watcher([server.url("/modified.xml")], parts, clock, client)
        assert watcher.poll_due()[0].stored == 2
        clock.now += INTERVAL
        assert watcher.poll_due()[0].status == "unchanged"
    assert server.requests[0][1].get("If-Modified-Since") is None
    assert server.requests[1][1].get("If-Modified-Since") == LAST_MODIFIED


def test_failing_feed_backs_off_and_recovers(server: FeedServer, parts: tuple[Store, FeedStates]) -> None:
    clock = FakeClock()
    url = server.url("/broken.xml")
    with httpx.Client() as client:
        watcher = _watcher([url], parts, clock, client)
        waits = []
        for _ in range(4):
            [outcome] = watcher.poll_due()
            assert outcome.status == "error" and "500" in (outcome.error or "")
            state = parts[1].get(url)
            waits.append(state.next_poll_at - clock.now)
            clock.now = state.next_poll_at
        assert waits == [2 * INTERVAL, 4 * INTERVAL, 8 * INTERVAL, 16 * INTERVAL]
        assert parts[1].get(url).last_status == 500
        server_ok = server.url("/etag.xml")
        watcher.feeds = [server_ok]
        watcher.poll_due()
    assert backoff_delay(40, INTERVAL) == MAX_BACKOFF_S
    assert parts[1].get(server_ok).failures == 0


def test_run_is_bounded_and_sleeps_until_next_due(server: FeedServer, parts: tuple[Store, FeedStates]) -> None:
    clock = FakeClock()
    seen: list[PollOutcome] = []
    with httpx.Client() as client:
        watcher = _watcher([server.url("/etag.xml"), server.url("/broken.xml")], parts, clock, client)
        watcher.run(rounds=3, report=seen.append)
    assert clock.slept == [INTERVAL, INTERVAL]  # the good feed is due first; the broken one waits 2x
    assert [o.status for o in seen] == ["new", "error", "unchanged", "unchanged", "error"]


def test_feed_list_file(tmp_path: Path) -> None:
    path = tmp_path / "feeds.txt"
    path.write_text("# wires\nhttp://a.example/rss  # main\n\nhttps://b.example/atom\nhttp://a.example/rss\n")
    assert read_feed_list(path) == ["http://a.example/rss", "https://b.example/atom"]
    path.write_text("# nothing yet\n")
    with pytest.raises(ConfigError, match="no feeds"):
        read_feed_list(path)
    path.write_text("feeds.example.com/rss\n")
    with pytest.raises(ConfigError, match="not an http"):
        read_feed_list(path)
    with pytest.raises(ConfigError, match="cannot read"):
        read_feed_list(tmp_path / "missing.txt")


def test_cli_watch_once(server: FeedServer, tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{server.url('/etag.xml')}\n{server.url('/broken.xml')}\n")
    db = str(tmp_path / "watch.db")
    result = CliRunner().invoke(app, ["watch", str(feeds), "--once", "--db", db])
    assert result.exit_code == 0, result.output
    assert "2 new, 0 already stored" in result.output
    assert "backing off" in result.output
    assert len(server.requests) == 2


def _raw_storage(db: str) -> tuple[int, int, int]:
    """Blobs, their total bytes, and arrival rows in the database."""
    conn = open_connection(db)
    try:
        [(blobs, size)] = conn.execute("SELECT COUNT(*), COALESCE(SUM(LENGTH(bytes)), 0) FROM raw_blobs")
        [(arrivals,)] = conn.execute("SELECT COUNT(*) FROM raw_inputs")
    finally:
        conn.close()
    return int(blobs), int(size), int(arrivals)


def test_a_feed_body_is_stored_once_and_an_unchanged_poll_adds_nothing(
        server: FeedServer, parts: tuple[Store, FeedStates], fresh_db: str) -> None:
    """A server that ignores conditional requests sends the same body again: storage must not grow."""
    clock = FakeClock()
    server.items = [item(n) for n in range(5)]
    body = len(rss(server.items))
    with httpx.Client() as client:
        watcher = _watcher([server.url("/plain.xml")], parts, clock, client)
        [first] = watcher.poll_due()
        assert first.stored == 5
        assert _raw_storage(fresh_db) == (1, body, 5)  # five entries, one copy of the feed
        clock.now += INTERVAL
        [second] = watcher.poll_due()
        assert (second.status, second.stored, second.duplicates) == ("new", 0, 5)
        assert _raw_storage(fresh_db) == (1, body, 5)
        server.items.append(item(5))
        clock.now += INTERVAL
        [third] = watcher.poll_due()
    assert (third.stored, third.duplicates) == (1, 5)
    blobs, size, arrivals = _raw_storage(fresh_db)
    assert (blobs, size) == (2, body + len(rss(server.items)))  # the changed body, once
    assert arrivals == 5 + 6  # every entry now also points at the new body


def test_a_dropped_entry_is_counted_and_reported(server: FeedServer, tmp_path: Path) -> None:
    server.items = [item(0), ("Headline only", ""), item(1)]
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{server.url('/etag.xml')}\n")
    result = CliRunner().invoke(app, ["watch", str(feeds), "--once", "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 0, result.output
    assert "2 new, 0 already stored, 1 entries dropped" in result.stdout
    assert "entry 2: entry has no content or summary" in result.stderr


def test_watch_once_fails_when_every_feed_failed(server: FeedServer, tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{server.url('/broken.xml')}\n")
    result = CliRunner().invoke(app, ["watch", str(feeds), "--once", "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 1
    assert "every feed failed (1)" in result.stderr
