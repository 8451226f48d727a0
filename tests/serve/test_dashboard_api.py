"""The dashboard's JSON: map features for every precision, timeline buckets, facets, downloads, filters
that read names the way people type them, and review with an audit trail (REST API, in-process client)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient
from serve_support import LOCAL_BASE_URL, copy_db

from sitreps.export.write import ExportFormat
from sitreps.serve import create_app


@pytest.fixture(scope="module")
def dash(dashboard_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(dashboard_db), base_url=LOCAL_BASE_URL) as test_client:
        yield test_client


def test_map_features_cover_points_regions_and_countries(dash: TestClient) -> None:
    features = dash.get("/api/map").json()["features"]
    by_precision = {f["properties"]["precision"]: f for f in features}
    assert {"exact", "region", "country"} <= set(by_precision)
    region = next(f for f in features if f["properties"]["place"] == "North Darfur")
    country = next(f for f in features if f["properties"]["country"] == "Chad")
    assert region["properties"]["precision"] == "region" and country["properties"]["precision"] == "country"
    lon, lat = region["geometry"]["coordinates"]
    assert 12 < lat < 17 and 22 < lon < 27  # around El Fasher, the region's seat
    assert country["geometry"] is None and country["properties"]["iso_numeric"] == "148"  # Chad
    for feature in features:
        assert feature["properties"]["href"].startswith(("/events/ev_", "/documents/"))
        assert feature["properties"]["family"]


def test_timeline_buckets_by_family_with_fatality_band(dash: TestClient) -> None:
    body = dash.get("/api/timeline?unit=month").json()
    assert body["unit"] == "month" and body["days"]  # the older shape is kept beside the new one
    starts = [b["start"] for b in body["buckets"]]
    assert starts == sorted(starts) and all(s.endswith("-01") for s in starts)
    assert sum(b["events"] for b in body["buckets"]) + body["undated"] == dash.get("/api/events").json()["total"]
    assert all(b["fatalities_low"] <= b["fatalities_high"] for b in body["buckets"])
    assert any(b["fatalities_high"] >= 12 for b in body["buckets"])  # the North Darfur clash
    for bucket in body["buckets"]:
        assert sum(bucket["by_family"].values()) == bucket["events"]


@pytest.mark.parametrize("country", ["Sudan", "sudan", "SD", "sdn", "729"])
def test_country_filter_takes_any_case_and_iso_codes(dash: TestClient, country: str) -> None:
    found = dash.get(f"/api/events?country={country}").json()
    assert found["total"] > 0
    assert found["total"] == dash.get("/api/events?country=Sudan").json()["total"]


def test_unknown_country_and_type_are_errors_with_a_suggestion(dash: TestClient) -> None:
    wrong = dash.get("/api/events?country=Sudam")
    assert wrong.status_code == 400 and "did you mean Sudan?" in wrong.json()["detail"]
    wrong = dash.get("/api/events?type=armed_clahs")
    assert wrong.status_code == 400 and "did you mean armed_clash?" in wrong.json()["detail"]
    assert dash.get("/api/events?type=ARMED_CLASH").json()["total"] > 0


def test_actor_filter_reads_registry_aliases(dash: TestClient) -> None:
    by_alias = dash.get("/api/events?actor=Rapid Support Forces").json()["total"]
    assert by_alias > 0
    assert by_alias == dash.get("/api/events?actor=rsf").json()["total"]


def test_facets_count_the_whole_selection(dash: TestClient) -> None:
    body = dash.get("/api/events?facets=true&limit=1").json()
    facets = {f["title"]: f for f in body["facets"]}
    assert set(facets) == {"Type", "Country", "Actor", "Modality", "Source kind"}
    assert sum(v["count"] for v in facets["Type"]["values"]) <= body["total"]
    sudan = next(v for v in facets["Country"]["values"] if v["value"] == "Sudan")
    assert sudan["count"] == dash.get("/api/events?country=Sudan").json()["total"]


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_download_of_the_filtered_rows_in_every_format(dash: TestClient, fmt: ExportFormat, tmp_path: Path) -> None:
    total = dash.get("/api/events?country=sd").json()["total"]
    response = dash.get(f"/api/export?format={fmt.value}&country=sd")
    assert response.status_code == 200 and "attachment" in response.headers["content-disposition"]
    if fmt == ExportFormat.ACLED_CSV:
        rows = list(csv.DictReader(io.StringIO(response.text)))
        assert len(rows) == total and {r["country"] for r in rows} == {"Sudan"}
    elif fmt == ExportFormat.PARQUET:
        (tmp_path / "x.parquet").write_bytes(response.content)
        assert pq.read_table(tmp_path / "x.parquet").num_rows == total
    elif fmt == ExportFormat.JSON:
        assert len(response.json()["events"]) == total
    elif fmt == ExportFormat.PLOVER_JSONL:
        assert len(response.text.splitlines()) == total


def _two_events(client: TestClient) -> list[str]:
    events = client.get("/api/events?limit=2&type=armed_clash").json()["events"]
    return [e["id"] for e in events]


def test_review_merge_undo_with_audit_trail(dashboard_db: str, tmp_path: Path) -> None:
    db = copy_db(dashboard_db, tmp_path)
    with TestClient(create_app(db), base_url=LOCAL_BASE_URL) as client:
        before = client.get("/api/events").json()["total"]
        first, second = _two_events(client)
        merged = client.post("/api/review/merge", json={"event_ids": [first, second], "author": "ana",
                                                         "reason": "same clash, two outlets"})
        assert merged.status_code == 200, merged.text
        decision = merged.json()["decision"]
        assert decision["author"] == "ana" and decision["reason"] == "same clash, two outlets"
        assert {e["id"] for e in decision["before"]} == {first, second} and len(decision["after"]) == 1
        assert merged.json()["events"] == before - 1
        undone = client.post(f"/api/review/{decision['id']}/undo", json={"author": "ben", "reason": "wrong"})
        assert undone.json()["decision"]["undone_by"] == "ben"
        assert client.get("/api/events").json()["total"] == before
        log = client.get("/api/review").json()["decisions"]
        assert len(log) == 1 and log[0]["undone_at"]
        again = client.post(f"/api/review/{decision['id']}/undo", json={})
        assert again.status_code == 400 and "already undone" in again.json()["detail"]


def test_review_refuses_unknown_ids_and_stores_nothing(dashboard_db: str, tmp_path: Path) -> None:
    db = copy_db(dashboard_db, tmp_path)
    with TestClient(create_app(db), base_url=LOCAL_BASE_URL) as client:
        first, _ = _two_events(client)
        wrong = client.post("/api/review/merge", json={"event_ids": [first, first[:-1] + "x"]})
        assert wrong.status_code == 404 and "no event with id" in wrong.json()["detail"]
        assert client.post("/api/review/merge", json={"event_ids": [first, first]}).status_code == 400
        assert client.get("/api/review").json()["total"] == 0


def test_review_writes_need_the_token_when_the_server_has_one(dashboard_db: str, tmp_path: Path) -> None:
    db = copy_db(dashboard_db, tmp_path)
    with TestClient(create_app(db, token="s3cret"), base_url=LOCAL_BASE_URL) as client:
        first, second = _two_events(client)
        body = {"event_ids": [first, second]}
        assert client.post("/api/review/merge", json=body).status_code == 401
        assert client.post("/api/review/merge", json=body,
                           headers={"Authorization": "Bearer s3cret"}).status_code == 200
        assert client.get("/api/review").status_code == 200


def test_field_edits_are_kept_replayed_and_undone(dashboard_db: str, tmp_path: Path) -> None:
    from sitreps import api

    db = copy_db(dashboard_db, tmp_path)
    with TestClient(create_app(db), base_url=LOCAL_BASE_URL) as client:
        event_id = _two_events(client)[0]
        original = client.get(f"/api/events/{event_id}").json()
        answer = client.post("/api/review/edit", json={"event_id": event_id, "field": "type", "reason": "shells",
                                                       "value": "Shelling_Missile_Attack"})
        assert answer.status_code == 200, answer.text
        decision = answer.json()["decision"]
        assert decision["before"][0]["value"] == original["type"]
        assert decision["after"][0]["value"] == "shelling_missile_attack"
        client.post("/api/review/edit", json={"event_id": event_id, "field": "date", "value": "2024-06-01"})
        client.post("/api/review/edit", json={"event_id": event_id, "field": "place", "value": "Kadugli"})
        api.link(db=db)  # a full relink re-applies the edits
        edited = client.get(f"/api/events/{event_id}").json()
        assert edited["type"] == "shelling_missile_attack"
        assert edited["acled"]["event_type"] == "Explosions/Remote violence"
        assert edited["time"]["start"] == "2024-06-01" and edited["place"]["name"] == "Kadugli"
        assert edited["place"]["lat"] is not None and edited["place"]["country"] == "Sudan"
        bad = client.post("/api/review/edit", json={"event_id": event_id, "field": "date", "value": "June"})
        assert bad.status_code == 400 and "YYYY-MM-DD" in bad.json()["detail"]
        bad = client.post("/api/review/edit", json={"event_id": event_id, "field": "fatalities", "value": "3"})
        assert bad.status_code == 400 and "editable fields" in bad.json()["detail"]
        client.post(f"/api/review/{decision['id']}/undo", json={"reason": "it was rifles"})
        assert client.get(f"/api/events/{event_id}").json()["type"] == original["type"]
        assert client.get(f"/api/events/{event_id}").json()["time"]["start"] == "2024-06-01"  # other edits stay


def test_search_looks_in_the_evidence_unless_asked_for_whole_articles(dash: TestClient) -> None:
    evidence = dash.get("/api/events?q=drone&limit=1000").json()
    article = dash.get("/api/events?q=drone&search=article&limit=1000").json()
    assert 0 < evidence["total"] < article["total"]
    for event in evidence["events"]:
        sentences = []
        for ref in event["mentions"]:
            document = dash.get(f"/api/documents/{ref['document_id']}").json()
            sentences += [m["sentence"]["text"] for m in document["events"] if m["id"] == ref["mention_id"]]
        assert "drone" in " ".join(sentences).lower()
    either = dash.get("/api/events?q=drone OR shelling").json()["total"]
    assert either >= evidence["total"]
    assert dash.get("/api/events?q=drone shelling").json()["total"] <= evidence["total"]


def test_online_tiles_only_when_configured_and_only_their_origin(dashboard_db: str) -> None:
    from sitreps.errors import ConfigError

    with TestClient(create_app(dashboard_db), base_url=LOCAL_BASE_URL) as plain:
        page = plain.get("/map")
        assert "data-tiles" not in page.text and "img-src 'self' data:;" in page.headers["content-security-policy"]
    url = "https://tiles.example.org/{z}/{x}/{y}.png"
    with TestClient(create_app(dashboard_db, tile_url=url), base_url=LOCAL_BASE_URL) as tiled:
        page = tiled.get("/map")
        assert 'data-tiles="https://tiles.example.org/{z}/{x}/{y}.png"' in page.text
        policy = page.headers["content-security-policy"]
        assert "img-src 'self' data: https://tiles.example.org;" in policy and "script-src 'self';" in policy
    with pytest.raises(ConfigError, match="http"):
        create_app(dashboard_db, tile_url="javascript:alert(1)//{z}")
