"""The search syntax translated for SQLite FTS5: never a syntax error, the meaning kept."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitreps.errors import ConfigError
from sitreps.store.fts import to_fts5


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("market", '("market")'),
        ("shelled market", '("shelled") AND ("market")'),
        ('"landing ship" navy', '("landing ship") AND ("navy")'),
        ("Rubaya OR Sevastopol", '("Rubaya" OR "Sevastopol")'),
        ("army -Omdurman", '(("army")) NOT "Omdurman"'),
        ('say "no', '("say") AND ("no")'),
        ('a"b', '("a""b")'),
    ],
)
def test_translation(query: str, expected: str) -> None:
    assert to_fts5(query) == expected


@pytest.mark.parametrize("query", ["", "   ", "-alone", "?! ..", "OR"])
def test_queries_without_words_to_find_are_refused(query: str) -> None:
    with pytest.raises(ConfigError):
        to_fts5(query)


@given(st.text(alphabet=st.sampled_from(list("ab -\"*()^:OR+NEAR'.")), max_size=30))
def test_any_input_is_valid_fts5_or_refused(query: str) -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
    db.execute("INSERT INTO t VALUES ('a b ab OR NEAR')")
    try:
        expression = to_fts5(query)
    except ConfigError:
        return
    db.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expression,)).fetchall()


@given(st.text(max_size=40))
def test_any_text_with_control_characters_is_valid_fts5_or_refused(query: str) -> None:
    """NUL ended the FTS5 string early ('unterminated string', a 500): control characters are refused."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
    try:
        expression = to_fts5(query)
    except ConfigError:
        return
    db.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expression,)).fetchall()


@pytest.mark.parametrize("query", ["Goma\x00", "a\x00b", "\x07bell", '"x\x00"'])
def test_control_characters_are_refused_with_a_reason(query: str) -> None:
    with pytest.raises(ConfigError, match="control character"):
        to_fts5(query)
