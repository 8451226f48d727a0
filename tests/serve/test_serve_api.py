"""The REST API in process (TestClient) on the session database: lists, filters, paging, twins, errors."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from sitreps import api
from sitreps.export import ExportFormat, Selection, render_text, select_records
from sitreps.store import open_store

PAGES = ["/events", "/map", "/timeline", "/documents", "/actors", "/claims", "/docs"]
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)


def test_events_page_through_with_total(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 3}).json()
    second = client.get("/api/events", params={"limit": 3, "offset": 3}).json()
    assert first["total"] == second["total"] > 6
    ids = [e["id"] for e in first["events"]] + [e["id"] for e in second["events"]]
    assert len(set(ids)) == 6


def test_event_filters_narrow_the_list(client: TestClient) -> None:
    total = client.get("/api/events").json()["total"]
    sudan = client.get("/api/events", params={"country": "Sudan"}).json()
    assert 0 < sudan["total"] < total
    assert all(e["place"] is None or e["place"]["country"] == "Sudan" for e in sudan["events"])
    kinds = client.get("/api/events", params={"type": "defection"}).json()
    assert kinds["total"] >= 1 and {e["type"] for e in kinds["events"]} == {"defection"}
    africa = client.get("/api/events", params={"bbox": "10,-5,40,20"}).json()
    assert all(10 <= e["place"]["lon"] <= 40 for e in africa["events"])
    assert client.get("/api/events", params={"min_originators": 50}).json()["total"] == 0


def test_two_reports_of_one_strike_are_one_event(client: TestClient) -> None:
    events = client.get("/api/events", params={"country": "Sudan", "limit": 200}).json()["events"]
    assert max(e["n_originators"] for e in events) >= 2


def test_same_objects_from_python_rest_and_export(client: TestClient, served_db: str) -> None:
    listed = client.get("/api/events", params={"limit": 1}).json()["events"][0]
    single = client.get(f"/api/events/{listed['id']}").json()
    assert single == listed == api.event(listed["id"], db=served_db).model_dump(mode="json")
    with open_store(served_db) as store:
        source, records, _ = select_records(store, Selection())
    import json

    exported = json.loads(render_text(ExportFormat.JSON, records, source))
    assert source == "events" and listed in exported["events"]
    doc_id = single["mentions"][0]["document_id"]
    assert client.get(f"/api/documents/{doc_id}").json() == api.document(doc_id, db=served_db).model_dump(mode="json")


def test_mentions_filter_by_source_kind(client: TestClient) -> None:
    every = client.get("/api/mentions").json()
    named = client.get("/api/mentions", params={"source_kind": "named_official", "limit": 200}).json()
    assert 0 < named["total"] < every["total"]
    assert all(m["attribution"]["source_kind"] == "named_official" for m in named["mentions"])
    linked = client.get("/api/events", params={"source_kind": "named_official"}).json()
    assert 0 < linked["total"] <= client.get("/api/events").json()["total"]


def test_documents_list_search_and_404(client: TestClient) -> None:
    listing = client.get("/api/documents").json()
    assert listing["total"] == 6 and len(listing["documents"]) == 6
    found = client.get("/api/documents", params={"q": "Goma"}).json()["documents"]
    assert found and all("goma" in (d["title"] or "").lower() or d["id"] for d in found)
    missing = client.get("/api/documents/nope")
    assert missing.status_code == 404 and "nope" in missing.json()["detail"]
    assert client.get("/documents/nope").status_code == 404


def test_bad_filters_say_what_to_do(client: TestClient) -> None:
    response = client.get("/api/events", params={"since": "last tuesday"})
    assert response.status_code == 400 and "YYYY-MM-DD" in response.json()["detail"]
    assert client.get("/api/events", params={"bbox": "1,2,3"}).status_code == 400
    assert client.get("/api/events", params={"limit": 0}).status_code == 422


def test_actors_are_registry_plus_seen(client: TestClient) -> None:
    body = client.get("/api/actors", params={"limit": 1000}).json()
    rows = body["actors"]
    assert body["total"] == len(rows) > 50
    assert any(r["in_registry"] for r in rows) and any(r["mentions"] > 0 for r in rows)
    counts = [r["mentions"] for r in rows]
    assert counts == sorted(counts, reverse=True)
    m23 = client.get("/api/actors", params={"q": "M23"}).json()["actors"]
    assert m23 and all("m23" in (r["id"] + r["name"] + " ".join(r["aliases"])).lower() for r in m23)


def test_claims_filter_by_kind(client: TestClient) -> None:
    every = client.get("/api/claims", params={"limit": 1000}).json()
    allegations = client.get("/api/claims", params={"kind": "allegation", "limit": 1000}).json()
    assert every["total"] > allegations["total"]
    assert all(r["claim"]["kind"] == "allegation" for r in allegations["claims"])


def test_geojson_and_timeline_twins(client: TestClient) -> None:
    geo = client.get("/api/map").json()
    assert geo["type"] == "FeatureCollection" and geo["features"]
    lon, lat = geo["features"][0]["geometry"]["coordinates"]
    assert -180 <= lon <= 180 and -90 <= lat <= 90
    days = client.get("/api/timeline").json()["days"]
    assert days == sorted(days, key=lambda d: d["date"]) and all(d["count"] > 0 for d in days)


def test_every_page_is_secure_and_has_a_json_twin(client: TestClient) -> None:
    event_id = client.get("/api/events", params={"limit": 1}).json()["events"][0]["id"]
    doc_id = client.get("/api/documents", params={"limit": 1}).json()["documents"][0]["id"]
    for path in [*PAGES, f"/events/{event_id}", f"/documents/{doc_id}"]:
        page = client.get(path)
        assert page.status_code == 200, path
        assert "script-src 'self'" in page.headers["content-security-policy"]
        assert not INLINE_SCRIPT.search(page.text), path
        twin = re.search(r'id="json-twin" href="([^"]+)"', page.text)
        assert twin, path
        assert client.get(twin.group(1).replace("&amp;", "&")).status_code == 200, path


def test_api_reference_lists_the_endpoints(client: TestClient) -> None:
    page = client.get("/docs").text
    for path in ("/api/events", "/api/events/{event_id}", "/api/documents", "/api/actors", "/api/claims"):
        assert path in page
    assert client.get("/openapi.json").json()["paths"]["/api/documents"]["post"]


def test_hostile_text_is_escaped(client: TestClient) -> None:
    found = client.get("/api/documents", params={"q": "Kidal"}).json()["documents"]
    page = client.get(f"/documents/{found[0]['id']}").text
    assert "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;" in page or "&lt;script&gt;alert(" in page
    assert "<script>alert" not in page and "<img src=x" not in page and 'href="javascript:' not in page
