"""sitreps commands: ingest, process, extract, events, show, demo.

Commands of later stages live in their own modules under ``sitreps.cli`` and
are added by ``register_commands`` at the bottom, one line each.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import Progress

from sitreps import api, lookup
from sitreps.cli import actors, claims, linking, scale, serve, train
from sitreps.cli.options import DbOption, FormatOption, LimitOption, OutputFormat, interactive, user_errors
from sitreps.cli.render import console, document_summary, mention_table, print_json
from sitreps.cli.render_events import event_detail, event_table, showing, types_table
from sitreps.errors import ConfigError
from sitreps.models import SourceKind
from sitreps.store.filters import EventFilter, MentionFilter

if TYPE_CHECKING:
    from sitreps.ingest import IngestFailure

app = typer.Typer(help="Turn conflict news into a sourced, verifiable event record.", no_args_is_help=True,
                  pretty_exceptions_enable=False)

PathsArgument = Annotated[list[Path], typer.Argument(help="Files or folders: text, HTML, RSS/Atom, JSONL, CSV.")]


def _report_failures(failures: list[IngestFailure]) -> None:
    for failure in failures:
        typer.echo(f"error: {failure.source}: {failure.reason}", err=True)


@app.command()
@user_errors
def ingest(paths: PathsArgument, db: DbOption = None) -> None:
    """Store documents (raw bytes first); duplicates are reported, bad files listed."""
    report = api.ingest(paths, db=db)
    for duplicate in report.duplicates:
        typer.echo(f"duplicate: {duplicate.source} is already stored as {duplicate.document_id}")
    for notice in report.notices:
        typer.echo(f"warning: {notice.source}: {notice.message}", err=True)
    typer.echo(f"ingested {report.stored} new document(s), {len(report.duplicates)} duplicate(s), "
               f"{report.unsupported} unsupported language, {len(report.failures)} failed, "
               f"{len(report.notices)} warning(s)")
    _report_failures(report.failures)
    if report.failures:
        raise typer.Exit(code=1)


@app.command()
@user_errors
def process(db: DbOption = None,
            batch_size: Annotated[int, typer.Option(min=1, help="Documents per batch (one transaction each).")] = 32,
            workers: scale.WorkersOption = 1, ray: scale.RayOption = False,
            ray_address: scale.RayAddressOption = None) -> None:
    """Annotate and extract events from every pending document (resumes where a killed run stopped)."""
    total = api.pending_count(db=db)
    run = partial(api.process, db=db, batch_size=batch_size, workers=workers, ray=ray, ray_address=ray_address)
    if interactive():
        with Progress(console=console, transient=True) as progress:
            task = progress.add_task("processing", total=total)

            def linking(documents: int) -> None:
                progress.update(task, description=f"linking {documents} document(s) into events", total=None)

            report = run(on_progress=lambda n: progress.advance(task, n), on_linking=linking)
    else:
        report = run()
    typer.echo(f"processed {report.processed} document(s), {report.failed} failed")
    for doc_id, reason in report.failures:
        typer.echo(f"failed: {doc_id}: {reason}", err=True)


@app.command()
@user_errors
def extract(paths: PathsArgument, output: FormatOption = OutputFormat.JSON) -> None:
    """Process files without a database and print the result (JSON by default)."""
    result = api.extract(paths)
    if output == OutputFormat.JSON:
        print_json({
            "documents": [d.model_dump(mode="json") for d in result.documents],
            "failures": [{"source": f.source, "reason": f.reason} for f in result.failures],
        })
    else:
        for document in result.documents:
            document_summary(document)
    _report_failures(result.failures)
    if result.failures:
        raise typer.Exit(code=1)


@app.command()
@user_errors
def events(db: DbOption = None, output: FormatOption = OutputFormat.TABLE, limit: LimitOption = 100,
           event_type: Annotated[list[str] | None,
                                 typer.Option("--type", help="Only these types (see `sitreps types`).")]
           = None,
           country: Annotated[str | None, typer.Option(help="Country name (any case) or ISO code (SD, SDN).")] = None,
           actor: Annotated[str | None, typer.Option(help="Actor id, name or alias, or part of a name.")] = None,
           since: Annotated[str | None, typer.Option(help="From this date (YYYY-MM-DD).")] = None,
           until: Annotated[str | None, typer.Option(help="Up to this date (YYYY-MM-DD).")] = None,
           mentions: Annotated[bool, typer.Option("--mentions", help="One row per report, not linked.")] = False,
           source_kind: Annotated[list[SourceKind] | None, typer.Option(
               "--source-kind", help="Only events at least one of whose reports rests on these kinds of source.")]
           = None,
           wide: Annotated[bool, typer.Option("--wide", help="Every column (needs a wide terminal).")] = False) -> None:
    """The event table: linked events (one row per real-world event), or every report with --mentions.

    --source-kind keeps what rests on such sources ("named_official" for events a named
    official confirms, "vague" for what rests on "reports have emerged").
    """
    kinds = tuple(k.value for k in source_kind or ())
    for day, flag in ((since, "--since"), (until, "--until")):
        _check_date(day, flag)
    types = lookup.event_types(event_type or ())
    place, who = lookup.country(country), lookup.actor(actor)
    if not mentions:
        event_filter = EventFilter(types=types, country=place, actor=who, since=since, until=until)
        linked = api.events(db=db, filters=event_filter, limit=None if kinds else limit)
        total = api.count_events(db=db, filters=event_filter)
        if kinds:
            linked = api.events_with_source_kinds(linked, kinds, db=db)
            total = len(linked)
            linked = linked[:limit]
        if output == OutputFormat.JSON:
            print_json({"total": total, "events": [e.model_dump(mode="json") for e in linked]})
        else:
            console.print(event_table(linked, wide=wide))
            showing(len(linked), total, "event")
        return
    mention_filter = MentionFilter(types=types, country=place, actor=who, since=since, until=until,
                                   source_kinds=kinds)
    rows = api.mentions(db=db, filters=mention_filter, limit=limit)
    total = api.count_mentions(db=db, filters=mention_filter)
    if output == OutputFormat.JSON:
        print_json({"total": total,
                    "mentions": [{"document_id": d.id, **m.model_dump(mode="json")} for d, m in rows]})
    else:
        console.print(mention_table(rows, wide=wide))
        showing(len(rows), total, "mention")


def _check_date(value: str | None, flag: str) -> None:
    """A YYYY-MM-DD date (or nothing); anything else is an error naming the flag."""
    if value is None:
        return
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"{flag} {value!r} is not a date: use YYYY-MM-DD") from None


@app.command()
@user_errors
def types(output: FormatOption = OutputFormat.TABLE) -> None:
    """The event taxonomy: every type with its family and its ACLED and PLOVER codes."""
    from sitreps.extract.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    if output == OutputFormat.JSON:
        print_json({"types": [{"id": t.id, "label": t.label, "family": t.family,
                               "acled": t.acled.model_dump(mode="json") if t.acled else None,
                               "plover": t.plover.model_dump(mode="json") if t.plover else None, "cameo": t.cameo}
                              for t in taxonomy.types.values()]})
        return
    console.print(types_table(list(taxonomy.types.values())))


@app.command()
@user_errors
def show(item_id: Annotated[str, typer.Argument(help="An event id (ev_...) or a document id.")],
         db: DbOption = None, output: FormatOption = OutputFormat.TABLE) -> None:
    """One linked event (fields, support, contradictions, reports) or one document (events, quotes, claims)."""
    if item_id.startswith("ev_"):
        event = api.event(item_id, db=db)
        if output == OutputFormat.JSON:
            print_json(event.model_dump(mode="json"))
        else:
            event_detail(event)
        return
    document = api.document(item_id, db=db)
    if output == OutputFormat.JSON:
        print_json(document.model_dump(mode="json"))
    else:
        document_summary(document)


@app.command()
@user_errors
def demo(db: DbOption = None) -> None:
    """Ingest the bundled example corpus, process it and print the event table."""
    corpus = resources.files("sitreps.examples").joinpath("corpus")
    with resources.as_file(corpus) as folder:
        report = api.ingest([folder], db=db)
    typer.echo(f"ingested {report.stored} new document(s), {len(report.duplicates)} duplicate(s), "
               f"{report.unsupported} unsupported language, {len(report.failures)} failed")
    _report_failures(report.failures)
    processed = api.process(db=db)
    typer.echo(f"processed {processed.processed} document(s), {processed.failed} failed")
    shown = api.events(db=db, limit=200)
    console.print(event_table(shown))
    showing(len(shown), api.count_events(db=db), "event")


def register_commands(target: typer.Typer) -> None:
    """Add the commands that live in their own modules (each module exposes ``register(app)``)."""
    modules: tuple[ModuleType, ...] = (linking, claims, scale, serve, actors, train)
    for module in modules:
        module.register(target)


register_commands(app)
