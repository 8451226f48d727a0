"""Clients for the serving tests: a loopback Host (the server refuses others) and waiting for upload jobs."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from sitreps.serve import create_app

LOCAL_BASE_URL = "http://127.0.0.1"
"""The server answers only to loopback names in ``Host`` (TestClient's default 'testserver' is refused)."""
JOB_TIMEOUT_S = 120.0
"""Processing one article loads the spaCy model first: seconds, longer on a loaded CI machine."""


def local_client(db: str, **options: Any) -> TestClient:
    return TestClient(create_app(db, **options), base_url=LOCAL_BASE_URL)


def finished(client: TestClient, accepted: Any) -> dict[str, Any]:
    """Wait for the upload job a 202 answer names; its final state."""
    assert accepted.status_code == 202, accepted.text
    return finished_job(client, accepted.json()["href"])


def finished_job(client: TestClient, href: str) -> dict[str, Any]:
    """Poll the job at ``href`` until it is done or failed."""
    deadline = time.monotonic() + JOB_TIMEOUT_S
    while time.monotonic() < deadline:
        job: dict[str, Any] = client.get(href).json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.05)
    raise AssertionError(f"job {href} did not finish within {JOB_TIMEOUT_S} s")


def copy_db(url: str, folder: Path) -> str:
    """A private copy of a SQLite database (sqlite3's backup API: consistent even in WAL mode)."""
    source_path = url.removeprefix("sqlite:///")
    target = folder / "copy.db"
    with sqlite3.connect(source_path) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return f"sqlite:///{target}"
