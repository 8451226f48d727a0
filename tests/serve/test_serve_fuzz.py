"""A hypothesis fuzz of every route (API and pages): hostile parameters, paths, bodies and headers, never a 5xx.

Routes and their parameters come from the routers themselves (FastAPI's dependants), so a
new endpoint is fuzzed without editing this file. Values mix arbitrary text (NUL
and other control characters included), integers far past 2**63, non-finite
floats, FTS5 syntax, dates that do not exist, and each enum's real values so the
fuzz also reaches the code behind the validation. Bounded: ``FUZZ_EXAMPLES`` per
route (``SITREPS_FUZZ_EXAMPLES`` raises it), derandomised so a failure reproduces.
The counts are printed at the end (``pytest -s``) and kept for the closing note.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from serve_support import LOCAL_BASE_URL, finished_job

from sitreps.models import ClaimKind, DocumentStatus, SourceKind
from sitreps.serve import api_routes, create_app, pages

FUZZ_EXAMPLES = int(os.environ.get("SITREPS_FUZZ_EXAMPLES", "60"))
"""60 per route keeps the whole fuzz near a minute on a loaded 2-CPU machine (about 1,400 requests)."""
HOSTILE = [
    '"', '""', "'", "NEAR(a b)", "a*", "-", "-x", "OR", "x OR", "AND NOT", "^", "col:x", "{a b}", "\x00", "a\x00b",
    "%00", "../../etc/passwd", "2024-02-30", "2024-13-01", "0000-00-00", "2024-01-01T25:00", "1,2,3", "1,2,3,4",
    "nan,nan,nan,nan", "inf,0,1,1", "-181,0,0,1", "9223372036854775808", "-9223372036854775809", "1e400", "-1",
    "0", "true", "[]", "{}", "<script>alert(1)</script>", "' OR 1=1 --", "%", "_", "\\", "\u202e", "\ud7ff", "x" * 600,
]
ENUM_VALUES = [m.value for e in (ClaimKind, SourceKind, DocumentStatus) for m in e] + ["air_drone_strike", "Sudan"]
VALUES = st.one_of(
    st.text(max_size=40),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.floats().map(str),
    st.sampled_from(HOSTILE),
    st.sampled_from(ENUM_VALUES),
)
COUNTS: Counter[str] = Counter()
JOB_STATUSES: Counter[str] = Counter()


def _names(dependant: Dependant, kind: str) -> list[str]:
    """Names of a dependant's ``query_params`` or ``path_params``, its sub-dependencies' included."""
    own = [p.alias for p in getattr(dependant, kind)]
    return own + [n for sub in dependant.dependencies for n in _names(sub, kind) if n not in own]


def _routes() -> list[tuple[str, list[str], list[str]]]:
    """(path template, query parameter names, path parameter names) of every GET route of the API and pages."""
    found = []
    for route in [*api_routes.router.routes, *pages.router.routes]:
        if isinstance(route, APIRoute) and "GET" in route.methods:
            found.append((route.path, _names(route.dependant, "query_params"), _names(route.dependant, "path_params")))
    return found


@pytest.fixture(scope="module")
def fuzz_client(served_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(served_db), base_url=LOCAL_BASE_URL, raise_server_exceptions=False) as client:
        yield client
    if COUNTS:
        fives = sum(n for code, n in COUNTS.items() if code.startswith("5"))
        fours = sum(n for code, n in COUNTS.items() if code.startswith("4"))
        print(f"\nfuzz: {COUNTS.total()} requests, {fours} 4xx, {fives} 5xx; by status {dict(sorted(COUNTS.items()))}; "
              f"upload jobs {dict(JOB_STATUSES)}")


def _record(response: Any, what: str) -> None:
    COUNTS[str(response.status_code)] += 1
    assert response.status_code < 500, f"{what}: {response.status_code} {response.text[:300]}"
    assert "Content-Security-Policy" in response.headers, what
    assert not [h for h in response.headers if h.lower().startswith("access-control-")], what


def test_every_get_route_answers_hostile_parameters_without_5xx(fuzz_client: TestClient) -> None:
    routes = _routes()
    assert len(routes) >= 15, routes  # the API and the pages, not an empty walk

    for template, query_names, path_names in routes:
        _fuzz_route(fuzz_client, template, query_names or ["unexpected"], path_names)


def _fuzz_route(client: TestClient, template: str, query_names: list[str], path_names: list[str]) -> None:
    @settings(max_examples=FUZZ_EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow])
    @given(params=st.lists(st.tuples(st.sampled_from(query_names), VALUES), max_size=6),
           path_values=st.lists(VALUES, min_size=len(path_names), max_size=len(path_names)))
    def fuzz(params: list[tuple[str, str]], path_values: list[str]) -> None:
        path = template
        for name, value in zip(path_names, path_values, strict=True):
            path = path.replace("{" + name + "}", quote(value, safe=""))
        _record(client.get(path, params=params), f"GET {path} {params!r}")

    fuzz()


@pytest.fixture(scope="module")
def writable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """One writable app for the whole POST fuzz (a fresh database per example would dominate its time)."""
    db = tmp_path_factory.mktemp("fuzz") / "fuzz.db"
    with TestClient(create_app(f"sqlite:///{db}"), base_url=LOCAL_BASE_URL, raise_server_exceptions=False) as client:
        yield client


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(body=st.binary(max_size=2048),
       content_type=st.sampled_from(["text/plain", "text/html", "application/json", "text/csv",
                                     "application/rss+xml", "application/octet-stream", "multipart/form-data", ""]),
       origin=st.sampled_from([None, LOCAL_BASE_URL, "http://evil.example", "null"]),
       params=st.lists(st.tuples(st.sampled_from(["filename", "url"]), VALUES), max_size=3))
def test_post_answers_hostile_bodies_without_5xx(writable: TestClient, body: bytes, content_type: str,
                                                 origin: str | None, params: list[tuple[str, str]]) -> None:
    headers = {"Content-Type": content_type} | ({"Origin": origin} if origin else {})
    response = writable.post("/api/documents", content=body, headers=headers, params=params)
    _record(response, f"POST {params!r} {body[:40]!r}")
    if response.status_code == 202:  # wait, so every body is parsed and the queue never fills
        job = finished_job(writable, response.json()["href"])
        JOB_STATUSES[job["status"]] += 1
        assert job["status"] == "done" or not job["error"].startswith("InternalError"), (body[:80], job)
