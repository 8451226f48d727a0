"""POST /api/documents on both backends: ingest, optional processing, mentions before linking, the token."""

from __future__ import annotations

from fastapi.testclient import TestClient

from sitreps import api
from sitreps.serve import create_app

ARTICLE = b"""Title: Drone strike hits fuel depot in Port Sudan
Published: 2025-05-06

PORT SUDAN, Sudan - A drone struck a fuel depot in Port Sudan on Tuesday, killing two workers, \
the Sudanese army said in a statement. The Rapid Support Forces did not comment.
"""


def test_post_ingests_and_dashboard_shows_mentions_before_linking(fresh_db: str) -> None:
    client = TestClient(create_app(fresh_db))
    created = client.post("/api/documents", content=ARTICLE, params={"filename": "strike.txt"},
                          headers={"content-type": "text/plain"})
    assert created.status_code == 201
    doc_id = created.json()["documents"][0]["id"]
    again = client.post("/api/documents", content=ARTICLE, params={"filename": "strike.txt"})
    assert again.json()["documents"] == [{"id": doc_id, "new": False}]
    assert client.get(f"/api/documents/{doc_id}").json()["status"] == "pending"
    api.process(db=fresh_db, link=False)
    assert client.get("/api/events").json()["total"] == 0
    mentions = client.get("/api/mentions", params={"q": "fuel depot"}).json()
    assert mentions["total"] >= 1
    page = client.get("/events").text
    assert "Event mentions" in page and f"/documents/{doc_id}#m-" in page
    assert 'href="/api/mentions"' in page


def test_post_with_process_runs_the_pipeline(fresh_db: str) -> None:
    client = TestClient(create_app(fresh_db))
    body = client.post("/api/documents", content=ARTICLE, params={"filename": "a.txt", "process": "true"}).json()
    assert body["processed"] == 1 and body["failed"] == 0
    assert client.get("/api/events").json()["total"] >= 1


def test_unreadable_upload_is_a_422_with_a_reason(tmp_path: object) -> None:
    client = TestClient(create_app(f"sqlite:///{tmp_path}/x.db"))
    response = client.post("/api/documents", content=b"", params={"filename": "empty.txt"})
    assert response.status_code == 422 and response.json()["detail"]


def test_token_guards_writes_only(tmp_path: object) -> None:
    client = TestClient(create_app(f"sqlite:///{tmp_path}/x.db", token="s3cret"))
    assert client.post("/api/documents", content=ARTICLE).status_code == 401
    assert client.post("/api/documents", content=ARTICLE, headers={"Authorization": "Bearer wrong"}).status_code == 401
    ok = client.post("/api/documents", content=ARTICLE, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 201
    assert client.get("/api/documents").status_code == 200
