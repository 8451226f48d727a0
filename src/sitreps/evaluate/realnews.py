"""Score what an analyst consumes, the linked event rows, on real news with ACLED-style gold.

The whole pipeline runs as a user runs it (ingest the articles into a fresh
SQLite database, process, link); then each linked event row is matched to the
gold events whose anchor sentences its mentions' triggers fall in (where one
sentence anchors several gold events of one sub-type, a round-up of places, a
mention placed within one of them reports that one only):

- row precision: ACLED-scope rows (a type with an ACLED code) that report a
  gold event, over those that report one or report nothing; rows whose every
  trigger lies in a ``neutral`` sentence count neither way;
- rows per event: ACLED-scope rows per gold event found (ideal 1.0);
- recall: gold events ACLED would code (``acled_codes``) found by some row;
- fields of the best row of each coded event found (the row with most
  mentions in its anchors, then most fields right): sub-event type
  (alternatives accepted), place within tolerance (no coordinates is wrong),
  date at the gold precision, fatalities within [low, high], initiator and
  target terms, modality;
- mapped: the share of ACLED-scope rows with a place whose place has
  coordinates and an ACLED geo_precision (``placed_rows_mapped``), and the
  count of those without (``placed_rows_unmapped``; listed with ``--verbose``);
- linking: B-cubed over (event, article) pairs of events told by several
  articles, each pair in the cluster of the row that reports it there.

With ``--kinds`` it prints, instead, why fields fall short, counted by kind and naming no article
(``sitreps.evaluate.realnews_kinds``): the only error report that may be read on the test split.

    python -m sitreps.evaluate.realnews [--split dev|test|all] [--verbose] [--json] [--kinds]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from sitreps import api
from sitreps.errors import EvaluationError, SitrepsError
from sitreps.evaluate.realnews_gold import GoldSet, load_split
from sitreps.evaluate.realnews_kinds import error_kinds, render_kinds
from sitreps.evaluate.realnews_match import ArticleRows, Row, match_rows
from sitreps.evaluate.realnews_scores import Report, score_rows
from sitreps.models import DocumentStatus
from sitreps.store import open_store


def run_pipeline(gold: GoldSet, workdir: Path) -> tuple[list[Row], dict[str, ArticleRows]]:
    """Ingest, process and link the split's articles in a fresh database; rows matched to gold."""
    db = workdir / "realnews.db"
    api.ingest(list(gold.articles.values()), db=db)
    report = api.process(db=db)
    if report.failures:  # figures over a partial set would look like a regression, not a crash
        first_id, reason = report.failures[0]
        raise EvaluationError(
            f"{report.failed} of the split's articles failed to process (first: {first_id}: {reason})")
    keys = {str(path.resolve()): key for key, path in gold.articles.items()}
    with open_store(db) as store:
        documents = {d.id: d for d in store.iter_documents(DocumentStatus.PROCESSED)}
        events = store.query_events(limit=None)
    by_key = {keys[str(Path(d.source_path).resolve())]: d for d in documents.values()
              if d.source_path and str(Path(d.source_path).resolve()) in keys}
    return match_rows(events, by_key, gold)


def evaluate(split: str = "dev", folder: Path | None = None) -> Report:
    """The whole pipeline on one split of the real-news set, scored."""
    gold = load_split(split, folder)
    with tempfile.TemporaryDirectory(prefix="sitreps-realnews-") as tmp:
        rows, articles = run_pipeline(gold, Path(tmp))
    return score_rows(rows, articles, gold)


def score(split: str = "test") -> dict[str, float]:
    """Headline figures on one split (the floors test reads these)."""
    return evaluate(split).summary()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="dev", choices=["dev", "test", "all"])
    parser.add_argument("--set", type=Path, default=None, help="the real-news folder (default ../shared/realnews-dev)")
    parser.add_argument("--verbose", action="store_true", help="per-article table, worst rows and field errors")
    parser.add_argument("--json", action="store_true", help="print the headline figures as JSON")
    parser.add_argument("--kinds", action="store_true",
                        help="count the errors by kind, naming no article (safe on the test split)")
    args = parser.parse_args()
    try:
        report = evaluate(args.split, args.set)
    except SitrepsError as error:
        raise SystemExit(f"error: {error}") from error
    if args.json:
        print(json.dumps(report.summary(), indent=2))
        return
    if args.kinds:
        print(render_kinds(error_kinds(report)))
        return
    print(report.render(verbose=args.verbose))


if __name__ == "__main__":
    main()
