"""PLOVER JSONL validated line by line against the JSON Schema written from the PLOVER manual (draft 0.8)."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from typing import Any

import jsonschema
import pytest

from sitreps.export.plover import plover_category
from sitreps.export.records import ExportRecord
from sitreps.models import PloverCode


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    text = resources.files("sitreps.data").joinpath("plover_event.schema.json").read_text(encoding="utf-8")
    schema = json.loads(text)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def lines(export_db: str, run_export: Callable[..., tuple[str, int, int]]) -> list[dict[str, Any]]:
    text, written, _ = run_export(export_db, "--format", "plover-jsonl")
    records = [json.loads(line) for line in text.splitlines()]
    assert len(records) == written > 3
    return records


def test_every_line_is_a_valid_plover_record(lines: list[dict[str, Any]],
                                              validator: jsonschema.Draft202012Validator) -> None:
    problems = [(line["id"], error.message) for line in lines for error in validator.iter_errors(line)]
    assert problems == []
    coded = [line for line in lines if line["event"]]
    assert coded and all(line["has_event"] and line["quad_code"] in (1, 2, 3, 4) for line in coded)
    assert all(line["cite_info"]["codebook"] == "plover-0.8" for line in lines)
    assert any(line["source"] and line["source"][0].get("code") for line in coded)
    located = [line for line in lines if "latitude" in line.get("event_loc", {})]
    assert located and all(-90 <= line["event_loc"]["latitude"] <= 90 for line in located)


def test_modality_becomes_a_special_context_and_stays_in_its_own_field(lines: list[dict[str, Any]]) -> None:
    assert {line["modality"] for line in lines} >= {"reported"}
    for line in lines:
        if line["modality"] == "hypothetical":
            assert "hypothetical" in line["context"]
        if line["modality"] == "negated":
            assert "negation" in line["context"]


@pytest.mark.parametrize("record", [
    {"id": "x", "date": "2025-01-01", "source": [], "event_type": "ASSAULT"},          # an old draft's field
    {"id": "x", "date": "2025-01-01", "source": [], "event": "ASSAULT"},               # event must be a list
    {"id": "x", "date": "2025-01-01", "source": [], "event": ["SANCTION"], "mode": ["sever"]},
    {"id": "x", "date": "2025-01-01", "source": [], "event": ["AID"], "mode": ["humanitarian"]},
    {"id": "x", "date": "2025-01-01", "source": [], "event": ["ASSAULT"], "quad_code": 1},
    {"id": "x", "date": "1 May 2025", "source": [], "event": []},
])
def test_schema_rejects_what_the_manual_does_not_allow(record: dict[str, Any],
                                                       validator: jsonschema.Draft202012Validator) -> None:
    assert list(validator.iter_errors(record))


def _with(plover: PloverCode) -> ExportRecord:
    return ExportRecord(id="x", kind="mention", type="t", acled=None, plover=plover, cameo=None, date=None,
                        time=None, place=None, actor1=None, actor2=None, counts=[], reports=[], n_originators=1)


def test_older_draft_codes_become_the_manuals() -> None:
    assert plover_category(_with(PloverCode(type="REQUEST", mode="meet"))) == ("DEMAND", ["meet"], [])
    assert plover_category(_with(PloverCode(type="SANCTION", mode="sever"))) == ("SANCTION", ["discontinue"], [])
    assert plover_category(_with(PloverCode(type="AID", mode="humanitarian"))) == ("AID", [], ["humanitarian"])
    assert plover_category(_with(PloverCode(type="PROTEST", mode="strike-hun"))) == ("PROTEST", ["hunger"], [])
    assert plover_category(_with(PloverCode(type="ASSAULT", mode="explosives"))) == ("ASSAULT", ["explosives"], [])
