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

A batch may also have ``<batch>.tellings.json`` (round 16): per article, pairs of words (the first
occurrence of each string in its text) whose reports must end in ONE row ("together": a headline,
its lead, a later paragraph and a quote retelling one incident) or in TWO ("apart": a second strike
that day in the same province). It scores the rows after linking, as real news counts "excess rows
within one article"; a word no report holds fails.

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
TELLINGS = ".tellings.json"
"""A batch's optional key of one article's retellings, beside its ``<batch>.json``: never a batch itself."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--batch", action="append", help="batch names (default: every batch)")
    parser.add_argument("--verbose", action="store_true", help="each article's row and the rows' types")
    args = parser.parse_args()
    batches = args.batch or sorted(p.stem for p in FICTION.glob("*.json") if not p.name.endswith(TELLINGS))
    for batch in batches:
        gold = json.loads((FICTION / f"{batch}.json").read_text(encoding="utf-8"))
        predicted, types, texts, rows_at = link_batch(FICTION / batch)
        missing = sorted(set(gold) - set(predicted))
        rows = scored_rows(predicted, gold)
        p, r, f = bcubed(rows, gold)
        events = len(set(gold.values()))
        unread = f" ({len(missing)} articles with no event: {', '.join(missing)})" if missing else ""
        print(f"{batch}: {len(gold)} articles, {events} events: B-cubed P {p:.3f} R {r:.3f} F1 {f:.3f}{unread}")
        tellings = FICTION / f"{batch}{TELLINGS}"
        if tellings.exists():
            report_tellings(json.loads(tellings.read_text(encoding="utf-8")), texts, rows_at, args.verbose)
        if args.verbose:
            for name in sorted(gold):
                print(f"  {name:32s} gold {gold[name]:20s} row {rows[name][:14]} {types.get(rows[name], '-')}")


def scored_rows(predicted: dict[str, str], gold: dict[str, str]) -> dict[str, str]:
    """Each gold article's row; an article the extractor found no event in is a row of its own
    (``none:<article>``): linking missed nothing there, but the event's other articles are not
    joined to it either, so it counts against recall, never for precision."""
    return {name: predicted.get(name, f"none:{name}") for name in gold}


Spans = list[tuple[int, int, str]]


def link_batch(folder: Path) -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, Spans]]:
    """Article name -> the id of the row holding its main news; row id -> the row's type; article
    name -> its text; article name -> (start, end, row) of each report's trigger and retellings."""
    with tempfile.TemporaryDirectory(prefix="sitreps-linkfiction-") as tmp:
        db = Path(tmp) / "fiction.db"
        api.ingest(sorted(folder.glob("*.txt")), db=db)
        api.process(db=db)
        with open_store(db) as store:
            documents = list(store.iter_documents(DocumentStatus.PROCESSED))
            events = store.query_events(limit=None)
    row_of = {m.mention_id: e.id for e in events for m in e.mentions}
    chosen = {Path(d.source_path or "").stem: main_row(d, row_of) for d in documents}
    texts = {Path(d.source_path or "").stem: d.text for d in documents}
    rows_at = {
        Path(d.source_path or "").stem: [
            (s.start, s.end, row_of[m.id]) for m in d.events if m.id in row_of for s in (m.trigger, *m.retellings)
        ]
        for d in documents
    }
    return {k: v for k, v in chosen.items() if v is not None}, {e.id: e.type for e in events}, texts, rows_at


Key = dict[str, dict[str, list[list[str]]]]


def report_tellings(key: Key, texts: dict[str, str], rows_at: dict[str, Spans], verbose: bool) -> None:
    """Print how many word pairs end in one row (together) and in two (apart), and with ``verbose`` each miss."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses = []
    for name, pairs in sorted(key.items()):
        for verdict, words in ((v, w) for v in ("together", "apart") for w in pairs.get(v, [])):
            rows = [row_holding(word, texts.get(name, ""), rows_at.get(name, [])) for word in words]
            ok = None not in rows and (rows[0] == rows[1]) == (verdict == "together")
            total[verdict] += 1
            right[verdict] += ok
            if not ok:
                misses.append(f"  {verdict} miss: {name}: {words} rows {[r[:14] if r else None for r in rows]}")
    print(f"  tellings: together {right['together']}/{total['together']}, apart {right['apart']}/{total['apart']}")
    if verbose:
        print("\n".join(misses))


def row_holding(word: str, text: str, spans: Spans) -> str | None:
    """The row of the report whose trigger or a retelling overlaps the word's first occurrence."""
    start = text.find(word)
    if start < 0:
        raise ValueError(f"{word!r} is not in the article")
    return next((row for s, e, row in spans if s < start + len(word) and start < e), None)


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
