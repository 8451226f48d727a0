"""Watch RSS/Atom feeds: poll each on an interval, store the new entries, back off from failing feeds.

Polls are conditional requests: the ETag and Last-Modified of the last answer
go back as If-None-Match and If-Modified-Since, so an unchanged feed costs a
304 and no parsing. httpx fetches (it gives the raw bytes, which the store keeps
first) and feedparser parses (``sitreps.ingest.feeds``). Entries already stored
are duplicates the store ignores. A feed that fails (network error, HTTP error,
not a feed) waits ``interval * 2**failures`` before its next poll, capped at
``MAX_BACKOFF_S``; one success resets it. Clock, sleep and HTTP client are
injected so tests run bounded loops against a local server without waiting.
Fetches are bounded and run a few feeds at once (``sitreps.ingest.fetch``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import httpx

from sitreps.errors import ConfigError, IngestError
from sitreps.ingest.feeds import parse_feed
from sitreps.ingest.fetch import DEFAULT_LIMITS, FetchLimits, fetch_all, fetch_feed
from sitreps.ingest.records import IngestedItem, IngestFailure
from sitreps.scale.feed_state import FeedState, FeedStates
from sitreps.store import Store

DEFAULT_INTERVAL_S = 300.0
"""Five minutes: news feeds update every few minutes at most, and polite crawlers wait this long."""
MAX_BACKOFF_S = 6 * 3600.0
"""A feed failing for hours is still retried four times a day: outages end, URLs come back."""
FETCH_TIMEOUT_S = 30.0
"""Slow news sites answer within seconds; beyond this the poll counts as a failure."""
USER_AGENT = "sitreps-watch (+https://github.com/sitreps/sitreps)"


@dataclass(frozen=True)
class PollOutcome:
    """What one poll of one feed did."""

    url: str
    status: str  # "new" (fetched and parsed), "unchanged" (304), "error"
    stored: int = 0
    duplicates: int = 0
    error: str | None = None
    dropped: tuple[IngestFailure, ...] = ()  # entries that could not become documents, with why


def read_feed_list(path: Path) -> list[str]:
    """Feed URLs from a file: one per line; blank lines and ``#`` comments skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"cannot read the feeds file {path}: {error}; give a text file, one URL per line") from None
    urls = [line.split("#", 1)[0].strip() for line in lines]
    urls = [url for url in urls if url]
    bad = [url for url in urls if not url.startswith(("http://", "https://"))]
    if bad:
        raise ConfigError(f"{path}: {bad[0]!r} is not an http(s) URL; put one feed URL per line")
    if not urls:
        raise ConfigError(f"{path} lists no feeds; put one feed URL per line (# starts a comment)")
    return list(dict.fromkeys(urls))


def backoff_delay(failures: int, interval: float) -> float:
    """Seconds to wait after ``failures`` consecutive failures: doubling from ``interval``, capped."""
    return float(min(interval * 2 ** min(failures, 32), MAX_BACKOFF_S))


def _conditional_headers(state: FeedState) -> dict[str, str]:
    headers = {"User-Agent": USER_AGENT}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers


class Watcher:
    """Polls feeds into a store; ``run`` loops until told to stop (``once`` or ``rounds``)."""

    def __init__(self, feeds: list[str], store: Store, states: FeedStates, *, client: httpx.Client,
                 interval: float = DEFAULT_INTERVAL_S, clock: Callable[[], float] = time.time,
                 sleep: Callable[[float], None] = time.sleep,
                 on_new: Callable[[int], None] | None = None, limits: FetchLimits = DEFAULT_LIMITS) -> None:
        self.feeds = feeds
        self.store = store
        self.states = states
        self.client = client
        self.interval = interval
        self.clock = clock
        self.sleep = sleep
        self.on_new = on_new
        self.limits = limits

    def poll(self, url: str) -> PollOutcome:
        """Poll one feed now, store its new entries and record its state."""
        state = self.states.get(url)
        try:
            response = fetch_feed(self.client, url, _conditional_headers(state), self.limits)
            if response.status_code == httpx.codes.NOT_MODIFIED:
                outcome = PollOutcome(url, "unchanged")
            else:
                response.raise_for_status()
                outcome = self._store(url, response.content)
        except (httpx.HTTPError, IngestError) as error:
            failures = state.failures + 1
            status = error.response.status_code if isinstance(error, httpx.HTTPStatusError) else None
            self.states.put(replace(state, failures=failures, last_error=str(error), last_status=status,
                                    next_poll_at=self.clock() + backoff_delay(failures, self.interval)))
            return PollOutcome(url, "error", error=str(error))
        self.states.put(FeedState(
            url, etag=response.headers.get("ETag", state.etag),
            last_modified=response.headers.get("Last-Modified", state.last_modified),
            failures=0, next_poll_at=self.clock() + self.interval, last_status=response.status_code))
        return outcome

    def _store(self, url: str, raw: bytes) -> PollOutcome:
        parsed = list(parse_feed(raw, source=url))
        items = [o for o in parsed if isinstance(o, IngestedItem)]
        dropped = tuple(o for o in parsed if isinstance(o, IngestFailure))
        outcomes = self.store.add_documents((item.document, item.raw) for item in items)
        stored = sum(o.new for o in outcomes)
        return PollOutcome(url, "new", stored=stored, duplicates=len(outcomes) - stored, dropped=dropped)

    def poll_due(self) -> list[PollOutcome]:
        """Poll every feed whose next poll time has come (all of them on a first run)."""
        now = self.clock()
        outcomes = fetch_all(self.poll, [url for url in self.feeds if self.states.get(url).next_poll_at <= now])
        stored = sum(o.stored for o in outcomes)
        if stored and self.on_new:
            self.on_new(stored)
        return outcomes

    def run(self, *, once: bool = False, rounds: int | None = None,
            report: Callable[[PollOutcome], None] | None = None) -> list[PollOutcome]:
        """Poll due feeds, sleep until the next is due, repeat; ``once`` polls one round, ``rounds`` bounds it.

        Returns the last round's outcomes (so ``watch --once`` can fail when every feed failed).
        """
        done = 0
        while True:
            outcomes = self.poll_due()
            for outcome in outcomes:
                if report:
                    report(outcome)
            done += 1
            if once or (rounds is not None and done >= rounds):
                return outcomes
            next_due = min(self.states.get(url).next_poll_at for url in self.feeds)
            self.sleep(max(0.0, next_due - self.clock()))
