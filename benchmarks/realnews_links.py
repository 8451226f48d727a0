"""Why each multi-article gold event of the real-news dev split is still split across rows.

Runs the whole pipeline on the dev split (as ``python -m sitreps.evaluate.realnews``
does), takes, per article, the row the cross-outlet B-cubed reads for each gold event
(the row with most of its reports there), and for every two articles whose rows differ
prints the strongest pair of their reports of the event with each side's linking
features and the gate or score terms (``sitreps.link.explain``); when that pair links,
also the weakest pair across the two rows, which kept them apart (``CANNOT_LINK``). With ``--merges``
it prints the other side of B-cubed instead: each row that the scorer reads for two or more
gold events, one of them told by several articles, with every linking pair of its reports (from two articles, or one)
that tell different gold events, the over-merges that cost precision. With ``--pairs`` it prints
the pair table behind both: every pair of reports matched to gold, counted by one article or two,
one gold event or two, and the verdict (links, scores below the threshold, or the gate's name),
then each pair of two articles' reports of one event scoring below the threshold without a gate
and each pair of two events that links (the pairs a change of weights or gates would move). With
``--within`` it prints, for each coded gold event one article tells in two or more ACLED-scope rows
(the real-news kinds' "excess rows within one article"), the strongest pair of that article's reports
across each two of those rows and its gate or terms. Dev split only: the test split is for
headline figures, never for reading its rows.

    python benchmarks/realnews_links.py [--set ../shared/realnews-dev] [--merges | --pairs | --within]
"""

from __future__ import annotations

import argparse
import itertools
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from sitreps.evaluate.realnews import run_pipeline
from sitreps.evaluate.realnews_gold import GoldSet, load_split
from sitreps.evaluate.realnews_match import Row
from sitreps.link.clustering import CANNOT_LINK
from sitreps.link.embedding import default_embedder
from sitreps.link.explain import explain_pair, nodes_of
from sitreps.link.nodes import LinkNode
from sitreps.link.scoring import LINK_THRESHOLD, pair_score, score_pair


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", type=Path, default=None, help="the real-news folder (default ../shared/realnews-dev)")
    parser.add_argument("--merges", action="store_true", help="explain rows holding two gold events instead")
    parser.add_argument("--pairs", action="store_true", help="count every pair of gold-matched reports by verdict")
    parser.add_argument("--within", action="store_true", help="explain one article's rows of one gold event")
    args = parser.parse_args()
    gold = load_split("dev", args.set)
    with tempfile.TemporaryDirectory(prefix="sitreps-links-") as tmp:
        rows, articles = run_pipeline(gold, Path(tmp))
    documents = [info.document for info in articles.values() if info.document is not None]
    nodes = nodes_of(documents, default_embedder())
    if args.merges:
        _explain_merges(gold, rows, nodes)
    elif args.pairs:
        _pair_table(rows, nodes)
    elif args.within:
        _explain_within(gold, rows, nodes)
    else:
        _explain_splits(gold, rows, nodes)


def _explain_splits(gold: GoldSet, rows: list[Row], nodes: dict[str, LinkNode]) -> None:
    split = 0
    for event in gold.events:
        told = [a for a in event.articles if a in gold.articles]
        best = {a: max((r for r in rows if r.hits(event.id, a)), key=lambda r: (r.hits(event.id, a), r.event.id),
                       default=None)  # the scorer's choice: most reports there, ties to the highest row id
                for a in told}
        if len(told) < 2 or len({r.event.id if r else None for r in best.values()}) == 1:
            continue
        split += 1
        rows_of_event = len({id(r) for r in best.values()})
        print(f"{event.id} {event.sub_event_type}: {rows_of_event} rows over {len(told)} articles")
        for left, right in itertools.combinations(told, 2):
            row_a, row_b = best[left], best[right]
            if row_a is None or row_b is None or row_a.event.id == row_b.event.id:
                continue
            a, b = max(((x, y) for x in _reports(row_a, event.id, left) for y in _reports(row_b, event.id, right)),
                       key=lambda pair: pair_score(nodes[pair[0]], nodes[pair[1]]))
            print(f" {left} / {right}\n{explain_pair(nodes[a], nodes[b])}")
            if pair_score(nodes[a], nodes[b]) >= LINK_THRESHOLD:  # linked, so a pair across the rows blocked it
                x, y = min(((x, y) for x in _reports(row_a, None, None) for y in _reports(row_b, None, None)),
                           key=lambda pair: pair_score(nodes[pair[0]], nodes[pair[1]]))
                print(f" blocked (below CANNOT_LINK {CANNOT_LINK}) by\n{explain_pair(nodes[x], nodes[y])}")
    print(f"{split} multi-article gold events split")


