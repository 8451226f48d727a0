"""The CLI's review commands, event filters and listings: unknown ids and names are errors with a
suggestion that store nothing; decisions are listed with their audit trail and can be undone."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitreps.cli import app

SUBSET = ("02_sudan_el_fasher_drone_wire.txt", "03_sudan_el_fasher_drone_local.html", "21_kenya_protests_local.txt")


@pytest.fixture(scope="module")
def base_db(corpus_db: Callable[[Sequence[str], dict[str, str]], str]) -> str:
    return corpus_db(SUBSET, {})


@pytest.fixture()
def db(base_db: str, tmp_path: Path) -> str:
    """A private copy: review commands write."""
    target = tmp_path / "copy.db"
    with sqlite3.connect(base_db.removeprefix("sqlite:///")) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return str(target)


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "100"})
    return result.exit_code, result.stdout, result.stderr


def _event_ids(db: str) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT id FROM events ORDER BY id")]


def test_merge_of_unknown_ids_fails_and_stores_nothing(db: str) -> None:
    code, _, err = _run("link", "merge", "ev_doesnotexist", "ev_alsonot", "--db", db)
    assert code == 1 and "no event with id 'ev_doesnotexist'" in err
    code, out, _ = _run("review", "list", "--all", "--db", db)
    assert code == 0 and "no review decisions" in out


def test_merge_list_and_undo(db: str) -> None:
    first, second = _event_ids(db)[:2]
    before = len(_event_ids(db))
    code, out, _ = _run("link", "merge", first, second, "--db", db, "--author", "ana", "--reason", "same strike")
    assert code == 0 and "decision #1" in out and len(_event_ids(db)) == before - 1
    code, out, _ = _run("review", "list", "--db", db)
    assert code == 0 and "ana" in out and "same strike" in out and first in out
    code, out, _ = _run("review", "undo", "1", "--db", db, "--author", "ben")
    assert code == 0 and len(_event_ids(db)) == before
    code, out, _ = _run("link", "--db", db)  # a later relink does not bring an undone decision back
    assert len(_event_ids(db)) == before
    code, out, _ = _run("review", "list", "--db", db)
    assert "no review decisions in force" in out
    code, _, err = _run("review", "undo", "1", "--db", db)
    assert code == 1 and "already undone" in err


def test_event_filters_and_errors_with_suggestions(db: str) -> None:
    code, out, err = _run("events", "--db", db, "--country", "sd", "--type", "AIR_DRONE_STRIKE")
    assert code == 0 and "ev_" in out
    code, _, err = _run("events", "--db", db, "--type", "air_drone_strik")
    assert code == 1 and "did you mean air_drone_strike?" in err and "sitreps types" in err
    code, _, err = _run("events", "--db", db, "--country", "Sudam")
    assert code == 1 and "did you mean Sudan?" in err
    code, _, err = _run("events", "--db", db, "--since", "2024-02-30")
    assert code == 1 and "--since" in err
    code, _, err = _run("show", _event_ids(db)[0][:-1] + "z", "--db", db)
    assert code == 1 and "did you mean" in err


def test_compact_table_fits_100_columns_with_whole_ids_and_says_what_it_cut(db: str) -> None:
    code, out, err = _run("events", "--db", db, "--limit", "2")
    assert code == 0
    assert max(len(line) for line in out.splitlines()) <= 100
    assert sum(1 for line in out.splitlines() if re.search(r"\bev_[0-9a-f]{16}\b", line)) == 2
    assert re.search(r"showing 2 of \d+ events", err)
    code, out, err = _run("events", "--db", db, "--limit", "2", "--mentions")
    assert code == 0 and max(len(line) for line in out.splitlines()) <= 100
    assert re.search(r"showing 2 of \d+ mentions", err)
    code, out, _ = _run("events", "--db", db, "--limit", "2", "--wide")
    assert code == 0 and "contradictions" in out


def test_types_lists_the_taxonomy() -> None:
    code, out, _ = _run("types")
    assert code == 0 and "armed_clash" in out and "remote_violence" in out


def test_edit_a_field_then_undo(db: str) -> None:
    event_id = _event_ids(db)[0]
    code, out, _ = _run("review", "edit", event_id, "date", "2024-01-02", "--db", db, "--reason", "dated by the UN")
    assert code == 0 and "-> 2024-01-02" in out
    code, out, _ = _run("show", event_id, "--db", db, "-f", "json")
    assert '"start": "2024-01-02"' in out
    code, _, err = _run("review", "edit", event_id, "type", "bogus_type", "--db", db)
    assert code == 1 and "sitreps types" in err
    code, out, _ = _run("review", "undo", "1", "--db", db)
    assert code == 0
    code, out, _ = _run("show", event_id, "--db", db, "-f", "json")
    assert '"start": "2024-01-02"' not in out


def test_a_database_from_before_the_review_audit_upgrades(tmp_path: Path) -> None:
    from sitreps.store import open_store
    from sitreps.store.migrations import MIGRATIONS, MIGRATIONS_TABLE

    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:  # the schema sitreps 0.1 wrote, with one merge decision in it
        conn.execute(MIGRATIONS_TABLE)
        for migration in (m for m in MIGRATIONS if m.name < "0004"):
            for statement in migration.statements("sqlite"):
                conn.execute(statement)
            conn.execute("INSERT INTO migrations (name, applied_at) VALUES (?, 'then')", (migration.name,))
        conn.execute("INSERT INTO link_decisions (kind, payload, created_at) VALUES "
                     "('merge', '{\"kind\": \"merge\", \"event_ids\": [\"ev_a\", \"ev_b\"]}', 'then')")
    with open_store(f"sqlite:///{path}") as store:
        assert [d.kind for d in store.link_decisions()] == ["merge"]
        (entry,) = store.review_log()
        assert entry.id == 1 and entry.author is None and entry.active
        assert store.add_field_edit({"mention_id": "m", "field": "date", "value": "2024-01-01"}) == 2
        assert [d.kind for d in store.link_decisions()] == ["merge"] and len(store.field_edits()) == 1
