"""--workers and --ray give exactly what one process gives, document for document."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scale.articles import write_articles
from sitreps import api
from sitreps.store import MentionFilter, open_store

ARTICLES = 10


def _ingested(tmp_path: Path, name: str) -> str:
    db = str(tmp_path / f"{name}.db")
    report = api.ingest(write_articles(tmp_path / "articles", ARTICLES), db=db)
    assert report.stored == ARTICLES
    return db


def _results(db: str) -> dict[str, Any]:
    """Every stored document's results, as JSON, keyed by document id (not where or when it was read)."""
    store = open_store(db)
    try:
        assert store.count_documents() == {"processed": ARTICLES}
        assert store.count_mentions(MentionFilter()) > 0
        return {d.id: d.model_dump(mode="json", exclude={"ingested_at", "source_path"}) for d in store.iter_documents()}
    finally:
        store.close()


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp_path = tmp_path_factory.mktemp("inline")
    db = _ingested(tmp_path, "inline")
    assert api.process(db=db, link=False).processed == ARTICLES
    return _results(db)


def test_two_processes_match_one(tmp_path: Path, reference: dict[str, Any]) -> None:
    db = _ingested(tmp_path, "pool")
    report = api.process(db=db, link=False, workers=2, batch_size=3)
    assert (report.processed, report.failed) == (ARTICLES, 0)
    assert _results(db) == reference


@pytest.fixture
def ray_cluster() -> Iterator[None]:
    ray = pytest.importorskip("ray")
    try:
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    except Exception as error:  # any failure to start means this machine cannot run Ray: skip, say why
        pytest.skip(f"a local Ray cluster could not start here: {error}")
    yield
    ray.shutdown()


def test_ray_matches_one_process(tmp_path: Path, reference: dict[str, Any], ray_cluster: None) -> None:
    db = _ingested(tmp_path, "ray")
    report = api.process(db=db, link=False, ray=True, workers=2, batch_size=3)
    assert (report.processed, report.failed) == (ARTICLES, 0)
    assert _results(db) == reference
