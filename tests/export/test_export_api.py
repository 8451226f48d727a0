"""The Python API's export calls: its docstring examples (doctest), the README's Python block, paging, pandas."""

from __future__ import annotations

import doctest
import re
import sys
from pathlib import Path

import pytest

from sitreps import api
from sitreps.errors import ConfigError
from sitreps.store import open_store

README = Path(__file__).resolve().parents[2] / "README.md"


def test_api_docstring_examples_run(export_db: str, tmp_path: Path) -> None:
    result = doctest.testmod(api, extraglobs={"DATABASE": export_db, "OUTPUT_DIR": tmp_path}, report=True)
    assert result.attempted >= 8 and result.failed == 0


def test_readme_python_export_example_runs(export_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Dashboard, REST API, exports and the digest"):]
    block = re.search(r"```python\n(.*?)```", section, re.S)
    assert block, "the exports section has a Python example"
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"DATABASE": export_db}
    exec(compile(block.group(1), "README.md", "exec"), namespace)
    out = capsys.readouterr().out
    match = re.search(r"wrote (\d+) events \(acled-csv\) to acled.csv", out)
    assert match and (tmp_path / "acled.csv").exists()
    assert int(match.group(1)) == len((tmp_path / "acled.csv").read_text().splitlines()) - 1
    with open_store(export_db) as store:
        assert len(namespace["every"]) == store.count_events()  # type: ignore[arg-type]


def test_events_are_all_returned_unless_paged(export_db: str) -> None:
    every = api.events(db=export_db)
    with open_store(export_db) as store:
        assert len(every) == store.count_events() > 2
    assert [e.id for e in api.events(db=export_db, limit=2, offset=1)] == [e.id for e in every[1:3]]
    assert len(api.mentions(db=export_db)) >= len(every)


def test_frames_have_the_export_columns_typed(export_db: str) -> None:
    events, mentions = api.events_frame(db=export_db), api.mentions_frame(db=export_db)
    assert list(events.columns) == list(mentions.columns) and list(events.columns[:2]) == ["event_id_cnty",
                                                                                             "event_date"]
    assert len(mentions) >= len(events) and set(mentions["sitreps_kind"]) == {"mention"}
    assert str(events["event_date"].dtype).startswith("datetime64") and str(events["fatalities"].dtype) == "Int64"


def test_frames_without_pandas_name_the_extra(export_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ConfigError, match=r"sitreps\[pandas\]"):
        api.events_frame(db=export_db)


def test_export_results_and_errors(export_db: str, tmp_path: Path) -> None:
    geo = api.export("geojson", db=export_db)
    assert geo.text and geo.written + geo.left_out == len(api.events(db=export_db))
    assert "no coordinates" in geo.left_out_reason
    parquet = api.export("parquet", tmp_path / "e.parquet", db=export_db)
    assert parquet.written == len(api.events(db=export_db)) and (tmp_path / "e.parquet").stat().st_size > 0
    with pytest.raises(ConfigError, match="acled-csv"):
        api.export("xlsx", db=export_db)
    with pytest.raises(ConfigError, match="binary"):
        api.export("parquet", db=export_db)
