"""An event's date: stated, else its main report's publication date (marked), never the ingest day.

Runs the whole pipeline (ingest, process, link, export) on fiction written for these tests
(tests/fixtures/dates).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitreps import api
from sitreps.cli.app import app
from sitreps.export.records import ReportLoader, from_event
from sitreps.link.regroup import catalog_of
from sitreps.link.report_dates import (
    BODY_DAY_NOTE,
    LEAD_DAY_NOTE,
    REPORT_DATE_NOTE,
    dated_by_report,
    event_date,
    event_date_label,
)
from sitreps.models import DatePrecision, Event
from sitreps.store import open_store

FIXTURES = Path(__file__).parents[1] / "fixtures" / "dates"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dates") / "dates.db"
    api.ingest(sorted(FIXTURES.glob("*.txt")), db=path)
    api.process(db=path)
    return path


def _events_of(db: Path, name: str) -> list[Event]:
    with open_store(db) as store:
        docs = {d.id: Path(d.source_path or "").name for d in store.iter_documents()}
        return [e for e in store.query_events(limit=None) if any(docs[r.document_id] == name for r in e.mentions)]


def test_an_undated_main_incident_is_dated_by_its_report(db: Path) -> None:
    event = next(e for e in _events_of(db, "01_market_raid_dated.txt") if e.time and e.time.start)
    assert event.time is not None
    assert (event.time.start, event.time.precision, event.time.note) == ("2025-03-14", DatePrecision.WEEK,
                                                                        REPORT_DATE_NOTE)
    assert not any(f.field == "time" for f in event.fields)  # not a value any report states
    assert event_date_label(event) == "2025-03-14 (dated by report)"


def test_mentions_keep_their_before_publication_time(db: Path) -> None:
    with open_store(db) as store:
        doc = next(d for d in store.iter_documents() if (d.source_path or "").endswith("01_market_raid_dated.txt"))
    assert doc.events and all(m.time is None or not dated_by_report(m.time) for m in doc.events)
    assert any(m.time is not None and m.time.start is None and m.time.end == "2025-03-14" for m in doc.events)


def test_an_undated_article_gives_no_date(db: Path) -> None:
    events = _events_of(db, "02_ferry_blast_undated.txt")
    assert events
    for event in events:
        assert event_date(event) is None and event_date_label(event) == "?"
        assert event.first_reported is None  # when it arrived is no report time (round 24); exports keep it as received
    with open_store(db) as store:
        loader = ReportLoader(store)
        records = [from_event(e, loader.reports(e)) for e in events]
    assert all(r.date is None and r.date_basis == "none" and r.received for r in records)


def test_a_stated_day_wins_and_is_stated(db: Path) -> None:
    event = next(e for e in _events_of(db, "03_checkpoint_clash_stated.txt") if e.time and e.time.start)
    assert event.time is not None and event.time.start == "2025-06-17" and not dated_by_report(event.time)
    with open_store(db) as store:
        record = from_event(event, ReportLoader(store).reports(event))
    assert (record.date, record.date_basis) == ("2025-06-17", "stated")


def _event_told_by(db: Path, name: str, trigger: str) -> Event:
    """The linked event whose mention is told by ``trigger``, as its own trigger or as a retelling
    consolidation folded into it (a detail merged into its lead's incident keeps its span there)."""
    with open_store(db) as store:
        doc = next(d for d in store.iter_documents() if (d.source_path or "").endswith(name))
    told = {m.id for m in doc.events if trigger in m.trigger.text or any(trigger in s.text for s in m.retellings)}
    return next(e for e in _events_of(db, name) if any(r.mention_id in told for r in e.mentions))


def test_a_detail_told_further_down_takes_the_day_its_lead_states(db: Path) -> None:
    event = _event_told_by(db, "05_camp_attack_lead_day.txt", "burned alive")
    assert event.time is not None and event.time.start == "2025-04-14"  # Monday, the day before publication
    assert event.time.note == LEAD_DAY_NOTE or not dated_by_report(event.time)
    if event.time.note == LEAD_DAY_NOTE:
        with open_store(db) as store:
            record = from_event(event, ReportLoader(store).reports(event))
        assert (record.date, record.date_basis) == ("2025-04-14", "lead")  # exports say where the day came from


def test_an_unpublished_article_dates_its_past_news_by_the_night_its_lead_states(db: Path) -> None:
    event = _event_told_by(db, "04_port_riots_unpublished.txt", "shot dead")
    assert event.time is not None and event.time.start == "2025-08-08"  # the night before Saturday the 9th


def test_relinking_stored_events_keeps_the_report_date(db: Path) -> None:
    with open_store(db) as store:
        events = store.query_events(limit=None)
    catalog = catalog_of(events)
    dated = [e for e in events if dated_by_report(e.time)]
    assert dated
    for event in dated:
        assert any(catalog.report_dates.get(r.mention_id) == event.time for r in event.mentions)


def test_exports_say_what_the_date_is(db: Path, tmp_path: Path) -> None:
    csv = tmp_path / "events.csv"
    api.export("acled-csv", csv, db=db)
    text = csv.read_text(encoding="utf-8")
    assert "2025-03-14" in text and ",published," in text and ",none," in text
    plover = tmp_path / "events.jsonl"
    api.export("plover-jsonl", plover, db=db)
    lines = [json.loads(line) for line in plover.read_text(encoding="utf-8").splitlines() if line.strip()]
    comments = {line.get("comment", "") for line in lines}
    assert any("publication date" in c for c in comments) and any("received" in c for c in comments)


def test_cli_table_never_shows_the_ingest_day(db: Path) -> None:
    result = CliRunner().invoke(app, ["events", "--db", str(db)])
    assert result.exit_code == 0, result.output
    with open_store(db) as store:
        ingested = {d.ingested_at[:10] for d in store.iter_documents() if d.ingested_at and not d.published_at}
    assert ingested and not any(day in result.output for day in ingested)
    assert "2025-03-14" in result.output and "?" in result.output


def test_a_lead_that_dates_only_a_statement_leaves_the_day_to_the_body(db: Path) -> None:
    event = _event_told_by(db, "06_depot_siege_body_day.txt", "arrested")
    assert event.time is not None and (event.time.start, event.time.note) == ("2025-06-10", BODY_DAY_NOTE)
    with open_store(db) as store:
        record = from_event(event, ReportLoader(store).reports(event))
    assert (record.date, record.date_basis) == ("2025-06-10", "lead")  # a day its report states, not published
