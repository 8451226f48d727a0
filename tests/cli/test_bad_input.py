"""Bad input: one clear line per file, a non-zero exit, and nothing already stored is lost."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sitreps.cli import app
from sitreps.store import open_store

ARTICLE = """Title: Militia fighters surrender in Ituri
Published: 2025-02-03
Outlet: Test Wire

Militia fighters surrender in Ituri

BUNIA, Democratic Republic of Congo (Test Wire) — Forty militia fighters surrendered to the army in
Djugu territory on Saturday, a military spokesman said.
"""


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 64)
    (folder / "bad.csv").write_text("headline,author\nA title,Someone\n", encoding="utf-8")
    return folder


def test_folder_with_bad_files(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    result = CliRunner().invoke(app, ["ingest", str(_folder(tmp_path)), "--db", str(db)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("binary.txt" in e and "binary" in e for e in errors)
    assert any("bad.csv" in e and "text" in e for e in errors)
    assert "Traceback" not in result.output
    with open_store(db) as store:
        assert store.count_documents() == {"pending": 1}


def test_duplicate_is_reported_and_nothing_lost(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    copy = tmp_path / "copy.txt"
    copy.write_text(ARTICLE.replace("\n\n", "\n\n\n"), encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(article), "--db", str(db)]).exit_code == 0
    second = runner.invoke(app, ["ingest", str(copy), "--db", str(db)])
    assert second.exit_code == 0
    assert "duplicate" in second.stdout
    with open_store(db) as store:
        assert sum(store.count_documents().values()) == 1


def test_unknown_ids_and_missing_files(tmp_path: Path) -> None:
    runner = CliRunner()
    open_store(tmp_path / "t.db").close()
    missing = runner.invoke(app, ["show", "deadbeef", "--db", str(tmp_path / "t.db")])
    assert missing.exit_code == 1 and missing.stderr.startswith("error: no document")
    absent = runner.invoke(app, ["ingest", str(tmp_path / "nope.txt"), "--db", str(tmp_path / "t.db")])
    assert absent.exit_code == 1 and "nope.txt" in absent.stderr


def test_extract_prints_the_json_contract(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--format", "json"])
    assert result.exit_code == 0
    document = json.loads(result.stdout)["documents"][0]
    for key in ("id", "title", "outlet", "url", "published_at", "language", "status", "text", "events", "quotes",
                "claims"):
        assert key in document
    event = document["events"][0]
    assert event["type"] == "surrender_capture"
    for key in ("acled", "plover", "cameo", "trigger", "actors", "counts", "place", "time", "modality",
                "attribution", "confidence"):
        assert key in event
    text = document["text"]
    assert text[event["trigger"]["start"]:event["trigger"]["end"]] == event["trigger"]["text"]
    assert "Bunia" not in json.dumps(event["place"] or {}) and "BUNIA" not in json.dumps(event["place"] or {})
