"""`sitreps serve`, `sitreps export` and `sitreps digest`: the dashboard, the exports, the situation report."""

from __future__ import annotations

import ipaddress
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from sitreps import lookup
from sitreps.cli.options import DbOption, user_errors
from sitreps.errors import ConfigError
from sitreps.review.suggest import did_you_mean
from sitreps.store import open_store

# The export package loads the linker's modules (numpy, scipy): it is imported by
# the commands that write exports, so that `sitreps --help` does not wait for it.

TOKEN_ENV = "SITREPS_TOKEN"
WILDCARD_HOSTS = frozenset({"0.0.0.0", "::"})
"""Addresses meaning 'every interface': no client names them in Host, so they are not added to the allowed names."""
OutputOption = Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of standard output.")]
SinceOption = Annotated[str | None, typer.Option(help="From this date (YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option(help="Up to this date (YYYY-MM-DD).")]
TypeOption = Annotated[list[str] | None, typer.Option("--type", help="Only these event types (repeatable; "
                                                                     "see `sitreps types`).")]
ActorOption = Annotated[str | None, typer.Option(help="Actor id, name or alias, or part of a name.")]
CountryOption = Annotated[str | None, typer.Option(help="Country name (any case) or ISO code (SD, SDN).")]
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
          port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
          public: Annotated[bool, typer.Option("--public", help="Allow a non-loopback address.")] = False,
          token: Annotated[str | None, typer.Option(envvar=TOKEN_ENV, help="Bearer token for writes.")] = None,
          allow_host: Annotated[list[str] | None, typer.Option(
              help="Another name the server answers to in Host (repeatable); loopback names always work.")] = None,
          max_body_mb: Annotated[float | None, typer.Option(
              min=0.001, help="Largest request body, in MiB (default 8).")] = None,
          tiles: Annotated[str | None, typer.Option(envvar="SITREPS_TILE_URL", metavar="URL",
                                                    help="Online map tiles under the offline borders, as a URL "
                                                         "template (https://.../{z}/{x}/{y}.png). Default: none.")]
          = None,
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
    hosts = [*(allow_host or []), *([host] if host not in WILDCARD_HOSTS else [])]
    limit = {"max_body_bytes": int(max_body_mb * 2**20)} if max_body_mb else {}
    app = create_app(db, token=token, allowed_hosts=hosts, tile_url=tiles, **limit)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _export_format(name: str) -> Any:
    """The ExportFormat called ``name``, or an error listing the formats."""
    from sitreps.export import ExportFormat

    names = [f.value for f in ExportFormat]
    if name not in names:
        raise ConfigError(f"unknown export format {name!r}{did_you_mean(name, names)}: use one of {', '.join(names)}")
    return ExportFormat(name)


def export(fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT",
                                            help="acled-csv, plover-jsonl, geojson, parquet or json.")] = "json",
           output: OutputOption = None, db: DbOption = None, since: SinceOption = None, until: UntilOption = None,
           event_type: TypeOption = None, actor: ActorOption = None, country: CountryOption = None,
           bbox: BBoxOption = None, source_kind: SourceKindOption = None,
           min_originators: MinOriginatorsOption = None,
           acled_only: Annotated[bool, typer.Option("--acled-only", help="Only rows ACLED would code: ACLED type, "
                                                    "reported or claimed, not background.")] = False) -> None:
    """Export linked events (or mentions, before linking) as ACLED CSV, PLOVER JSONL, GeoJSON, Parquet or JSON."""
    from sitreps.export import Selection, select_records, write_export
    from sitreps.export.select import parse_bbox

    export_format = _export_format(fmt)
    selection = Selection(since=since, until=until, types=lookup.event_types(event_type or ()),
                          actor=lookup.actor(actor), country=lookup.country(country),
                          bbox=parse_bbox(bbox), source_kinds=tuple(source_kind or ()),
                          min_originators=min_originators, acled_only=acled_only)
    with open_store(db, create=False) as store:
        source, records, _ = select_records(store, selection)
    result = write_export(export_format, records, source, output, sys.stdout)
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
    from sitreps.export import build_digest, to_html, to_markdown
    from sitreps.export.output import check_output, write_text_output

    try:
        end = date.fromisoformat(now) if now else None
    except ValueError:
        raise ConfigError(f"--now {now!r} is not a date: use YYYY-MM-DD") from None
    for path in (output, html):
        if path is not None:
            check_output(path)  # before the work, and before writing one of the two
    with open_store(db, create=False) as store:
        report = build_digest(store, since, now=end, base_url=base_url, include_unreported=include_unreported,
                              include_background=include_background)
    markdown = to_markdown(report)
    if output is None:
        typer.echo(markdown, nl=False)
    else:
        write_text_output(output, markdown)
    if html is not None:
        write_text_output(html, to_html(report))
    left_out = sum(report.left_out.values())
    typer.echo(f"digest {report.start} to {report.end}: {report.total} {report.source}, {left_out} left out", err=True)


def register(app: typer.Typer) -> None:
    """Add `serve`, `export` and `digest`."""
    app.command(name="serve")(user_errors(serve))
    app.command(name="export")(user_errors(export))
    app.command(name="digest")(user_errors(digest))


__all__ = ["TOKEN_ENV", "is_loopback", "register"]
