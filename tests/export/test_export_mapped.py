"""Every placed ACLED-scope event reaches the map with a precision: the GeoJSON and ACLED CSV exports
carry coordinates and ACLED's geo_precision for a named town, a namesake town and a missing village."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from sitreps import api

STORY = (
    "Title: Gunmen kill traders in Nigeria's south\n\n"
    "Gunmen shot dead three traders at a market in Benin on Sunday night, Nigerian police said.\n\n"
    "In a separate attack, gunmen killed five villagers in Ogbakiri-Nwa, a village in Rivers State, "
    "on Monday, Nigerian officials said.\n\n"
    "Soldiers also clashed with bandits near Kaduna on Tuesday, the army said.\n"
)


def test_exports_carry_points_and_geo_precision(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text(STORY, encoding="utf-8")
    db = tmp_path / "events.db"
    api.ingest([article], db=db)
    api.process(db=db)
    api.link(db=db)
    features = json.loads(api.export("geojson", db=db, acled_only=True).text or "{}")["features"]
    by_place = {f["properties"]["place"]: f["properties"]["geo_precision"] for f in features}
    assert by_place.get("Benin City") == 1, by_place
    assert by_place.get("Ogbakiri-Nwa") == 3, by_place  # missing village: Rivers State's point, region code
    assert all(code in (1, 2, 3) for code in by_place.values()), by_place

    rows = list(csv.DictReader(io.StringIO(api.export("acled-csv", db=db, acled_only=True).text or "")))
    assert rows and all(r["latitude"] and r["longitude"] and r["geo_precision"] in ("1", "2", "3") for r in rows), rows
