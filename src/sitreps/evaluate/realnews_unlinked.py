"""Why other outlets' reports of one event stayed rows of their own, counted by kind (issue #16).

``--kinds`` counts the excess rows of a gold event told by other outlets than the row kept for it
("other outlets' reports left unlinked"). This module says why the linker kept each apart: the gate that
ruled the closest pair of reports out (``link.scoring``: types of no common group, time windows that do
not meet, two countries, days far apart, a claim naming no actor of the report), or, when the pair was
scored, which of the agreements a link rests on were missing (actors, place, tolls, time) or counted
against it (places, days or tolls far apart); or that the pair scores above the threshold and the
clustering kept the two apart all the same. Like the other kinds it names no article, sentence or event.
"""

from __future__ import annotations

from collections import Counter

from sitreps.evaluate.realnews_match import Row
from sitreps.evaluate.realnews_scores import Report
from sitreps.link.embedding import CachedEmbedder, default_embedder
from sitreps.link.explain import nodes_of
from sitreps.link.nodes import LinkNode
from sitreps.link.scoring import LINK_THRESHOLD, TIMES_APART, TYPES_APART, PairScore, score_pair

Kinds = Counter[tuple[str, str]]
FIELD = "unlinked other outlets, kept apart by"
AGREEMENTS = ("actors", "place", "counts", "time")
"""The score's terms of agreement whose absence a kind names (text and story similarity always count some)."""
PENALTIES = ("far toll", "places apart", "days apart")


def unlinked_kinds(report: Report) -> Kinds:
    """For each found event's rows that share no article with its kept row, why the closest pair of the two
    rows' reports did not link."""
    pairs = _apart_pairs(report)
    if not pairs:
        return Counter()
    documents = {key: rows.document for key, rows in report.articles.items() if rows.document is not None}
    wanted = {key for mine, theirs in pairs for key, _ in (*mine, *theirs)}
    nodes = nodes_of([documents[key] for key in sorted(wanted) if key in documents],
                     CachedEmbedder(default_embedder()))
    kinds: Kinds = Counter()
    for mine, theirs in pairs:
        scored = [(score_pair(nodes[a], nodes[b]), nodes[a], nodes[b])
                  for _, a in mine for _, b in theirs if a in nodes and b in nodes]
        if scored:
            best, a, b = max(scored, key=lambda found: found[0].score)
            kinds[(FIELD, f"{_verdict(best)}{_what_differs(best, a, b)}")] += 1
    return kinds


def _what_differs(scored: PairScore, a: LinkNode, b: LinkNode) -> str:
    """For the gates of types and of time, the two reports' types or how precisely each is dated: names no
    article, and says whether a type or a coarse date (a year lent from background) is at fault."""
    if scored.gate == TYPES_APART:
        return f" ({' / '.join(sorted((a.type, b.type)))})"
    if scored.gate == TIMES_APART:
        return f" ({' / '.join(sorted((_precision(a), _precision(b))))} dated)"
    return ""


def _precision(node: LinkNode) -> str:
    """How precisely a report is dated: by the span of its stated window, else not stated."""
    if node.stated is None:
        return "not stated, reported"
    days = (node.stated[1] - node.stated[0]).days
    return "day" if days <= 1 else "week" if days <= 7 else "month" if days <= 31 else "year or more"


Reports = list[tuple[str, str]]
"""(article key, mention id) of a row's reports of one gold event."""


def _apart_pairs(report: Report) -> list[tuple[Reports, Reports]]:
    """(the excess row's reports, the kept row's reports) of each excess row that shares no article with the
    row kept for its gold event."""
    pairs: list[tuple[Reports, Reports]] = []
    for gold in report.coded:
        main = report.best.get(gold.id)
        if main is None:
            continue
        kept = _reports(main, gold.id)
        kept_articles = {article for article, _ in kept}
        for row in report.scoped:
            if row is main or gold.id not in row.gold_ids:
                continue
            mine = _reports(row, gold.id)
            if not {article for article, _ in mine} & kept_articles:
                pairs.append((mine, kept))
    return pairs


def _reports(row: Row, gold_id: str) -> Reports:
    return [(m.article, m.mention.id) for m in row.mentions if gold_id in m.gold_ids]


def _verdict(scored: PairScore) -> str:
    """The gate, or what the score missed and what counted against it."""
    if scored.gate is not None:
        return f"gate: {scored.gate}"
    if scored.score >= LINK_THRESHOLD:
        return "scores above the threshold (the clustering kept them apart)"
    terms = dict(scored.terms)
    missing = [name for name in AGREEMENTS if not terms.get(name)]
    against = [name for name in PENALTIES if terms.get(name)]
    said = [f"no {', '.join(missing)}" if missing else "", f"{', '.join(against)}" if against else ""]
    return f"scores below the threshold: {'; '.join(s for s in said if s) or 'weak text and story'}"

