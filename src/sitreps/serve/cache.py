"""Answers cached per database version, so a busy dashboard computes each aggregate view once per write.

The map, timeline, actor and claim views scan every event, mention or document:
about a second on a few hundred documents, and the same answer until something is
written. The cache key holds
the database's version, read from SQLite's own files without a query: the
wal-index header in ``-shm`` (its change counter, frame count and salts move on
every commit), the ``-wal`` file's size and time (an empty WAL, re-created each
time the last connection closes and another opens, counts as none), and the main
file's size, time and change counter (for when no WAL is open). Any commit changes the key, so a
cached answer is never served for a database that changed; an answer computed
while a write lands is stored under the older key and never found again.
PostgreSQL databases are not cached (no file to read the version from).
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from sitreps.store.base import Store

SQLITE_URL = "sqlite:///"
WAL_INDEX_HEADER_BYTES = 48
"""SQLite's WalIndexHdr: version, change counter, page size, last frame, salts and checksums."""
DB_HEADER_BYTES = 100
"""The database file header; offset 24 holds the change counter of rollback-journal commits."""
CACHE_ENTRIES = 64
"""Distinct (view, filters) answers kept: the dashboard's pages and their common filters. Answers are
summaries (markers, days, rows): under 3 MB each on 233 documents."""

P = ParamSpec("P")
R = TypeVar("R")


def _head(path: Path, size: int) -> bytes:
    try:
        with path.open("rb") as file:
            return file.read(size)
    except FileNotFoundError:
        return b""


def _stamp(path: Path) -> tuple[int, int]:
    try:
        status = path.stat()
    except FileNotFoundError:
        return -1, -1
    return status.st_size, status.st_mtime_ns


def data_version(store: Store) -> Hashable | None:
    """A value that changes whenever the SQLite database behind ``store`` commits; None for other backends."""
    if not store.url.startswith(SQLITE_URL):
        return None
    path = Path(store.url.removeprefix(SQLITE_URL))
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    wal_stamp = _stamp(wal)
    if wal_stamp[0] <= 0:  # no WAL or an empty one: everything is in the main file (its stamp says when it changed)
        wal_stamp = (0, 0)
    return (_head(shm, WAL_INDEX_HEADER_BYTES), wal_stamp, _stamp(path), _head(path, DB_HEADER_BYTES)[24:28])


class VersionCache:
    """A small LRU of answers keyed by database version and arguments; thread-safe.

    Concurrent misses of one key wait for a single computation (after a write, four
    dashboard requests would otherwise each scan the database at once).
    """

    def __init__(self, entries: int = CACHE_ENTRIES) -> None:
        self.entries = entries
        self._answers: OrderedDict[Hashable, Any] = OrderedDict()
        self._computing: dict[Hashable, threading.Lock] = {}
        self._lock = threading.Lock()

    def _cached(self, key: Hashable) -> tuple[bool, Any]:
        with self._lock:
            if key not in self._answers:
                return False, None
            self._answers.move_to_end(key)
            return True, self._answers[key]

    def get_or_compute(self, key: Hashable, compute: Callable[[], R]) -> R:
        found, answer = self._cached(key)
        if found:
            return answer
        with self._lock:
            computing = self._computing.setdefault(key, threading.Lock())
        with computing:
            found, answer = self._cached(key)
            if found:
                return answer
            fresh = compute()
            with self._lock:
                self._answers[key] = fresh
                self._computing.pop(key, None)
                while len(self._answers) > self.entries:
                    self._answers.popitem(last=False)
        return fresh


CACHE = VersionCache()


def _hashable(value: object) -> Hashable:
    return tuple(value) if isinstance(value, list | tuple) else value


def per_data_version(view: Callable[Concatenate[Store, P], R]) -> Callable[Concatenate[Store, P], R]:
    """Cache ``view(store, ...)`` under the store's data version; callers must not mutate what it returns."""

    @functools.wraps(view)
    def cached(store: Store, *args: P.args, **kwargs: P.kwargs) -> R:
        version = data_version(store)
        if version is None:
            return view(store, *args, **kwargs)
        key = (view.__qualname__, store.url, version, tuple(_hashable(a) for a in args),
               tuple(sorted((k, _hashable(v)) for k, v in kwargs.items())))
        return CACHE.get_or_compute(key, lambda: view(store, *args, **kwargs))

    return cached
