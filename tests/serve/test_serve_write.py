"""POST /api/documents on both backends: a background job, optional processing, mentions before linking, the token."""

from __future__ import annotations

from serve_support import finished, local_client

from sitreps import api

ARTICLE = b"""Title: Drone strike hits fuel depot in Port Sudan
Published: 2025-05-06

PORT SUDAN, Sudan - A drone struck a fuel depot in Port Sudan on Tuesday, killing two workers, \
the Sudanese army said in a statement. The Rapid Support Forces did not comment.
"""


def test_post_ingests_and_dashboard_shows_mentions_before_linking(fresh_db: str) -> None:
    client = local_client(fresh_db)
    created = finished(client, client.post("/api/documents", content=ARTICLE, params={"filename": "strike.txt"},
                                           headers={"content-type": "text/plain"}))
    assert created["status"] == "done"
    doc_id = created["result"]["documents"][0]["id"]
    again = finished(client, client.post("/api/documents", content=ARTICLE, params={"filename": "strike.txt"}))
    assert again["result"]["documents"] == [{"id": doc_id, "new": False}]
    assert client.get(f"/api/documents/{doc_id}").json()["status"] == "pending"
    api.process(db=fresh_db, link=False)
    assert client.get("/api/events").json()["total"] == 0
    mentions = client.get("/api/mentions", params={"q": "fuel depot"}).json()
    assert mentions["total"] >= 1
    page = client.get("/events").text
    assert "Event mentions" in page and f"/documents/{doc_id}#m-" in page
    assert 'href="/api/mentions"' in page


def test_post_with_process_runs_the_pipeline(fresh_db: str) -> None:
    client = local_client(fresh_db)
    job = finished(client, client.post("/api/documents", content=ARTICLE,
                                       params={"filename": "a.txt", "process": "true"}))
    assert job["result"]["processed"] == 1 and job["result"]["failed"] == 0
    assert client.get("/api/events").json()["total"] >= 1


def test_unreadable_upload_is_a_422_or_a_failed_job_with_a_reason(tmp_path: object) -> None:
    client = local_client(f"sqlite:///{tmp_path}/x.db")
    response = client.post("/api/documents", content=b"", params={"filename": "empty.txt"})
    assert response.status_code == 422 and response.json()["detail"]
    job = finished(client, client.post("/api/documents", content=b"\x00\x01\x02" * 50, params={"filename": "x.bin"}))
    assert job["status"] == "failed" and job["error"].startswith("IngestError")
    assert client.get("/api/jobs/nope").status_code == 404


def test_token_guards_writes_only(tmp_path: object) -> None:
    client = local_client(f"sqlite:///{tmp_path}/x.db", token="s3cret")
    assert client.post("/api/documents", content=ARTICLE).status_code == 401
    assert client.post("/api/documents", content=ARTICLE, headers={"Authorization": "Bearer wrong"}).status_code == 401
    ok = client.post("/api/documents", content=ARTICLE, headers={"Authorization": "Bearer s3cret"})
    assert finished(client, ok)["status"] == "done"
    assert client.get("/api/documents").status_code == 200
