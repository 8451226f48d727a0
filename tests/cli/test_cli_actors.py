"""`sitreps actors`: list, merge and rename, applied to stored events and to later processing."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sitreps.cli import app

FIRST = """Title: Kivu Liberation Front ambushes convoy

Kivu Liberation Front ambushes convoy

Fighters of the Kivu Liberation Front ambushed an army convoy near Rutshuru on Tuesday, killing four
soldiers, a local official said.
"""
SECOND = """Title: KLF fighters attack village

KLF fighters attack village

KLF fighters attacked the village of Kiwanja on Friday, killing six civilians, residents said.
"""


def _run(argv: list[str]) -> str:
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == 0, result.output
    return result.stdout


def _actor_ids(db: str) -> set[str]:
    rows = json.loads(_run(["events", "--mentions", "--db", db, "--format", "json"]))["mentions"]
    return {a["actor_id"] for m in rows for a in m["actors"] if a["actor_id"]}


def test_merge_and_rename_survive_later_processing(tmp_path: Path) -> None:
    db = str(tmp_path / "a.db")
    (tmp_path / "first.txt").write_text(FIRST, encoding="utf-8")
    _run(["ingest", str(tmp_path / "first.txt"), "--db", db])
    _run(["process", "--db", db])
    listed = json.loads(_run(["actors", "list", "--db", db, "--format", "json"]))["actors"]
    front = next(a for a in listed if "kivu-liberation-front" in a["id"])
    assert not front["known"]

    _run(["actors", "rename", front["id"], "Kivu Liberation Front (KLF)", "--db", db])
    listed = json.loads(_run(["actors", "list", "--db", db, "--format", "json"]))["actors"]
    assert any(a["name"] == "Kivu Liberation Front (KLF)" for a in listed)

    (tmp_path / "second.txt").write_text(SECOND, encoding="utf-8")
    _run(["ingest", str(tmp_path / "second.txt"), "--db", db])
    _run(["process", "--db", db])
    klf = [i for i in _actor_ids(db) if i.startswith("new:klf")]
    assert klf, _actor_ids(db)
    _run(["actors", "merge", klf[0], front["id"], "--db", db])
    assert klf[0] not in _actor_ids(db)
    assert front["id"] in _actor_ids(db)

    third = SECOND.replace("Kiwanja on Friday", "Bunagana on Sunday").replace("six", "nine")
    (tmp_path / "third.txt").write_text(third, encoding="utf-8")
    _run(["ingest", str(tmp_path / "third.txt"), "--db", db])
    _run(["process", "--db", db])
    assert klf[0] not in _actor_ids(db), "the merge applies to documents processed after it"


def test_merge_of_unknown_id_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["actors", "merge", "new:nobody", "ua-gur", "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 1
    assert "no actor with id 'new:nobody'" in result.stderr
