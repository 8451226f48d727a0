"""`sitreps watch`, and the options that spread `sitreps process` over processes or a Ray cluster."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from sitreps import api
from sitreps.cli.options import DbOption, user_errors
from sitreps.store import open_store
from sitreps.store.open import open_connection

if TYPE_CHECKING:
    from sitreps.ingest.watch import PollOutcome

WATCH_INTERVAL_S = 300.0
"""The default of --interval (the watcher's own default, repeated here so that loading the CLI does not
load the watcher, whose feed state imports the whole pipeline)."""

WorkersOption = Annotated[int, typer.Option("--workers", "-w", min=1,
                                            help="Processes to run the pipeline in (with --ray: Ray actors).")]
RayOption = Annotated[bool, typer.Option("--ray", help="Run on Ray (a local cluster unless --ray-address).")]
RayAddressOption = Annotated[str | None, typer.Option("--ray-address", metavar="ADDR",
                                                      help="Join an existing Ray cluster (implies --ray).")]


def _print_outcome(outcome: PollOutcome) -> None:
    if outcome.status == "error":
        typer.echo(f"error: {outcome.url}: {outcome.error} (backing off)", err=True)
    elif outcome.status == "unchanged":
        typer.echo(f"{outcome.url}: not modified")
    else:
        dropped = f", {len(outcome.dropped)} entries dropped" if outcome.dropped else ""
        typer.echo(f"{outcome.url}: {outcome.stored} new, {outcome.duplicates} already stored{dropped}")
        for failure in outcome.dropped:
            typer.echo(f"warning: {failure.source}: {failure.reason}", err=True)


@user_errors
def watch(feeds_file: Annotated[Path, typer.Argument(help="Feed URLs, one per line (# comments).")],
          db: DbOption = None,
          interval: Annotated[float, typer.Option(min=1.0, help="Seconds between polls of a feed.")]
          = WATCH_INTERVAL_S,
          once: Annotated[bool, typer.Option("--once", help="Poll the due feeds once and exit (for cron).")] = False,
          process: Annotated[bool, typer.Option("--process", help="Process new documents after each poll.")]
          = False,
          redirect_host: Annotated[list[str] | None, typer.Option(
              help="A host feeds may redirect to besides their own (repeatable).")] = None) -> None:
    """Poll RSS/Atom feeds with conditional requests; store new entries; back off from failing feeds."""
    import httpx

    from sitreps.ingest.fetch import FetchLimits
    from sitreps.ingest.watch import FETCH_TIMEOUT_S, Watcher, read_feed_list
    from sitreps.scale.feed_state import FeedStates

    feeds = read_feed_list(feeds_file)

    def process_new(stored: int) -> None:
        report = api.process(db=db)
        typer.echo(f"processed {report.processed} document(s), {report.failed} failed")

    store = open_store(db)
    states = FeedStates(open_connection(db))
    try:
        with httpx.Client(timeout=FETCH_TIMEOUT_S, follow_redirects=True) as client:
            limits = FetchLimits(redirect_hosts=frozenset(h.strip().lower() for h in redirect_host or ()))
            watcher = Watcher(feeds, store, states, client=client, interval=interval,
                              on_new=process_new if process else None, limits=limits)
            last = watcher.run(once=once, report=_print_outcome)
    except KeyboardInterrupt:
        typer.echo("stopped")
        return
    finally:
        states.close()
        store.close()
    if once and last and all(outcome.status == "error" for outcome in last):
        typer.echo(f"error: every feed failed ({len(last)}); check the URLs and the network", err=True)
        raise typer.Exit(code=1)


def register(app: typer.Typer) -> None:
    """Add ``watch`` to the sitreps command line."""
    app.command()(watch)
