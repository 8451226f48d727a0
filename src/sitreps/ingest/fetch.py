"""Fetching a feed without trusting its server: few redirects, same host, a total deadline, a size limit.

A feed URL is given once by the user, but the server behind it answers whatever
it likes: a redirect to an internal address, a body of gigabytes, or one byte
every 20 seconds (each read within httpx's per-read timeout, so a single poll
once held the watcher for minutes). Here redirects are followed by hand, each
checked; the body is read in chunks and dropped past ``max_bytes``; and the
clock is checked between reads, with each read's own timeout capped, so a fetch
ends within ``deadline_s + read_timeout_s``. ``fetch_all`` runs the polls of
several feeds on a few threads, so one slow feed does not stall the others.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TypeVar
from urllib.parse import urljoin, urlsplit

import httpx

from sitreps.errors import IngestError

MAX_FEED_BYTES = 20 * 1024 * 1024
"""20 MiB: the largest real news feeds we know of are a few MB; a bigger answer is not a news feed."""
FETCH_DEADLINE_S = 60.0
"""A whole fetch, redirects included: slow news sites answer in seconds; a minute is generous."""
READ_TIMEOUT_S = 10.0
"""Longest wait for one chunk (and for connecting): it bounds how far a fetch can overrun its deadline."""
MAX_REDIRECTS = 5
"""Feed URLs move (http to https, a new path) a hop or two at most; browsers give up after about 20."""
MAX_PARALLEL_FETCHES = 8
"""Feeds polled at once: enough that a few stalled feeds leave the rest on time, few enough to be polite."""
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

Result = TypeVar("Result")


@dataclass(frozen=True)
class FetchLimits:
    """How far a fetch may go; ``redirect_hosts`` are hosts redirects may lead to besides the feed's own."""

    max_bytes: int = MAX_FEED_BYTES
    deadline_s: float = FETCH_DEADLINE_S
    read_timeout_s: float = READ_TIMEOUT_S
    max_redirects: int = MAX_REDIRECTS
    redirect_hosts: frozenset[str] = frozenset()


DEFAULT_LIMITS = FetchLimits()


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def redirect_target(current: str, location: str | None, origin_host: str, limits: FetchLimits) -> str:
    """The URL a redirect leads to, if allowed: http(s), the feed's own host or an allowed one, no downgrade."""
    if not location:
        raise IngestError(current, "redirect without a Location header")
    target = urljoin(current, location)
    scheme, host = urlsplit(target).scheme, _host(target)
    if scheme not in ("http", "https"):
        raise IngestError(current, f"redirect to {target!r} is not http(s)")
    if host != origin_host and host not in limits.redirect_hosts:
        raise IngestError(current, f"redirect to another host ({host!r}); add it to the allowed redirect hosts "
                                   "or give the feed's new URL")
    if urlsplit(current).scheme == "https" and scheme == "http":
        raise IngestError(current, f"redirect from https down to {target!r}")
    return target


def _read_body(response: httpx.Response, url: str, limits: FetchLimits, deadline: float) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise IngestError(url, f"the feed is {declared} bytes, more than the {limits.max_bytes} allowed")
    body = bytearray()
    for chunk in response.iter_bytes():  # decoded: a small gzip bomb counts at its full size
        body += chunk
        if len(body) > limits.max_bytes:
            raise IngestError(url, f"the feed is larger than the {limits.max_bytes} bytes allowed")
        if time.monotonic() > deadline:
            raise IngestError(url, f"the feed took more than {limits.deadline_s:.0f} s to arrive")
    return bytes(body)


def fetch_feed(client: httpx.Client, url: str, headers: dict[str, str],
               limits: FetchLimits = DEFAULT_LIMITS) -> httpx.Response:
    """GET ``url`` within ``limits``; the final response, its body read (redirects followed and checked).

    Errors: ``IngestError`` for a refused redirect, an oversized body or a passed
    deadline; httpx's own errors for the network.
    """
    deadline = time.monotonic() + limits.deadline_s
    origin_host, current = _host(url), url
    for _ in range(limits.max_redirects + 1):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise IngestError(url, f"the feed took more than {limits.deadline_s:.0f} s to arrive")
        timeout = httpx.Timeout(min(limits.read_timeout_s, remaining))
        with client.stream("GET", current, headers=headers, follow_redirects=False, timeout=timeout) as response:
            if response.status_code in REDIRECT_STATUSES:
                current = redirect_target(current, response.headers.get("Location"), origin_host, limits)
                continue
            body = _read_body(response, url, limits, deadline)
            kept = [(k, v) for k, v in response.headers.multi_items()
                    if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")]
            return httpx.Response(response.status_code, headers=kept, content=body, request=response.request)
    raise IngestError(url, f"more than {limits.max_redirects} redirects")


def fetch_all(poll: Callable[[str], Result], urls: Iterable[str],
              workers: int = MAX_PARALLEL_FETCHES) -> list[Result]:
    """``poll`` of every URL, on up to ``workers`` threads, results in the order of ``urls``."""
    todo = list(urls)
    if len(todo) <= 1:
        return [poll(url) for url in todo]
    with ThreadPoolExecutor(max_workers=min(workers, len(todo)), thread_name_prefix="sitreps-fetch") as pool:
        return list(pool.map(poll, todo))