def _explain_merges(gold: GoldSet, rows: list[Row], nodes: dict[str, LinkNode]) -> None:
    """Rows read for two or more gold events, one told by several articles (the scorer counts every
    event's reports in a row's size, but scores only those of multi-article events), and their
    linking pairs across events."""
    read_for: dict[str, set[str]] = defaultdict(set)
    multi = {e.id for e in gold.events if sum(a in gold.articles for a in e.articles) > 1}
    for event in gold.events:
        for article in (a for a in event.articles if a in gold.articles):
            holders = [r for r in rows if r.hits(event.id, article)]
            if holders:  # the scorer's choice: most reports there, ties to the highest row id
                read_for[max(holders, key=lambda r: (r.hits(event.id, article), r.event.id)).event.id].add(event.id)
    merged = 0
    for row in rows:
        events = read_for.get(row.event.id, set())
        if len(events) < 2 or not events & multi:
            continue
        merged += 1
        print(f"{row.event.id} [{row.event.type}] read for {', '.join(sorted(events))}")
        for x, y in itertools.combinations([m for m in row.mentions if m.gold_ids and m.mention.id in nodes], 2):
            if x.gold_ids & y.gold_ids or pair_score(nodes[x.mention.id], nodes[y.mention.id]) < LINK_THRESHOLD:
                continue
            print(f" {x.article} {sorted(x.gold_ids)} / {y.article} {sorted(y.gold_ids)}")
            print(explain_pair(nodes[x.mention.id], nodes[y.mention.id]))
    print(f"{merged} rows read for two or more gold events, one of them multi-article")


def _pair_table(rows: list[Row], nodes: dict[str, LinkNode]) -> None:
    """Every pair of reports matched to gold, counted by verdict; then the two kinds of pair that
    cost B-cubed across articles: one event's reports below the threshold with no gate (recall),
    two events' reports that link (precision)."""
    reports = [(m.article, m.gold_ids, m.mention.id) for r in rows for m in r.mentions
               if m.gold_ids and m.mention.id in nodes]
    counts: Counter[tuple[str, str, str]] = Counter()
    missed, merged = [], []
    for (art_a, gold_a, a), (art_b, gold_b, b) in itertools.combinations(reports, 2):
        scored = score_pair(nodes[a], nodes[b])
        linked = scored.score >= LINK_THRESHOLD
        verdict = _gate_kind(scored.gate) if scored.gate else ("links" if linked else "below")
        same = bool(gold_a & gold_b)
        where = "one article" if art_a == art_b else "two articles"
        counts[(where, "one event" if same else "two events", verdict)] += 1
        if art_a != art_b and same and verdict == "below":
            missed.append((scored.score, art_a, art_b, a, b))
        elif art_a != art_b and not same and linked:
            merged.append((scored.score, art_a, art_b, a, b))
    for (articles, events, verdict), n in sorted(counts.items()):
        print(f"{n:6d}  {articles:12s}  {events:10s}  {verdict}")
    for title, pairs in (("one event, two articles, below the threshold", missed),
                         ("two events, two articles, linked", merged)):
        print(f"\n{title}: {len(pairs)}")
        for _, art_a, art_b, a, b in sorted(pairs, reverse=True):
            print(f" {art_a} / {art_b}\n{explain_pair(nodes[a], nodes[b])}")


def _explain_within(gold: GoldSet, rows: list[Row], nodes: dict[str, LinkNode]) -> None:
    """Each coded gold event an article tells in several ACLED-scope rows, with the strongest pair of
    the article's reports across each two of them: the retellings linking left apart within one article."""
    kept = 0
    for event in (e for e in gold.events if e.acled_codes):
        for article in (a for a in event.articles if a in gold.articles):
            holders = [r for r in rows if r.acled_scope and r.hits(event.id, article)]
            if len(holders) < 2:
                continue
            kept += len(holders) - 1
            print(f"{event.id} {article}: {len(holders)} rows {[r.event.type for r in holders]}")
            for row_a, row_b in itertools.combinations(holders, 2):
                pairs = [(x, y) for x in _reports(row_a, None, article) for y in _reports(row_b, None, article)
                         if x in nodes and y in nodes]
                if pairs:
                    a, b = max(pairs, key=lambda pair: pair_score(nodes[pair[0]], nodes[pair[1]]))
                    print(explain_pair(nodes[a], nodes[b]))
    print(f"{kept} rows beyond the first of one event within one article")


def _gate_kind(gate: str) -> str:
    """A gate's name without the countries it names ("articles placed in Mali and Sudan")."""
    return "articles placed in two countries" if gate.startswith("articles placed in") else gate


def _reports(row: Row, gold_id: str | None, article: str | None) -> list[str]:
    """The row's reports from one article (every article's when ``article`` is None): of one gold
    event, or all of them (``gold_id`` None). The veto that kept two rows apart can be any pair
    across them, from any of their articles."""
    return [
        m.mention.id
        for m in row.mentions
        if article in (None, m.article) and gold_id in (None, *m.gold_ids)
    ]


if __name__ == "__main__":
    main()
