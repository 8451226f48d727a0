"""A database filled once per session from bundled example articles plus a hostile text, and clients on it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sitreps import api
from sitreps.serve import create_app

SUBSET = (
    "01_drc_defection_goma.txt",
    "02_sudan_el_fasher_drone_wire.txt",
    "03_sudan_el_fasher_drone_local.html",
    "05_mali_convoy_hostile.html",
    "21_kenya_protests_local.txt",
)
"""A defection, two reports of one drone strike (linking, coordinates), the hostile page, a protest story."""

HOSTILE_TEXT = """Title: Militia <script>alert("xss")</script> raid on Kidal market
Published: 2024-08-02
Outlet: Test <b>Wire</b>

KIDAL, Mali (Test Wire) — Gunmen attacked a market in Kidal on Thursday, killing five civilians, \
local officials said. <script>alert("xss")</script> A witness said <img src=x onerror=alert(2)> the \
attackers fled north. <a href="javascript:alert(3)">Read more</a>
"""
"""Written for this test: markup inside the text itself must be shown as text, never run."""


@pytest.fixture(scope="session")
def served_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A processed, linked SQLite database shared by the serving tests (they only read it)."""
    folder = tmp_path_factory.mktemp("corpus")
    corpus = resources.files("sitreps.examples").joinpath("corpus")
    with resources.as_file(corpus) as source:
        for name in SUBSET:
            shutil.copy(Path(source) / name, folder / name)
    (folder / "hostile_text.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    db = f"sqlite:///{tmp_path_factory.mktemp('db') / 'served.db'}"
    api.ingest([folder], db=db)
    report = api.process(db=db)
    assert report.processed == len(SUBSET) + 1
    return db


@pytest.fixture(scope="session")
def client(served_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(served_db)) as test_client:
        yield test_client
