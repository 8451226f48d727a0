"""`sitreps serve`, `sitreps export` and `sitreps digest`: the dashboard, the exports, the situation report."""

from __future__ import annotations

import ipaddress
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from sitreps.cli.options import DbOption, user_errors
from sitreps.errors import ConfigError
from sitreps.export import ExportFormat, Selection, build_digest, select_records, to_html, to_markdown, write_export
from sitreps.export.select import parse_bbox
from sitreps.store import open_store

TOKEN_ENV = "SITREPS_TOKEN"
OutputOption = Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of standard output.")]
SinceOption = Annotated[str | None, typer.Option(help="From this date (YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option(help="Up to this date (YYYY-MM-DD).")]
TypeOption = Annotated[list[str] | None, typer.Option("--type", help="Only these event types (repeatable).")]
ActorOption = Annotated[str | None, typer.Option(help="Actor id, or part of a name.")]
CountryOption = Annotated[str | None, typer.Option(help="Only events in this country.")]
BBoxOption = Annotated[str | None, typer.Option(help="min_lon,min_lat,max_lon,max_lat")]
SourceKindOption = Annotated[list[str] | None, typer.Option("--source-kind", help="Attribution source kinds.")]
MinOriginatorsOption = Annotated[int | None, typer.Option(min=1, help="At least this many independent originators.")]


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(db: DbOption = None, host: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
          port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
          public: Annotated[bool, typer.Option("--public", help="Allow a non-loopback address.")] = False,
          token: Annotated[str | None, typer.Option(envvar=TOKEN_ENV, help="Bearer token for writes.")] = None,
          ) -> None:
    """Start the REST API and the dashboard (http://HOST:PORT/, API reference at /docs)."""
    if not is_loopback(host):
        if not public:
            raise ConfigError(f"--host {host} is reachable from other machines: add --public (and a --token) "
                              "to allow it, or keep the default 127.0.0.1")
        if not token:
            raise ConfigError(f"--public needs a write token: give --token or set {TOKEN_ENV}")
    import uvicorn

    from sitreps.serve import create_app

    open_store(db).close()  # fail now, with a clear message, if the database cannot be opened
    typer.echo(f"sitreps dashboard on http://{host}:{port}/ (API reference: /docs)", err=True)
    uvicorn.run(create_app(db, token=token), host=host, port=port, log_level="warning")


def export(fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Export format.")] = ExportFormat.JSON,
           output: OutputOption = None, db: DbOption = None, since: SinceOption = None, until: UntilOption = None,
           event_type: TypeOption = None, actor: ActorOption = None, country: CountryOption = None,
           bbox: BBoxOption = None, source_kind: SourceKindOption = None,
           min_originators: MinOriginatorsOption = None,
           acled_only: Annotated[bool, typer.Option("--acled-only", help="Only rows ACLED would code: ACLED type, "
                                                    "reported or claimed, not background.")] = False) -> None:
    """Export linked events (or mentions, before linking) as ACLED CSV, PLOVER JSONL, GeoJSON, Parquet or JSON."""
    selection = Selection(since=since, until=until, types=tuple(event_type or ()), actor=actor, country=country,
                          bbox=parse_bbox(bbox), source_kinds=tuple(source_kind or ()),
                          min_originators=min_originators, acled_only=acled_only)
    with open_store(db) as store:
        source, records, _ = select_records(store, selection)
    result = write_export(fmt, records, source, output, sys.stdout)
    typer.echo(result.summary(str(output) if output else "standard output"), err=True)


def digest(since: Annotated[str, typer.Option(help="24h, 7d, 2w or a date YYYY-MM-DD.")] = "24h",
           db: DbOption = None, output: OutputOption = None,
           html: Annotated[Path | None, typer.Option(help="Also write the report as HTML here.")] = None,
           now: Annotated[str | None, typer.Option(help="End of the window (default: newest publication).")] = None,
           base_url: Annotated[str, typer.Option(help="Dashboard address the links point to.")] = "http://127.0.0.1:8000",
           include_unreported: Annotated[bool, typer.Option(
               "--include-unreported", help="Also alleged, denied, planned, hypothetical... events.")] = False,
           include_background: Annotated[bool, typer.Option(
               "--include-background", help="Also events mentioned as background.")] = False,
           ) -> None:
    """A situation report: main events by region and type, who claims them, contradictions, with evidence links."""
    try:
        end = date.fromisoformat(now) if now else None
    except ValueError:
        raise ConfigError(f"--now {now!r} is not a date: use YYYY-MM-DD") from None
    with open_store(db) as store:
        report = build_digest(store, since, now=end, base_url=base_url, include_unreported=include_unreported,
                              include_background=include_background)
    markdown = to_markdown(report)
    if output is None:
        typer.echo(markdown, nl=False)
    else:
        output.write_text(markdown, encoding="utf-8")
    if html is not None:
        html.write_text(to_html(report), encoding="utf-8")
    left_out = sum(report.left_out.values())
    typer.echo(f"digest {report.start} to {report.end}: {report.total} {report.source}, {left_out} left out", err=True)


def register(app: typer.Typer) -> None:
    """Add `serve`, `export` and `digest`."""
    app.command(name="serve")(user_errors(serve))
    app.command(name="export")(user_errors(export))
    app.command(name="digest")(user_errors(digest))


__all__ = ["TOKEN_ENV", "is_loopback", "register"]
