"""What ``sitreps watch`` remembers per feed, in the database's ``feeds`` table (migration 0003_feeds).

The validators of the last response (ETag, Last-Modified) make the next poll a
conditional request, and the error count and next poll time carry the backoff
across restarts, so a cron job running ``watch --once`` backs off too.
"""

from __future__ import annotations

from dataclasses import dataclass

from sitreps.store.connection import Connection, utc_now


@dataclass(frozen=True)
class FeedState:
    """One feed's validators and backoff; ``next_poll_at`` is in the watcher's clock (epoch seconds)."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    next_poll_at: float = 0.0
    last_status: int | None = None
    last_error: str | None = None


class FeedStates:
    """Read and write ``FeedState`` rows; one short transaction per write."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def get(self, url: str) -> FeedState:
        """The stored state, or a fresh one (due now, no validators) for a feed never polled."""
        rows = self._conn.execute(
            "SELECT etag, last_modified, failures, next_poll_at, last_status, last_error FROM feeds WHERE url = ?",
            (url,),
        )
        if not rows:
            return FeedState(url)
        etag, modified, failures, next_poll_at, status, error = rows[0]
        return FeedState(url, etag, modified, int(failures), float(next_poll_at), status, error)

    def put(self, state: FeedState) -> None:
        """Insert or replace a feed's state."""
        with self._conn.transaction():
            self._conn.execute("DELETE FROM feeds WHERE url = ?", (state.url,))
            self._conn.execute(
                "INSERT INTO feeds (url, etag, last_modified, failures, next_poll_at, last_polled_at, "
                "last_status, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (state.url, state.etag, state.last_modified, state.failures, state.next_poll_at, utc_now(),
                 state.last_status, state.last_error),
            )

    def close(self) -> None:
        self._conn.close()
