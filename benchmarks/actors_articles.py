"""How often the extractor names the right initiator of each incident of a whole article.

``benchmarks/actors_fiction.py`` scores one or two sentences per item, and fifteen rounds of rules
fitted to such items moved the real-news test figure little: real articles tell several incidents,
quote the victims' side, retell older ones and name groups in background, and the wrong doers come
from there. This script scores whole articles written for sitreps (wire copy, local reports,
round-ups, live blogs, features, statements; ``benchmarks/gold/actors/articles/*.jsonl``): each
article lists its incidents, each with its event family, ``at`` (a phrase of the article inside the
sentence that tells it, whose trigger the row must have) and the initiator and target terms, scored
as ``evaluate.realnews_fields.actor_right`` scores a real-news row (``[]``: the text names nobody;
null: not scored). The row scored is the one told in the phrase, of the incident's family if one is,
else of any (its type is the sub-type helpers' to score, and how many agree is printed); an incident
whose phrase tells no row is counted missing, apart.

    nice python benchmarks/actors_articles.py --gold benchmarks/gold/actors/articles/articles_r16a.jsonl [--errors]
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sitreps import api
from sitreps.evaluate.fiction_options import fiction_options
from sitreps.evaluate.realnews_fields import actor_right, field_of
from sitreps.link.families import family_of
from sitreps.models import Document, DocumentStatus, Event, Role
from sitreps.store import open_store

GOLD = Path(__file__).resolve().parent / "gold" / "actors" / "articles" / "articles_r16a.jsonl"
ROLES = (Role.INITIATOR, Role.TARGET)


@dataclass(frozen=True)
class Incident:
    """One incident an article tells: where it is told and the actors it names."""

    article: str
    family: str
    start: int
    end: int
    terms: dict[Role, tuple[str, ...] | None]


@dataclass(frozen=True)
class Outcome:
    """The row found for an incident (None: missing) and whether each scored role agrees."""

    incident: Incident
    row: Event | None
    right: dict[Role, bool | None]


def _terms(record: dict[str, list[str] | None], role: Role) -> tuple[str, ...] | None:
    terms = record.get(f"{role.value}_terms")
    return None if terms is None else tuple(t.lower() for t in terms)


def read_gold(path: Path) -> tuple[dict[str, str], list[Incident]]:
    """The articles' texts by id, and every incident with the character range of its ``at`` phrase."""
    texts: dict[str, str] = {}
    incidents = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        article = json.loads(line)
        texts[article["id"]] = article["text"]
        for event in article["events"]:
            start = article["text"].find(event["at"])
            if start < 0:
                raise ValueError(f"{article['id']}: {event['at']!r} is not in the text")
            terms = {role: _terms(event, role) for role in ROLES}
            incidents.append(Incident(article["id"], event["family"], start, start + len(event["at"]), terms))
    return texts, incidents


def _told_within(row: Event, document: Document, incident: Incident) -> bool:
    """Whether one of the row's mentions in this article has its trigger (or a retelling) in the phrase."""
    ids = {m.mention_id for m in row.mentions if m.document_id == document.id}
    spans = [s for m in document.events if m.id in ids for s in (m.trigger, *m.retellings)]
    return any(incident.start <= s.start < incident.end for s in spans)


def rows_told(rows: list[Event], document: Document | None, incident: Incident) -> list[Event]:
    """The article's rows told in the incident's phrase, those of its family first."""
    told = [r for r in rows if document is not None and _told_within(r, document, incident)]
    return sorted(told, key=lambda r: family_of(r.type) != incident.family)


def run(texts: dict[str, str], incidents: list[Incident]) -> list[Outcome]:
    """Every article ingested, processed and linked in a fresh database; each incident's row scored."""
    with tempfile.TemporaryDirectory(prefix="sitreps-articles-") as tmp:
        folder = Path(tmp)
        for name, text in texts.items():
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        db = folder / "articles.db"
        api.ingest(sorted(folder.glob("*.txt")), db=db)
        api.process(db=db)
        with open_store(db) as store:
            documents = {Path(d.source_path or "").stem: d for d in store.iter_documents(DocumentStatus.PROCESSED)}
            events = store.query_events(limit=None)
    outcomes = []
    for incident in incidents:
        document = documents.get(incident.article)
        rows = [e for e in events if document and any(m.document_id == document.id for m in e.mentions)]
        told = rows_told(rows, document, incident)
        row = told[0] if told else None
        right = {role: actor_right(row, incident.terms[role], role.value) if row else None for role in ROLES}
        outcomes.append(Outcome(incident, row, right))
    return outcomes


def _share(outcomes: list[Outcome], role: Role) -> str:
    scored = [o.right[role] for o in outcomes if o.right[role] is not None]
    return f"{sum(map(bool, scored)) / len(scored):.3f} of {len(scored)}" if scored else "-"


def label(row: Event | None, role: Role) -> str | None:
    kind = field_of(row, f"actor:{role.value}") if row else None
    return kind.candidates[0].label if kind and kind.candidates else None


def report(texts: dict[str, str], outcomes: list[Outcome], *, errors: bool) -> str:
    found = [o for o in outcomes if o.row is not None]
    typed = sum(family_of(o.row.type) == o.incident.family for o in found if o.row)
    lines = [f"incidents {len(outcomes)}, found {len(found)} ({typed} of the family told)",
             f"initiator {_share(found, Role.INITIATOR)}", f"target    {_share(found, Role.TARGET)}"]
    for o in outcomes if errors else []:
        wrong = [r for r in ROLES if o.right[r] is False]
        if o.row is None or wrong:
            phrase = texts[o.incident.article][o.incident.start:o.incident.end]
            kind = o.row.type if o.row else "MISSING"
            lines.append(f"\n{o.incident.article} {o.incident.family} [{kind}] {phrase!r}")
            lines.extend(f"  {r.value}: want {o.incident.terms[r]} got {label(o.row, r)!r}" for r in wrong)
    return "\n".join(lines)


def main() -> None:
    args = fiction_options(__doc__.split("\n\n")[0], GOLD, "list each missing incident and wrong role")
    texts, incidents = read_gold(args.gold)
    print(report(texts, run(texts, incidents), errors=args.errors))


if __name__ == "__main__":
    main()
