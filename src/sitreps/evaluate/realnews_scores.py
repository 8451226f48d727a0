"""The real-news figures from matched rows: precision, rows per event, recall, fields, linking.

See ``sitreps.evaluate.realnews`` for what each figure means. ``Report.render``
prints them; with ``verbose`` it adds the per-article table, the rows that
report no gold event (with their evidence), the coded events no row found and
the field errors of each found event, for error analysis.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sitreps.evaluate.realnews_fields import FIELDS, field_checks, field_of, modality_of, stated_fatalities
from sitreps.evaluate.realnews_gold import GoldEvent, GoldSet
from sitreps.evaluate.realnews_match import ArticleRows, Row
from sitreps.models import Event
from sitreps.resolve.places import acled_geo_precision

EVIDENCE_CHARS = 160
"""How much of a sentence the verbose report shows for each row."""


@dataclass
class Report:
    """Every figure of one run, and what the verbose report lists."""

    rows: list[Row]
    articles: dict[str, ArticleRows]
    gold: GoldSet
    best: dict[str, Row] = field(default_factory=dict)
    checks: dict[str, dict[str, bool | None]] = field(default_factory=dict)
    linking: tuple[float, float, float] = (0.0, 0.0, 0.0)

    @property
    def scoped(self) -> list[Row]:
        return [r for r in self.rows if r.acled_scope]

    @property
    def placed(self) -> list[Row]:
        """ACLED-scope rows that name a place: each should sit on the map (issue 15)."""
        return [r for r in self.scoped if r.event.place is not None]

    @property
    def unmapped(self) -> list[Row]:
        """Placed rows an ACLED export could not map: no point or no geo_precision."""
        return [r for r in self.placed if not _mapped(r.event)]

    @property
    def coded(self) -> list[GoldEvent]:
        return [e for e in self.gold.events if e.acled_codes]

    def summary(self) -> dict[str, float]:
        """The headline figures (all in 0..1 except rows per event and the counts)."""
        scoped = self.scoped
        hits = [r for r in scoped if r.gold_ids]
        judged = [r for r in scoped if r.gold_ids or not r.neutral]
        found = [e for e in self.coded if e.id in self.best]
        rows_for = [sum(1 for r in scoped if e.id in r.gold_ids) for e in found]
        figures = {
            "row_precision": len(hits) / len(judged) if judged else 0.0,
            "rows_per_event": sum(rows_for) / len(rows_for) if rows_for else 0.0,
            "recall": len(found) / len(self.coded) if self.coded else 0.0,
        }
        for name in FIELDS:
            scored = [c[name] for c in self.checks.values() if c[name] is not None]
            figures[name] = sum(bool(v) for v in scored) / len(scored) if scored else 0.0
        figures["linking_bcubed_precision"], figures["linking_bcubed_recall"], figures["linking_bcubed_f1"] = \
            self.linking
        figures.update({"rows": float(len(scoped)), "rows_reporting_gold": float(len(hits)),
                        "rows_neutral": float(len(scoped) - len(judged)), "events_coded": float(len(self.coded)),
                        "events_found": float(len(found))})
        placed = self.placed
        figures["placed_rows_mapped"] = 1.0 - len(self.unmapped) / len(placed) if placed else 0.0
        figures["placed_rows_unmapped"] = float(len(self.unmapped))
        return figures

    def render(self, *, verbose: bool = False) -> str:
        lines = ["| figure | value |", "|---|---|"]
        lines += [f"| {k} | {v:.3f} |" if v <= 1.0 or k == "rows_per_event" else f"| {k} | {v:.0f} |"
                  for k, v in self.summary().items()]
        if verbose:
            lines += ["", *self._article_table(), "", *self._false_rows(), "", *self._missed(), "",
                      *self._field_errors(), "", *self._excess(), "", *self._unmapped_rows()]
        return "\n".join(lines)

    def _article_table(self) -> list[str]:
        lines = ["| article | rows | gold rows | neutral | other | coded events | found |",
                 "|---|---|---|---|---|---|---|"]
        for key, info in sorted(self.articles.items()):
            rows = [r for r in self.scoped if any(m.article == key for m in r.mentions)]
            events = [e for e in self.coded if key in e.articles]
            gold_rows = sum(1 for r in rows if r.gold_ids)
            neutral = sum(1 for r in rows if r.neutral)
            found = sum(1 for e in events if any(r.hits(e.id, key) for r in rows))
            note = "" if info.document else " (not processed)"
            lines.append(f"| {key}{note} | {len(rows)} | {gold_rows} | {neutral} | {len(rows) - gold_rows - neutral} "
                         f"| {len(events)} | {found} |")
            lines += [f"|   missing anchor: {a[:60]!r} | | | | | | |" for a in info.missing_anchors]
        return lines

    def _false_rows(self) -> list[str]:
        lines = ["Rows that report no gold event (not neutral):"]
        for row in self.scoped:
            if row.gold_ids or row.neutral:
                continue
            lines.append(f"- {_telling(row, with_modality=True)}")
        return lines

    def _missed(self) -> list[str]:
        lines = ["Coded events no ACLED-scope row reports:"]
        lines += [f"- {e.id} ({e.sub_event_type}) {', '.join(e.articles)}: {e.description[:EVIDENCE_CHARS]}"
                  for e in self.coded if e.id not in self.best]
        return lines

    def _field_errors(self) -> list[str]:
        lines = ["Field errors on the best row of each event found:"]
        by_id = {e.id: e for e in self.coded}
        for gold_id, checks in sorted(self.checks.items()):
            wrong = [name for name, ok in checks.items() if ok is False]
            if not wrong:
                continue
            event, gold = self.best[gold_id].event, by_id[gold_id]
            said = {
                "sub_event_type": (event.acled.sub_event_type if event.acled else None, gold.sub_event_type),
                "place": (event.place.name if event.place else None, gold.place.name if gold.place else None),
                "date": (event.time.start if event.time else None, gold.event_date),
                "fatalities": (stated_fatalities(event), gold.fatalities),
                "initiator": (_label(event, "initiator"), gold.initiator_terms),
                "target": (_label(event, "target"), gold.target_terms),
                "modality": (modality_of(event), gold.modality),
            }
            lines.append(f"- {gold_id}: " + "; ".join(f"{n} {said[n][0]!r} vs gold {said[n][1]!r}" for n in wrong))
        return lines

    def _excess(self) -> list[str]:
        """Rows beyond the best one of each found event: what keeps rows per event above 1."""
        lines = ["Rows beyond the best of each found event (retellings left apart):"]
        for gold in self.coded:
            main = self.best.get(gold.id)
            if main is None:
                continue
            for row in self.scoped:
                if row is main or gold.id not in row.gold_ids:
                    continue
                lines.append(f"- {gold.id} best [{main.event.type}] {_telling(row)}")
        return lines

    def _unmapped_rows(self) -> list[str]:
        lines = ["Rows with a place but no point or geo_precision:"]
        for row in self.unmapped:
            place, first = row.event.place, row.mentions[0]
            if place is None:  # unmapped rows are placed rows; the check keeps mypy told
                continue
            lines.append(f"- {first.article} [{row.event.type}] place {place.text!r} "
                         f"(name {place.name!r}, country {place.country!r}, note {place.note!r})")
        return lines


def _telling(row: Row, *, with_modality: bool = False) -> str:
    """A row as the verbose report shows it: its first mention's article, type, trigger and sentence."""
    first = row.mentions[0]
    sentence = " ".join(first.mention.sentence.text.split())[:EVIDENCE_CHARS]
    kind = f"{row.event.type}, {first.mention.modality.value}" if with_modality else row.event.type
    return f"{first.article} [{kind}] trigger {first.mention.trigger.text!r}: {sentence}"


