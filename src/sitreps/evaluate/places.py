"""Scoring places end to end on sentences: benchmarks/gold/resolve/places_in_text.jsonl.

Each sentence goes through the whole pipeline (spaCy, event extraction, place choice, gazetteer) and
the place of its first event mention that has one is compared with what an analyst would code:

- ``place_25km_acc``: rows whose gold is a GeoNames point, placed within 25 km of it;
- ``place_acc``: every row with a gold place right: a point within 25 km, a region or enclosing unit
  by its admin1 name, a sea or crossing by its name;
- ``place_country_acc``: the country right (None for a sea, as in the gold);
- ``geo_precision_acc``: ACLED geo_precision (1 town, 2 near a town or a district, 3 region) right;
- ``approximate_acc``: the ``approximate`` flag right (places the gazetteer lacks);
- ``with_point``: rows with a gold place that got coordinates and a geo_precision;
- ``common_noun_clean``: sentences whose only place words are common nouns, conflict adjectives or
  organisation names ("the area", "the Fano conflict", "the Arakan Army") that got no place at all.

    python -m sitreps.evaluate.places
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sitreps import pipeline
from sitreps.evaluate.metrics import gold_dir
from sitreps.ingest import document_id
from sitreps.models import Document, DocumentStatus, Place
from sitreps.resolve.geodata import distance_km
from sitreps.resolve.normalise import fold

GOLD_FILE = "places_in_text.jsonl"
POINT_KM = 25.0  # the tolerance for a town or village ("within 25 km")
PUBLISHED = "2024-05-01"
METRICS = ("place_25km_acc", "place_acc", "place_country_acc", "geo_precision_acc", "approximate_acc",
           "with_point", "common_noun_clean")


def load_rows(split: str) -> list[dict[str, Any]]:
    """The gold rows of one split ("dev", "heldout" or "all")."""
    path = gold_dir("resolve") / GOLD_FILE
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if split == "all" or r["split"] == split]


def places_of(texts: list[str]) -> list[Place | None]:
    """The place of each text's first event mention that has one, through the real pipeline."""
    documents = [Document(id=document_id(t), text=t, published_at=PUBLISHED, language="en",
                          status=DocumentStatus.PENDING) for t in texts]
    found = []
    for document in pipeline.process(documents):
        found.append(next((m.place for m in document.events if m.place is not None), None))
    return found


def place_right(expect: dict[str, Any], got: Place | None) -> bool:
    """Whether a place matches the gold expectation (see the module docstring)."""
    if got is None:
        return False
    if expect["lat"] is not None:
        return got.lat is not None and got.lon is not None and \
            distance_km(got.lat, got.lon, expect["lat"], expect["lon"]) <= POINT_KM
    if expect["admin1"] is not None:
        return got.country == expect["country"] and fold(got.admin1 or "") == fold(expect["admin1"])
    return fold(got.name or "") == fold(expect["name"])


def score(split: str = "heldout") -> dict[str, float]:
    """The metrics of the module docstring on one split."""
    rows = load_rows(split)
    got = places_of([r["text"] for r in rows])
    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    for row, place in zip(rows, got, strict=True):
        expect = row["expect"]
        if expect is None:
            total["common_noun_clean"] += 1
            right["common_noun_clean"] += place is None
            continue
        checks = {
            "place_acc": place_right(expect, place),
            "place_country_acc": place is not None and place.country == expect["country"],
            "geo_precision_acc": place is not None and place.geo_precision == expect["geo_precision"],
            "approximate_acc": place is not None and bool(place.approximate) == expect["approximate"],
            "with_point": place is not None and place.lat is not None and place.geo_precision is not None,
        }
        if expect["lat"] is not None:
            checks["place_25km_acc"] = checks["place_acc"]
        for name, ok in checks.items():
            total[name] += 1
            right[name] += ok
    return {name: right[name] / total[name] if total[name] else 0.0 for name in METRICS}


def misses(split: str) -> list[str]:
    """One line per row that is not right, for reading dev errors."""
    rows = load_rows(split)
    lines = []
    for row, place in zip(rows, places_of([r["text"] for r in rows]), strict=True):
        expect = row["expect"]
        ok = place is None if expect is None else place_right(expect, place)
        if not ok:
            got = place and (place.name, place.country, place.admin1, place.geo_precision, place.note)
            lines.append(f"{row['text']}\n    expected {expect and (expect['name'], expect['admin1'])}, got {got}")
    return lines


def main() -> None:
    """Print the scores of every split as a table."""
    splits = ("dev", "heldout", "all")
    table = {split: score(split) for split in splits}
    print(f"{'metric':<20}" + "".join(f"{s:>10}" for s in splits))
    for metric in METRICS:
        print(f"{metric:<20}" + "".join(f"{table[s][metric]:>10.3f}" for s in splits))


if __name__ == "__main__":
    main()
