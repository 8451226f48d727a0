"""Cross-outlet linking of whole fiction articles, through the whole pipeline: B-cubed per batch.

The linking gold set (``benchmarks/gold/linking``) scores the linker on hand-built mentions; this
scores what unseen articles meet: each article of a batch in ``benchmarks/gold/linking_fiction/``
(fiction in news style, written for sitreps) is ingested, processed and linked in a fresh
database, and the row holding its main news (the row with most of the article's reports that
start in its headline or lead, ``link.nodes.tells_lead``; ties to the earliest report's row) is
compared with the batch's key file (``<batch>.json``: article name -> gold event). Batches are
kept apart on purpose: ``batch1`` was written in round 11 after the first fix, ``batch2`` after
the last one, so batch2's figure is the honest measure of how the linker does on articles its
rules were not written from.

    python benchmarks/linking_fiction.py [--batch batch1] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from sitreps import api
from sitreps.link.nodes import tells_lead
from sitreps.models import Document, DocumentStatus
from sitreps.store import open_store

FICTION = Path(__file__).resolve().parent / "gold" / "linking_fiction"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--batch", action="append", help="batch names (default: every batch)")
    parser.add_argument("--verbose", action="store_true", help="each article's row and the rows' types")
    args = parser.parse_args()
    batches = args.batch or sorted(p.stem for p in FICTION.glob("*.json"))
    for batch in batches:
        gold = json.loads((FICTION / f"{batch}.json").read_text(encoding="utf-8"))
        predicted, types = link_batch(FICTION / batch)
        missing = sorted(set(gold) - set(predicted))
        rows = scored_rows(predicted, gold)
        p, r, f = bcubed(rows, gold)
        events = len(set(gold.values()))
        unread = f" ({len(missing)} articles with no event: {', '.join(missing)})" if missing else ""
        print(f"{batch}: {len(gold)} articles, {events} events: B-cubed P {p:.3f} R {r:.3f} F1 {f:.3f}{unread}")
        if args.verbose:
            for name in sorted(gold):
                print(f"  {name:32s} gold {gold[name]:20s} row {rows[name][:14]} {types.get(rows[name], '-')}")


def scored_rows(predicted: dict[str, str], gold: dict[str, str]) -> dict[str, str]:
    """Each gold article's row; an article the extractor found no event in is a row of its own
    (``none:<article>``): linking missed nothing there, but the event's other articles are not
    joined to it either, so it counts against recall, never for precision."""
    return {name: predicted.get(name, f"none:{name}") for name in gold}


def link_batch(folder: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Article name -> the id of the row holding its main news; row id -> the row's type."""
    with tempfile.TemporaryDirectory(prefix="sitreps-linkfiction-") as tmp:
        db = Path(tmp) / "fiction.db"
        api.ingest(sorted(folder.glob("*.txt")), db=db)
        api.process(db=db)
        with open_store(db) as store:
            documents = list(store.iter_documents(DocumentStatus.PROCESSED))
            events = store.query_events(limit=None)
    row_of = {m.mention_id: e.id for e in events for m in e.mentions}
    chosen = {Path(d.source_path or "").stem: main_row(d, row_of) for d in documents}
    return {k: v for k, v in chosen.items() if v is not None}, {e.id: e.type for e in events}


def main_row(document: Document, row_of: dict[str, str]) -> str | None:
    """The row with most of the document's lead reports (all its reports when none is in the lead)."""
    reports = sorted(document.events, key=lambda m: m.sentence.start)
    lead = [m for m in reports if tells_lead(m, document)] or reports
    counted = Counter(row_of[m.id] for m in lead if m.id in row_of)
    if not counted:
        return None
    first = {row_of[m.id]: i for i, m in reversed(list(enumerate(lead))) if m.id in row_of}
    return max(counted, key=lambda row: (counted[row], -first[row]))


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of one clustering of the same items against another."""
    rows: dict[str, set[str]] = defaultdict(set)
    events: dict[str, set[str]] = defaultdict(set)
    for item in gold:
        rows[predicted[item]].add(item)
        events[gold[item]].add(item)
    precision = sum(len(rows[predicted[i]] & events[gold[i]]) / len(rows[predicted[i]]) for i in gold) / len(gold)
    recall = sum(len(rows[predicted[i]] & events[gold[i]]) / len(events[gold[i]]) for i in gold) / len(gold)
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


if __name__ == "__main__":
    main()
