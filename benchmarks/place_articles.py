"""Score where whole fiction articles place their linked rows (benchmarks/gold/resolve/articles_r16.jsonl).

Each line is one article (`title`, `published`, `text`, `batch`) with `checks`: the sentence an
event is told in (`at`, a piece of its text), its type, and the place its row must have: `town` (a
piece of the place's name, text or note) and `country`, or `stays` (a country the row keeps at a
region or country: a round-up, a village the gazetteer lacks, another incident). The articles run
as a user runs them (ingest, process, link into a fresh database), so the row's place is the one
consensus keeps, as the real-news scorer reads it.

Run: python benchmarks/place_articles.py [--verbose] [--items FILE]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path
from typing import Any

from sitreps import api
from sitreps.models import Document, DocumentStatus, Event, PlacePrecision
from sitreps.store import open_store

ITEMS = Path(__file__).parent / "gold" / "resolve" / "articles_r16.jsonl"
COARSE = (PlacePrecision.REGION, PlacePrecision.COUNTRY)


def _sentence_of(text: str, piece: str) -> tuple[int, int]:
    """The rough extent of the sentence holding ``piece``: from the full stop or line break before it
    to the one after it (the fiction's sentences end with ". " or a line break)."""
    at = text.index(piece)
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [e for e in (text.find(". ", at + len(piece)), text.find("\n", at + len(piece))) if e >= 0]
    return start, min(ends, default=len(text))


def _rows_at(check: dict[str, str], document: Document, events: list[Event]) -> list[Event]:
    """The rows holding a mention of this document told (or retold) in the sentence the check names,
    its type first."""
    start, end = _sentence_of(document.text, check["at"])
    told = {m.id for m in document.events for span in (m.trigger, *m.retellings)
            if start <= span.start and span.end <= end}
    rows = [e for e in events if any(r.document_id == document.id and r.mention_id in told for r in e.mentions)]
    return sorted(rows, key=lambda e: e.type != check.get("type"))


def judge(check: dict[str, str], document: Document, events: list[Event]) -> tuple[bool, str]:
    """Whether the check's row is placed where its gold says, and what it got."""
    rows = _rows_at(check, document, events)
    place = rows[0].place if rows else None
    got = ("no row" if not rows else "no place" if place is None
           else f"{place.name}, {place.country} ({place.precision.value}) [{rows[0].type}]")
    if place is None or place.country != check.get("country", check.get("stays")):
        return False, got
    if "town" in check:  # a town or district: a region of the town's name is coarser than gold
        written = (place.name or "") + (place.text or "") + (place.note or "")
        return place.precision not in COARSE and check["town"] in written, got
    return place.precision in COARSE, got


def run(articles: list[dict[str, Any]]) -> tuple[dict[str, Document], list[Event]]:
    """Ingest and process the articles in a fresh database; their documents by article id, and the rows."""
    with tempfile.TemporaryDirectory(prefix="sitreps-places-") as tmp:
        paths = {}
        for article in articles:
            path = Path(tmp) / f"{article['id']}.txt"
            path.write_text(f"Title: {article['title']}\nPublished: {article['published']}\n\n{article['text']}\n",
                            encoding="utf-8")
            paths[str(path.resolve())] = article["id"]
        db = Path(tmp) / "places.db"
        api.ingest(list(map(Path, paths)), db=db)
        api.process(db=db)
        with open_store(db) as store:
            documents = {paths[str(Path(d.source_path).resolve())]: d
                         for d in store.iter_documents(DocumentStatus.PROCESSED) if d.source_path}
            return documents, store.query_events(limit=None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true", help="print each check's answer")
    parser.add_argument("--items", type=Path, default=ITEMS, help="a file of the same layout")
    args = parser.parse_args()
    articles = [json.loads(line) for line in args.items.read_text(encoding="utf-8").splitlines() if line.strip()]
    documents, events = run(articles)
    for batch in dict.fromkeys(a["batch"] for a in articles):
        scored = [(a["id"], c, judge(c, documents[a["id"]], events))
                  for a in articles if a["batch"] == batch for c in a["checks"]]
        print(f"{batch}: {sum(ok for _, _, (ok, _) in scored)}/{len(scored)}")
        if args.verbose:
            for ident, check, (ok, got) in scored:
                want = check.get("town") or f"stays {check['stays']}"
                print(f"  {'ok ' if ok else 'BAD'} {ident} [{check['at'][:40]}] {want}: {got}")


if __name__ == "__main__":
    main()
