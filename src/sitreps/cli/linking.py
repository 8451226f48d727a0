"""`sitreps link`: relink stored documents, and record a reviewer's merge or split."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.progress import Progress

from sitreps import api
from sitreps.cli.options import DbOption, interactive, user_errors
from sitreps.cli.render import console
from sitreps.link.decisions import DecisionKind

link_app = typer.Typer(help="Cross-document linking: rebuild, merge events, split mentions out.",
                       invoke_without_command=True, no_args_is_help=False)
NoteOption = Annotated[str | None, typer.Option(help="Why: kept with the decision.")]


@link_app.callback()
@user_errors
def link(ctx: typer.Context, db: DbOption = None) -> None:
    """Relink every processed document from scratch (manual decisions are replayed)."""
    if ctx.invoked_subcommand is None:
        if interactive():
            with Progress(console=console, transient=True) as progress:
                task = progress.add_task("linking", total=api.count_processed(db=db))
                total = api.link(db=db, on_progress=lambda n: progress.advance(task, n))
        else:
            total = api.link(db=db)
        typer.echo(f"linked into {total} event(s)")


@link_app.command()
@user_errors
def merge(ids: Annotated[list[str], typer.Argument(help="Event ids (ev_...) or mention ids to put in one event.")],
          db: DbOption = None, note: NoteOption = None) -> None:
    """Merge events (or mentions) into one, without relinking; the decision survives reprocessing."""
    event_ids = [i for i in ids if i.startswith("ev_")]
    mention_ids = [i for i in ids if not i.startswith("ev_")]
    total = api.decide(DecisionKind.MERGE, event_ids=event_ids, mention_ids=mention_ids, note=note, db=db)
    typer.echo(f"merged; {total} event(s) now")


@link_app.command()
@user_errors
def split(mention_ids: Annotated[list[str], typer.Argument(help="Mention ids to take out into an event of their own.")],
          db: DbOption = None, note: NoteOption = None) -> None:
    """Take mentions out of their event into a new one, without relinking; survives reprocessing."""
    total = api.decide(DecisionKind.SPLIT, mention_ids=mention_ids, note=note, db=db)
    typer.echo(f"split; {total} event(s) now")


def register(app: typer.Typer) -> None:
    """Add the `link` command group."""
    app.add_typer(link_app, name="link")
