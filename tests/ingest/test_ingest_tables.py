"""JSONL, JSON and CSV/TSV: the field mapping, bad rows as failures, large dumps streamed."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from sitreps.ingest import MAX_DOCUMENT_CHARS, iter_paths, read_paths
from sitreps.models import DatePrecision

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"


def test_jsonl_mapping_and_row_failures() -> None:
    path = FIXTURES / "articles.jsonl"
    batch = read_paths([path])
    first, second, note = (item.document for item in batch.items)
    assert first.title == "Two killed in market bombing"
    assert first.text.startswith("Two killed in market bombing\n\nA bomb hidden in a cart")
    assert (first.url, first.outlet, first.published_at) == (
        "https://coastal-times.example/market-bombing",
        "Coastal Times",
        "2024-06-07",
    )
    assert second.outlet == "Campus Voice"
    assert (second.published_at, second.published_precision) == ("2023-06-01", DatePrecision.MONTH)
    assert note.language == "en" and note.published_at == "2024-03-03"
    assert note.source_path == f"{path}:line 7"
    reasons = {failure.source.rsplit(":", 1)[1]: failure.reason for failure in batch.failures}
    assert set(reasons) == {"line 4", "line 5", "line 6"}
    assert reasons["line 4"].startswith("not valid JSON")
    assert "expected an object" in reasons["line 5"]
    assert "fields found: title" in reasons["line 6"]
    assert "text, body, content, article, notes" in reasons["line 6"]


def test_jsonl_raw_is_the_row() -> None:
    item = read_paths([FIXTURES / "articles.jsonl"]).items[0]
    assert json.loads(item.raw)["headline"] == "Two killed in market bombing"


def test_json_array() -> None:
    batch = read_paths([FIXTURES / "articles.json"])
    [item] = batch.items
    assert item.document.outlet == "Valley Post"
    assert item.document.published_at == "2024-07-02T10:00:00+00:00"
    assert [failure.source.rsplit(":", 1)[1] for failure in batch.failures] == ["item 2", "item 3"]


def test_json_single_object_and_wrapped_list(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"body": "Troops were redeployed to the eastern border on Monday."}, indent=2))
    wrapped = tmp_path / "wrapped.json"
    rows = [{"content": f"Report number {n} on the shelling of the town."} for n in range(3)]
    wrapped.write_text(json.dumps({"status": "ok", "articles": rows}))
    batch = read_paths([one, wrapped])
    assert not batch.failures
    assert len(batch.items) == 4


def test_csv_rows_and_failures() -> None:
    batch = read_paths([FIXTURES / "articles.csv"])
    first, second = (item.document for item in batch.items)
    assert first.title == "Shelters open as shelling resumes"
    assert '"We are ready for more people," she said.' in first.text
    assert (first.outlet, first.url, first.published_at) == (
        "River Gazette",
        "https://river-gazette.example/shelters",
        "2024-08-11",
    )
    assert second.published_at == "2024-08-12"
    assert [failure.source.rsplit(":", 1)[1] for failure in batch.failures] == ["row 2", "row 3"]
    assert b"Shelters open as shelling resumes" in batch.items[0].raw


def test_csv_without_text_column_names_what_it_found() -> None:
    batch = read_paths([FIXTURES / "no_text_column.csv"])
    assert not batch.items
    [failure] = batch.failures
    assert "event_id, country, fatalities, admin1" in failure.reason
    assert "text, body, content, article, notes" in failure.reason


def test_tsv_and_semicolon_csv(tmp_path: Path) -> None:
    semicolon = tmp_path / "export.csv"
    semicolon.write_text("titre;text;date\nGrève;Port workers went on strike, a union said.;2024-01-08\n")
    batch = read_paths([FIXTURES / "articles.tsv", semicolon])
    assert not batch.failures
    assert [item.document.title for item in batch.items] == ["Curfew lifted", None]
    assert batch.items[1].document.published_at == "2024-01-08"


def test_cp1251_csv(tmp_path: Path) -> None:
    path = tmp_path / "ru.csv"
    body = "Ночью беспилотники атаковали нефтебазу на окраине города, сообщили власти. Пострадавших нет."
    path.write_bytes(f"title,text\nАтака на нефтебазу,\"{body}\"\n".encode("cp1251"))
    [item] = read_paths([path]).items
    assert item.document.text == f"Атака на нефтебазу\n\n{body}"
    assert item.document.language == "ru"


def test_oversized_row_fails_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    huge = "word " * (MAX_DOCUMENT_CHARS // 5 + 10)
    path.write_text(json.dumps({"text": huge}) + "\n" + json.dumps({"text": "A short report."}) + "\n")
    batch = read_paths([path])
    assert len(batch.items) == 1
    assert "split it" in batch.failures[0].reason


LARGE_ROWS = 20_000


@pytest.fixture(scope="module")
def large_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A dump of LARGE_ROWS distinct normal-sized articles (about 3 MB)."""
    path = tmp_path_factory.mktemp("dump") / "dump.jsonl"
    paragraph = "Residents said the shelling damaged houses and a school; officials gave no casualty figure. "
    with path.open("w", encoding="utf-8") as out:
        for n in range(LARGE_ROWS):
            row = {"title": f"Report {n}", "text": f"Report {n} from district {n % 97}. " + paragraph}
            out.write(json.dumps(row) + "\n")
    return path


def test_large_jsonl_ingests_every_row(large_jsonl: Path) -> None:
    batch = read_paths([large_jsonl])
    assert len(batch.items) == LARGE_ROWS and not batch.failures
    assert len({item.document.id for item in batch.items}) == LARGE_ROWS


def test_large_jsonl_streams_in_flat_memory(large_jsonl: Path) -> None:
    read_paths([FIXTURES / "titled_article.txt"])  # load the language model and date parser first
    tracemalloc.start()
    count = sum(1 for _ in iter_paths([large_jsonl]))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == LARGE_ROWS
    assert peak < large_jsonl.stat().st_size / 4  # never the whole file, let alone its documents
