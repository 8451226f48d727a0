"""Scoring the resolve stage on its gold sets (benchmarks/gold/resolve/{places,times,actors}.jsonl).

Places: a point is right at 0 km when it is the same GeoNames point (within 1 km) and within 161 km
(100 miles, the usual geoparsing tolerance); a gold region, country or unknown (no point in the gold)
is right when precision, country and name (or, for a place placed approximately, its admin1 or
country) agree. Times: right when start, end and precision all agree, also split per expected
precision. Actors: the id (or "new" for an inferred entry), the type
and the country, each scored apart; rows may carry the spaCy label the pipeline would pass.

    python -m sitreps.evaluate.resolve
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from sitreps.evaluate.metrics import gold_dir
from sitreps.models import DatePrecision
from sitreps.resolve.actors import get_registry
from sitreps.resolve.gazetteer import get_gazetteer
from sitreps.resolve.geodata import distance_km
from sitreps.resolve.geomatch import GeoMatch
from sitreps.resolve.normalise import fold
from sitreps.resolve.times import resolve_time

SAME_POINT_KM = 1.0
NEAR_KM = 161.0  # 100 miles: the tolerance geoparsing evaluations (e.g. GeoNorm, LGL) report


def score(split: str = "heldout") -> dict[str, float]:
    """Accuracies of place, time and actor resolution on one split ("dev", "heldout" or "all")."""
    folder = gold_dir("resolve")
    return {
        **_score_places(_rows(folder / "places.jsonl", split)),
        **_score_times(_rows(folder / "times.jsonl", split)),
        **_score_actors(_rows(folder / "actors.jsonl", split)),
    }


def _rows(path: Path, split: str) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if split == "all" or r["split"] == split]


def _score_places(rows: list[dict[str, Any]]) -> dict[str, float]:
    gazetteer = get_gazetteer()
    hits: dict[str, int] = defaultdict(int)
    for row in rows:
        got = gazetteer.resolve(row["mention"], context_countries=row["context_countries"])
        hits["place_exact_acc"] += _place_right(row, got, SAME_POINT_KM)
        hits["place_161km_acc"] += _place_right(row, got, NEAR_KM)
        hits["place_country_acc"] += got.country == row["country"]
        hits["place_precision_acc"] += got.precision.value == row["precision"]
    names = ("place_exact_acc", "place_161km_acc", "place_country_acc", "place_precision_acc")
    return {name: hits[name] / len(rows) if rows else 0.0 for name in names}


def _place_right(row: dict[str, Any], got: GeoMatch, tolerance_km: float) -> bool:
    if row["lat"] is not None:
        if got.lat is None or got.lon is None:
            return False
        return distance_km(row["lat"], row["lon"], got.lat, got.lon) <= tolerance_km
    # A region or country is right by name, whatever centroid it is given; a place missing from the
    # gazetteer is right when it is placed in the expected enclosing unit (its admin1 or country).
    names = (got.name, got.admin1 or "", (got.country or "") if got.approximate else "")
    same_name = row["name"] is None or fold(row["name"]) in {fold(name) for name in names}
    return got.precision.value == row["precision"] and got.country == row["country"] and same_name



def _score_times(rows: list[dict[str, Any]]) -> dict[str, float]:
    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    for row in rows:
        got = resolve_time(row["expression"], row["published_at"])
        ok = (got.start, got.end, got.precision.value) == (row["start"], row["end"], row["precision"])
        for key in ("time_acc", f"time_acc_{row['precision']}"):
            right[key] += ok
            total[key] += 1
    keys = ["time_acc"] + [f"time_acc_{p.value}" for p in DatePrecision]
    return {key: right[key] / total[key] if total[key] else 0.0 for key in keys}


def _score_actors(rows: list[dict[str, Any]]) -> dict[str, float]:
    registry = get_registry()
    hits: dict[str, int] = defaultdict(int)
    for row in rows:
        got = registry.infer(
            row["mention"], context_countries=row["context_countries"], entity_label=row.get("entity_label")
        )
        got_id = got.id if got.known else "new"
        hits["actor_acc"] += got_id == row["expected_id"]
        hits["actor_type_acc"] += got.type == row["expected_type"]
        hits["actor_country_acc"] += got.country == row["expected_country"]
    names = ("actor_acc", "actor_type_acc", "actor_country_acc")
    return {name: hits[name] / len(rows) if rows else 0.0 for name in names}


def main() -> None:
    """Print the scores of every split as a table."""
    splits = ("dev", "heldout", "all")
    table = {split: score(split) for split in splits}
    print(f"{'metric':<24}" + "".join(f"{s:>10}" for s in splits))
    for metric in table["heldout"]:
        print(f"{metric:<24}" + "".join(f"{table[s][metric]:>10.3f}" for s in splits))


if __name__ == "__main__":
    main()