def _mapped(event: Event) -> bool:
    """Whether the row's place has coordinates and an ACLED geo_precision, as the exports write them."""
    place = event.place
    return place is not None and place.lat is not None and place.lon is not None \
        and acled_geo_precision(place) is not None


def _label(event: Event, role: str) -> str | None:
    consensus = field_of(event, f"actor:{role}")
    return consensus.label if consensus else None


def _best_row(rows: list[Row], gold: GoldEvent) -> Row | None:
    """The row an analyst would read for this event: most reports of it, then most fields right."""
    reporting = [r for r in rows if gold.id in r.gold_ids]
    if not reporting:
        return None
    return max(reporting, key=lambda r: (r.hits(gold.id), sum(bool(v) for v in field_checks(r.event, gold).values())))


def _bcubed(rows: list[Row], gold: GoldSet) -> tuple[float, float, float]:
    """B-cubed over (event, article) pairs of multi-article events, clusters counted over all pairs.

    An article's reports of an event belong to the row holding most of them; on a tie, to the row
    with the highest id (a hash of its anchor mention: arbitrary, as a tie is, but stable), so the
    figure never depends on the order the store returns rows in (it used to, and moved with
    unrelated changes that reordered rows by date). Preferring the tied row that holds most of the
    event in other articles would read 0.04 to 0.06 higher on the real-news splits: it would credit
    linking for a report an article also tells in a row of its own."""
    cluster: dict[tuple[str, str], str] = {}
    for event in gold.events:
        for article in event.articles:
            if article not in gold.articles:
                continue
            holders = [r for r in rows if r.hits(event.id, article)]
            best = max(holders, key=lambda r: (r.hits(event.id, article), r.event.id), default=None)
            cluster[(event.id, article)] = best.event.id if best else f"none:{event.id}:{article}"
    members: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for element, label in cluster.items():
        members[label].append(element)
    articles_of = {event.id: [a for a in event.articles if a in gold.articles] for event in gold.events}
    scored = [e for e in cluster if len(articles_of[e[0]]) > 1]
    if not scored:
        return 0.0, 0.0, 0.0
    precision = recall = 0.0
    for element in scored:
        same_row = members[cluster[element]]
        same_event = [e for e in cluster if e[0] == element[0]]
        shared = sum(1 for e in same_row if e[0] == element[0])
        precision += shared / len(same_row)
        recall += shared / len(same_event)
    p, r = precision / len(scored), recall / len(scored)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_rows(rows: list[Row], articles: dict[str, ArticleRows], gold: GoldSet) -> Report:
    """Every figure from the matched rows."""
    report = Report(rows, articles, gold)
    for event in report.coded:
        best = _best_row(report.scoped, event)
        if best is not None:
            report.best[event.id] = best
            report.checks[event.id] = field_checks(best.event, event)
    report.linking = _bcubed(rows, gold)
    return report
