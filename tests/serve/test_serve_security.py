"""The attacks of issue 20 against the server, each refused: foreign Origin and Host, CORS, huge bodies,
loose tokens, NUL and 2**63 in parameters, and a crash answered as JSON with the security headers."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from browser_support import running_server
from fastapi.testclient import TestClient
from serve_support import LOCAL_BASE_URL, finished, local_client

from sitreps.serve import create_app
from sitreps.serve.security import CONTENT_SECURITY_POLICY, bearer_token_matches, host_name

ARTICLE = b"Title: Rebels attack Goma\n\nRebels attacked Goma on Monday, killing 40, officials said.\n"
EVIL = "http://evil.example"
MAX_GROWTH_BYTES = 100 * 1024 * 1024
"""The 8 MiB body limit plus allocator slack; the unlimited server grew by the whole 300 MB body."""


@pytest.fixture
def writable(tmp_path: object) -> TestClient:
    return local_client(f"sqlite:///{tmp_path}/w.db")


def test_cross_site_post_is_refused_same_origin_and_plain_clients_pass(writable: TestClient) -> None:
    for headers in ({"Origin": EVIL}, {"Origin": "null"}, {"Referer": f"{EVIL}/page"},
                    {"Origin": "http://127.0.0.1:9999"}, {"Sec-Fetch-Site": "cross-site"}):
        refused = writable.post("/api/documents", content=ARTICLE, headers={"Content-Type": "text/plain", **headers})
        assert refused.status_code == 403, headers
        assert refused.json()["error"] == "RequestRefused"
    assert writable.get("/api/documents").json()["total"] == 0  # nothing was written
    same = writable.post("/api/documents", content=ARTICLE, headers={"Origin": LOCAL_BASE_URL})
    assert finished(writable, same)["status"] == "done"
    plain = writable.post("/api/documents", content=ARTICLE + b"More.\n")  # curl sends no Origin
    assert finished(writable, plain)["status"] == "done"


def test_token_lets_a_program_write_from_any_origin(tmp_path: object) -> None:
    client = local_client(f"sqlite:///{tmp_path}/t.db", token="s3cret")
    answer = client.post("/api/documents", content=ARTICLE, headers={"Origin": EVIL, "Authorization": "Bearer s3cret"})
    assert answer.status_code == 202
    assert client.post("/api/documents", content=ARTICLE, headers={"Origin": EVIL}).status_code == 403


@pytest.mark.parametrize("host", ["attacker.example", "attacker.example:8000", "127.0.0.1.nip.io", "", "[::2]"])
def test_foreign_host_is_refused_for_reads_and_writes(writable: TestClient, host: str) -> None:
    for response in (writable.get("/api/events", headers={"Host": host}),
                     writable.get("/events", headers={"Host": host}),
                     writable.post("/api/documents", content=ARTICLE, headers={"Host": host})):
        assert response.status_code == 400
        assert "Host" in response.json()["detail"]
        assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY


def test_loopback_names_and_allowed_hosts_are_served(tmp_path: object) -> None:
    client = local_client(f"sqlite:///{tmp_path}/h.db", allowed_hosts=["Dashboard.Example:8443"])
    for host in ("127.0.0.1:8000", "localhost", "[::1]:8000", "dashboard.example", "DASHBOARD.example:1"):
        assert client.get("/api/stats", headers={"Host": host}).status_code == 200, host
    assert host_name("[::1]:80") == "::1" and host_name("LocalHost:1") == "localhost"


def test_cors_stays_closed(writable: TestClient) -> None:
    preflight = writable.options("/api/documents", headers={"Origin": EVIL, "Access-Control-Request-Method": "POST"})
    assert preflight.status_code == 403
    read = writable.get("/api/events", headers={"Origin": EVIL})
    for response in (preflight, read):
        assert not [h for h in response.headers if h.lower().startswith("access-control-")]


def test_declared_oversized_body_is_refused_before_reading(tmp_path: object) -> None:
    client = local_client(f"sqlite:///{tmp_path}/b.db", max_body_bytes=1024)
    answer = client.post("/api/documents", content=b"x" * 2048)
    assert answer.status_code == 413 and answer.json()["error"] == "BodyTooLarge"
    assert client.post("/api/documents", content=ARTICLE).status_code == 202


def _rss_bytes() -> int:
    fields = Path("/proc/self/status").read_text().split("VmRSS:")[1].split()
    return int(fields[0]) * 1024


@pytest.mark.parametrize(("uploads", "megabytes"), [(1, 300), (4, 200)])
def test_streamed_bodies_are_cut_at_the_limit_on_a_real_server(fresh_db: str, uploads: int, megabytes: int) -> None:
    """Bodies of hundreds of MB in 1 MiB chunks with no Content-Length, one or four at once: 413s, never held.

    Without the limit the server (in this process) grew by every body (300 MB took it past 1 GB, four of
    200 MB to 3 GB); now each is cut at 8 MiB, so resident memory sampled during the uploads stays low.
    """
    chunk = b"A" * (1024 * 1024)
    samples: list[int] = []

    def body() -> Iterator[bytes]:
        for n in range(megabytes):
            if n % 16 == 0:
                samples.append(_rss_bytes())
            yield chunk

    def upload(base: str) -> int | None:
        try:
            return httpx.post(f"{base}/api/documents", content=body(), timeout=120).status_code
        except httpx.TransportError:  # the server may close the connection while we still send
            return None

    with running_server(fresh_db) as base:
        before = _rss_bytes()
        with ThreadPoolExecutor(uploads) as pool:
            statuses = list(pool.map(upload, [base] * uploads))
        samples.append(_rss_bytes())
        assert httpx.get(f"{base}/api/documents").json()["total"] == 0
    assert set(statuses) <= {413, None}
    assert max(samples) - before < MAX_GROWTH_BYTES * uploads


@pytest.mark.parametrize(("header", "accepted"), [
    ("Bearer s3cret", True), ("bearer s3cret", True), ("BEARER  s3cret ", True),
    ("s3cret", False), ("Token s3cret", False), ("Basic s3cret", False), ("Bearer", False), ("Bearer ", False),
    ("Bearer s3cret extra", False), ("Bearer s3cre", False), ("Bearers3cret", False), (None, False),
])
def test_only_a_bearer_token_is_accepted(header: str | None, accepted: bool, tmp_path: object) -> None:
    assert bearer_token_matches(header, "s3cret") is accepted
    client = local_client(f"sqlite:///{tmp_path}/k.db", token="s3cret")
    headers = {"Authorization": header} if header is not None else {}
    assert client.post("/api/documents", content=ARTICLE, headers=headers).status_code == (202 if accepted else 401)


@pytest.mark.parametrize("params", [
    {"q": "Goma\x00"}, {"q": '"unbalanced'}, {"q": 'a" OR "b'}, {"q": "NEAR(a b)"}, {"q": "-"}, {"q": "*"},
    {"offset": 2**63}, {"offset": -1}, {"min_originators": 2**63}, {"limit": 10**20},
    {"since": "2024-02-30"}, {"until": "yesterday"}, {"bbox": "nan,0,1,1"}, {"bbox": "0,0,1e400,1"},
    {"type": "Air Strike;--"}, {"source_kind": "ghost"}, {"actor": "x" * 5000},
])
def test_hostile_parameters_are_4xx_with_headers(client: TestClient, params: dict[str, object]) -> None:
    for path in ("/api/events", "/api/mentions", "/api/map", "/api/timeline", "/events", "/map", "/timeline"):
        response = client.get(path, params=params)
        assert response.status_code < 500, (path, params, response.text)
        assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
        if response.status_code >= 400 and path.startswith("/api/"):
            assert set(response.json()) == {"error", "detail"}


def test_documents_search_and_paging_bounds(client: TestClient) -> None:
    for params in ({"q": "Goma\x00"}, {"offset": 2**63}, {"status": "nope"}):
        assert 400 <= client.get("/api/documents", params=params).status_code < 500, params
    assert client.get("/api/documents", params={"q": '"Goma'}).status_code == 200  # an open quote is a phrase
    assert client.get("/api/claims", params={"kind": "nope"}).status_code == 422
    assert client.get("/api/actors", params={"q": "x" * 5000}).status_code == 422


def test_a_crash_is_json_with_the_security_headers(served_db: str) -> None:
    app = create_app(served_db)

    @app.get("/api/boom")
    def boom() -> None:
        raise RuntimeError("secret internals /etc/passwd")

    client = TestClient(app, base_url=LOCAL_BASE_URL, raise_server_exceptions=False)
    answer = client.get("/api/boom")
    assert answer.status_code == 500
    assert answer.json()["error"] == "InternalError" and "secret" not in answer.text
    assert answer.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert answer.headers["X-Content-Type-Options"] == "nosniff"
