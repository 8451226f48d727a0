"""A village the gazetteer lacks, placed at its region's or country's centre, is known only at that
level (link/contributions._only_broadly): another outlet's report of the event naming a town inside it
gives the row its place, instead of tying with it and losing to the earlier report. One placed at a
district keeps its name against a town of another district. Fiction written for these tests, the
full set in benchmarks/gold/resolve/articles_r22.jsonl (batch r22-broad).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitreps import api
from sitreps.models import Event
from sitreps.store import open_store

# (earlier report, later report, the town the row must take)
PAIRS = [
    ("Dozens killed in attack on central Mali village\n\nGunmen killed 31 people in an attack on Ogossagou, in "
     "central Mali, on Wednesday, a local mayor said.",
     "Mali: 31 killed near Bankass\n\nLive updates\n\n11:20 Malian authorities say 31 people were killed on "
     "Wednesday when gunmen attacked a village near Bankass.", "Bankass"),
    ("Jihadists kill 20 in Burkina village\n\nSuspected jihadists killed 20 people in Zaongo, a village in "
     "Burkina Faso's Centre-Nord region, on Saturday, security sources said.",
     "Twenty killed in attack near Kaya\n\nTwenty people were killed on Saturday when armed men attacked a "
     "village near Kaya, a regional official said.", "Kaya"),
]


def _rows(tmp_path: Path, texts: list[tuple[str, str]]) -> list[Event]:
    paths = []
    for i, (published, text) in enumerate(texts):
        title, _, body = text.partition("\n\n")
        path = tmp_path / f"story{i}.txt"
        path.write_text(f"Title: {title}\nPublished: {published}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    db = tmp_path / "rows.db"
    api.ingest(paths, db=db)
    api.process(db=db)
    with open_store(db) as store:
        return store.query_events(limit=None)


@pytest.mark.parametrize(("earlier", "later", "town"), PAIRS)
def test_a_town_inside_the_broad_place_places_the_row(tmp_path: Path, earlier: str, later: str,
                                                       town: str) -> None:
    rows = _rows(tmp_path, [("2024-02-15", earlier), ("2024-02-16", later)])
    placed = [e.place for e in rows if e.place is not None and len(e.mentions) == 2]
    assert placed and placed[0].name == town


def test_a_village_placed_at_a_district_keeps_its_place(tmp_path: Path) -> None:
    # round 17's fiction: a village of Kani Township, and the junta's version naming an ambush near
    # Monywa, a town of another district of the same region; the township stays the row's place
    gold = Path(__file__).parents[2] / "benchmarks" / "gold" / "resolve" / "articles_r17.jsonl"
    story = next(json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()
                 if json.loads(line)["id"] == "mm-township")
    rows = _rows(tmp_path, [(story["published"], f"{story['title']}\n\n{story['text']}")])
    places = [e.place.name for e in rows if e.place is not None]
    assert "Kani Township" in places and "Monywa" not in places
