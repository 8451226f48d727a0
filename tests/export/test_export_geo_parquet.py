"""GeoJSON checked by a GeoJSON validator and against docs/serving.md; Parquet read back by pyarrow and pandas."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from geojson_pydantic import FeatureCollection

from sitreps.export.acled import ACLED_COLUMNS, SITREPS_COLUMNS
from sitreps.export.geojson import FEATURE_PROPERTIES

Runner = Callable[..., tuple[str, int, int]]
DOCS = Path(__file__).resolve().parents[2] / "docs" / "serving.md"


def test_geojson_has_every_located_event_and_counts_the_rest(export_db: str, run_export: Runner) -> None:
    text, written, left_out = run_export(export_db, "--format", "geojson")
    collection = FeatureCollection.model_validate_json(text)
    every = json.loads(run_export(export_db, "--format", "json")[0])["events"]
    located = [e for e in every if e["place"] and e["place"]["lat"] is not None and e["place"]["lon"] is not None]
    assert len(collection.features) == written == len(located) > 0
    assert written + left_out == len(every)
    by_id = {e["id"]: e for e in located}
    for feature in json.loads(text)["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        place = by_id[feature["id"]]["place"]
        assert (lon, lat) == (place["lon"], place["lat"]) and -90 <= lat <= 90 and -180 <= lon <= 180
        assert feature["properties"]["precision"] == place["precision"]
        assert list(feature["properties"]) == list(FEATURE_PROPERTIES)


def _documented(heading: str) -> list[str]:
    """The backquoted names of the first table under ``heading`` in docs/serving.md."""
    text = DOCS.read_text(encoding="utf-8")
    section = text[text.index(heading):]
    table = re.search(r"\n(\|.*?\|)\n\n", section, re.S)
    assert table, f"no table under {heading}"
    return re.findall(r"^\| `([a-z_0-9]+)` \|", table.group(1), re.M)


def test_documented_properties_and_columns_are_the_written_ones() -> None:
    assert _documented("#### GeoJSON properties") == list(FEATURE_PROPERTIES)
    assert _documented("#### ACLED CSV columns") == list(ACLED_COLUMNS + SITREPS_COLUMNS)


def test_parquet_is_typed_and_says_what_it_is(export_db: str, run_export: Runner, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    _, written, _ = run_export(export_db, "--format", "parquet", "--output", str(out))
    table = pq.read_table(out)
    assert table.num_rows == written > 3 and table.column_names == list(ACLED_COLUMNS + SITREPS_COLUMNS)
    schema = table.schema
    assert schema.field("event_date").type == pa.date32() and pa.types.is_timestamp(schema.field("timestamp").type)
    assert schema.field("fatalities").type == pa.int64() and schema.field("latitude").type == pa.float64()
    assert schema.field("background").type == pa.bool_() and schema.field("iso").type == pa.int64()
    meta = json.loads(schema.metadata[b"sitreps"])
    assert meta["rows"] == "events" and meta["sitreps_version"]
    assert schema.field("admin2").metadata[b"note"].startswith(b"always empty")
    frame = pd.read_parquet(out)
    assert str(frame["fatalities"].dtype) == "int64" and pd.api.types.is_datetime64_any_dtype(
        pd.to_datetime(frame["event_date"]))
    assert pq.ParquetFile(out).metadata.num_rows == written
