"""A village its lead names keeps its name over the headline's bare province (issue 15).

"Jihadists seize village in Niger's Tillaberi region" and a lead naming the village the gazetteer lacks
are one incident; the merged row names the village, put at the province's point and flagged
approximate (``resolve.missing_places``), not the bare province the headline gives
(``merged_fields._place_rank``). A village told alone keeps its name too. Every article here was
written for sitreps; the village names are made up, so no gazetteer holds them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitreps import api

ARTICLES = [
    ("Russia says it captured village in Zaporizhzhia region",
     "Russia's defence ministry said on Monday its troops had captured the village of Velykozirka in Ukraine's"
     " Zaporizhzhia region.", "Velykozirka"),
    ("Jihadists seize village in Mali's Mopti region",
     "JNIM fighters seized the village of Tinkorossou in the Mopti region on Thursday, local officials said.",
     "Tinkorossou"),
    ("Militants attack army post in Burkina Faso's Sahel region",
     "Militants attacked an army post in the village of Gorgadji-Nord in the Sahel region, killing seven"
     " soldiers, the army said.", "Gorgadji-Nord"),
    ("Jihadists seize village in Niger's Tillaberi region",
     "Islamic State fighters seized the village of Banibangou-Est in the Tillaberi region on Wednesday, a local"
     " official said.", "Banibangou-Est"),
    ("Militants attack army post in Cameroon's Far North region",
     "Boko Haram militants attacked an army post in the village of Kolofata-Sud in the Far North region, killing"
     " four soldiers, the army said.", "Kolofata-Sud"),
    ("Bandits kill 14 in Nigeria's Zamfara State",
     "Bandits killed 14 villagers in the village of Kadunawa-Gari in Zamfara State on Sunday, police said.",
     "Kadunawa-Gari"),
]


@pytest.mark.parametrize(("title", "lead", "village"), ARTICLES)
def test_the_lead_village_names_the_incident(tmp_path: Path, title: str, lead: str, village: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(f"Title: {title}\nPublished: 2025-05-07\n\n{lead}\n", encoding="utf-8")
    [document] = api.extract([path]).documents
    placed = [m.place for m in document.events if m.place is not None]
    assert placed, [m.type for m in document.events]
    assert (placed[0].name, placed[0].approximate) == (village, True)
    assert placed[0].lat is not None and placed[0].note is not None and "placed at the centre" in placed[0].note
