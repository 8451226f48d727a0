"""Every export of a processed database, read back by the library its users use, against what the CLI printed.

For each format: the rows the command says it wrote (and left out), the rows the
reader finds, the columns or properties, and the validation result (pandas with
ACLED's columns, the PLOVER JSON Schema, geojson-pydantic, pyarrow). Without --db
it processes the bundled example corpus into a temporary database first.

    python benchmarks/exports.py [--db PATH_OR_URL]
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from importlib import resources
from pathlib import Path

import jsonschema
import pandas as pd
import pyarrow.parquet as pq
from geojson_pydantic import FeatureCollection
from typer.testing import CliRunner

from sitreps import api
from sitreps.cli.app import app
from sitreps.export.acled import ACLED_COLUMNS

SUMMARY = re.compile(r"wrote (\d+) \w+ \([\w-]+\) to .*?(?:; left out (\d+) \((.*)\))?$", re.M)


def _run(db: str, out: Path, *args: str) -> tuple[int, int, str]:
    result = CliRunner().invoke(app, ["export", "--db", db, "--output", str(out), *args])
    if result.exit_code != 0:
        raise SystemExit(result.output)
    match = SUMMARY.search(result.stderr)
    if match is None:
        raise SystemExit(f"no summary line: {result.stderr!r}")
    return int(match.group(1)), int(match.group(2) or 0), match.group(3) or ""


def _plover_errors(path: Path) -> tuple[int, int]:
    schema = json.loads(resources.files("sitreps.data").joinpath("plover_event.schema.json").read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return len(lines), sum(1 for line in lines for _ in validator.iter_errors(line))


def report(db: str, folder: Path) -> list[str]:
    rows = ["| format | printed written | printed left out | read back | columns | validation |",
            "|---|---|---|---|---|---|"]
    csv = folder / "events.csv"
    written, _, _ = _run(db, csv, "--format", "acled-csv")
    frame = pd.read_csv(csv, keep_default_na=False)
    in_order = list(frame.columns[: len(ACLED_COLUMNS)]) == list(ACLED_COLUMNS)
    rows.append(f"| acled-csv | {written} | 0 | {len(frame)} (pandas) | {len(frame.columns)} "
                f"({len(ACLED_COLUMNS)} ACLED) | ACLED columns in order: {in_order} |")
    only = folder / "acled-only.csv"
    written, _, _ = _run(db, only, "--format", "acled-csv", "--acled-only")
    codable = int((frame["acled_status"] == "codable").sum())
    rows.append(f"| acled-csv --acled-only | {written} | 0 | {len(pd.read_csv(only))} (pandas) | "
                f"{len(frame.columns)} | equals codable rows of the full export ({codable}): {written == codable} |")
    plover = folder / "events.jsonl"
    written, _, _ = _run(db, plover, "--format", "plover-jsonl")
    lines, errors = _plover_errors(plover)
    rows.append(f"| plover-jsonl | {written} | 0 | {lines} (json) | - | {errors} schema errors |")
    geo = folder / "events.geojson"
    written, left_out, why = _run(db, geo, "--format", "geojson")
    features = FeatureCollection.model_validate_json(geo.read_text(encoding="utf-8")).features
    props = len(features[0].properties or {}) if features else 0
    rows.append(f"| geojson | {written} | {left_out} ({why}) | {len(features)} (geojson-pydantic) | {props} | "
                f"valid; written + left out = {written + left_out} |")
    parquet = folder / "events.parquet"
    written, _, _ = _run(db, parquet, "--format", "parquet")
    table = pq.read_table(parquet)
    rows.append(f"| parquet | {written} | 0 | {table.num_rows} (pyarrow) | {table.num_columns} | "
                f"event_date {table.schema.field('event_date').type}, metadata {list(table.schema.metadata or {})} |")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="a processed database (default: the example corpus, processed now)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = args.db
        if db is None:
            db = f"sqlite:///{folder / 'corpus.db'}"
            with resources.as_file(resources.files("sitreps.examples").joinpath("corpus")) as corpus:
                api.ingest([corpus], db=db)
            api.process(db=db)
        print(f"{len(api.events(db=db))} linked events, {len(api.mentions(db=db))} mentions\n")
        print("\n".join(report(db, folder)))


if __name__ == "__main__":
    main()
