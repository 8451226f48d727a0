"""`sitreps claims` and the event table filtered by the kind of source an event rests on."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sitreps.cli import app

OFFICIAL = """Title: Army says rebels shelled Kadugli
Published: 2025-04-02

Army says rebels shelled Kadugli

Rebels shelled the town of Kadugli on Monday, killing five civilians, army spokesman Colonel Ahmed
Salih told reporters in Khartoum.
"""
VAGUE = """Title: Reports of abductions near Maiduguri
Published: 2025-04-03

Reports of abductions near Maiduguri

Reports have emerged that gunmen abducted 30 villagers near Maiduguri last week. It is believed the
attackers belonged to a jihadist faction.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("claims")
    (folder / "official.txt").write_text(OFFICIAL, encoding="utf-8")
    (folder / "vague.txt").write_text(VAGUE, encoding="utf-8")
    path = str(folder / "claims.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(folder), "--db", path]).exit_code == 0
    assert runner.invoke(app, ["process", "--db", path]).exit_code == 0
    return path


def _json(argv: list[str]) -> dict[str, list[dict[str, object]]]:
    result = CliRunner().invoke(app, [*argv, "--format", "json"])
    assert result.exit_code == 0, result.output
    payload: dict[str, list[dict[str, object]]] = json.loads(result.stdout)
    return payload


def test_claims_by_source_kind(db: str) -> None:
    vague = _json(["claims", "--db", db, "--source-kind", "vague"])["claims"]
    assert vague and all(c["source_kind"] == "vague" for c in vague)
    assert any("Reports have emerged" in str(c["span"]) for c in vague)
    everything = _json(["claims", "--db", db])["claims"]
    assert len(everything) > len(vague)


def test_events_resting_on_vague_sources(db: str) -> None:
    vague = _json(["events", "--db", db, "--mentions", "--source-kind", "vague"])["mentions"]
    assert vague and {m["attribution"]["source_kind"] for m in vague} == {"vague"}  # type: ignore[index]
    official = _json(["events", "--db", db, "--source-kind", "named_official"])["events"]
    assert official and all(e["type"] != "abduction" for e in official)
