"""Exports round-tripped: pandas reads the CSV and Parquet, GeoJSON validates, PLOVER has its fields."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pandas as pd
import pytest
from typer.testing import CliRunner

from sitreps.cli.app import app
from sitreps.export.codes import fatalities, geo_precision, inter_code, interaction_code, time_precision
from sitreps.models import ActorMention, Count, DatePrecision, PlacePrecision, Role, Span

ACLED_REQUIRED = ["event_date", "event_type", "sub_event_type", "actor1", "inter1", "actor2", "inter2", "interaction",
                  "country", "admin1", "location", "latitude", "longitude", "geo_precision", "time_precision",
                  "fatalities", "notes", "source", "source_scale"]
PLOVER_REQUIRED = ["id", "date", "event_type", "mode", "context", "actor1", "actor2", "location"]
POSITION = {"type": "array", "minItems": 2, "maxItems": 3, "items": {"type": "number"},
            "prefixItems": [{"minimum": -180, "maximum": 180}, {"minimum": -90, "maximum": 90}]}
GEOJSON_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["type", "features"],
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {"type": "array", "items": {
            "type": "object",
            "required": ["type", "geometry", "properties"],
            "properties": {
                "type": {"const": "Feature"},
                "id": {"type": ["string", "number"]},
                "properties": {"type": ["object", "null"], "required": ["precision"]},
                "geometry": {"type": "object", "required": ["type", "coordinates"],
                             "properties": {"type": {"const": "Point"}, "coordinates": POSITION}},
            },
        }},
    },
}
"""GeoJSON (RFC 7946) for FeatureCollections of Points, written for this test."""

runner = CliRunner()


def _export(db: str, *args: str) -> str:
    result = runner.invoke(app, ["export", "--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_acled_csv_reads_back_with_acled_columns(export_db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    _export(export_db, "--format", "acled-csv", "--output", str(out))
    frame = pd.read_csv(out)
    assert set(ACLED_REQUIRED) <= set(frame.columns) and len(frame) > 3
    assert set(frame["geo_precision"].dropna()) <= {1, 2, 3}
    assert set(frame["time_precision"]) <= {1, 2, 3}
    assert frame["event_date"].str.match(r"^\d{4}-\d{2}-\d{2}$").all()
    defection = frame[frame["sitreps_type"] == "defection"]
    assert not defection.empty and (defection["sub_event_type"] == "Change to group/activity").any()


def test_parquet_has_the_same_columns_typed(export_db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    _export(export_db, "--format", "parquet", "--output", str(out))
    frame = pd.read_parquet(out)
    assert set(ACLED_REQUIRED) <= set(frame.columns) and len(frame) > 3
    assert str(frame["fatalities"].dtype) == "int64" and str(frame["latitude"].dtype) == "float64"


def test_geojson_validates_and_keeps_only_located_points(export_db: str) -> None:
    collection = json.loads(_export(export_db, "--format", "geojson"))
    jsonschema.validate(collection, GEOJSON_SCHEMA)
    assert collection["features"], "the Sudan article is located"
    every = json.loads(_export(export_db, "--format", "json"))["events"]
    located = [e for e in every if e["place"] and e["place"]["lat"] is not None]
    assert len(collection["features"]) == len(located)
    lon, lat = collection["features"][0]["geometry"]["coordinates"]
    first = next(e for e in located if e["id"] == collection["features"][0]["id"])
    assert (lon, lat) == (first["place"]["lon"], first["place"]["lat"])


def test_geojson_schema_rejects_swapped_or_missing_coordinates() -> None:
    point = {"type": "Point", "coordinates": [10.0, 200.0]}
    bad = {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": point, "properties": {}}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, GEOJSON_SCHEMA)


def test_plover_json_has_required_fields(export_db: str) -> None:
    events = json.loads(_export(export_db, "--format", "plover-json"))
    assert events and all(set(PLOVER_REQUIRED) <= set(e) for e in events)
    assert all(isinstance(e["context"], list) for e in events)
    assert any(e["event_type"] for e in events)


def test_filters_apply_to_exports(export_db: str) -> None:
    every = json.loads(_export(export_db, "--format", "json"))["events"]
    defections = json.loads(_export(export_db, "--format", "json", "--type", "defection"))["events"]
    assert 0 < len(defections) < len(every) and {e["type"] for e in defections} == {"defection"}
    assert json.loads(_export(export_db, "--format", "json", "--min-originators", "99"))["events"] == []


def test_parquet_to_stdout_is_refused(export_db: str) -> None:
    result = runner.invoke(app, ["export", "--db", export_db, "--format", "parquet"])
    assert result.exit_code == 1 and "--output" in result.output


def _actor(name: str, actor_type: str | None) -> ActorMention:
    return ActorMention(role=Role.INITIATOR, name=name, actor_type=actor_type, evidence=[Span.of(name, 0, len(name))])


def test_acled_codes() -> None:
    assert inter_code(_actor("Sudanese Armed Forces", "state_military")) == 1
    assert inter_code(_actor("M23", "armed_group")) == 2
    assert inter_code(_actor("protesters", "civilians")) == 6
    assert inter_code(_actor("villagers", "civilians")) == 7
    assert inter_code(_actor("someone", None)) == 8 and inter_code(None) is None
    assert interaction_code(1, 2) == 12 and interaction_code(7, 2) == 27 and interaction_code(1, None) == 10
    assert interaction_code(None, None) is None
    assert [geo_precision(p) for p in PlacePrecision] == [1, 2, 3, 3, 3]
    assert [time_precision(p) for p in DatePrecision] == [1, 2, 3, 3, 3]
    counts = [Count(what="killed", value=None, low=30, high=40, evidence=[]),
              Count(what="killed", value=9, low=None, high=None, evidence=[]),
              Count(what="injured", value=99, low=None, high=None, evidence=[])]
    assert fatalities(counts) == 30 and fatalities([]) == 0
