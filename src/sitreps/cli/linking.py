"""`sitreps link` (relink, merge, split) and `sitreps review` (list and undo decisions, with their audit trail)."""

from __future__ import annotations

import getpass
from typing import Annotated

import typer
from rich.progress import Progress

from sitreps import api
from sitreps.cli.options import DbOption, FormatOption, OutputFormat, interactive, user_errors
from sitreps.cli.render import console, print_json
from sitreps.cli.render_review import review_table

link_app = typer.Typer(help="Cross-document linking: rebuild, merge events, split mentions out.",
                       invoke_without_command=True, no_args_is_help=False)
review_app = typer.Typer(help="Reviewers' decisions (merge, split, edit a field): list them with their audit trail, "
                              "edit an event, undo one.",
                         no_args_is_help=True)
NoteOption = Annotated[str | None, typer.Option("--note", "--reason", help="Why: kept in the audit trail.")]
AuthorOption = Annotated[str | None, typer.Option("--author", envvar="SITREPS_REVIEWER",
                                                  help="Who decides (default: your login name).")]


def _author(given: str | None) -> str:
    return given or getpass.getuser()


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
          db: DbOption = None, note: NoteOption = None, author: AuthorOption = None) -> None:
    """Merge events (or mentions) into one, without relinking; unknown ids are refused; survives reprocessing."""
    from sitreps.link.decisions import DecisionKind

    event_ids = [i for i in ids if i.startswith("ev_")]
    mention_ids = [i for i in ids if not i.startswith("ev_")]
    outcome = api.review(DecisionKind.MERGE, event_ids=event_ids, mention_ids=mention_ids, reason=note,
                         author=_author(author), db=db)
    into = ", ".join(e["id"] for e in outcome.entry.after or [])
    typer.echo(f"merged (decision #{outcome.entry.id}) into {into}; {outcome.events} event(s) now; "
               f"undo with `sitreps review undo {outcome.entry.id}`")


@link_app.command()
@user_errors
def split(mention_ids: Annotated[list[str], typer.Argument(help="Mention ids to take out into an event of their own.")],
          db: DbOption = None, note: NoteOption = None, author: AuthorOption = None) -> None:
    """Take mentions out of their event into a new one, without relinking; survives reprocessing."""
    from sitreps.link.decisions import DecisionKind

    outcome = api.review(DecisionKind.SPLIT, mention_ids=mention_ids, reason=note, author=_author(author), db=db)
    typer.echo(f"split (decision #{outcome.entry.id}); {outcome.events} event(s) now; "
               f"undo with `sitreps review undo {outcome.entry.id}`")


@review_app.command("list")
@user_errors
def review_list(db: DbOption = None, output: FormatOption = OutputFormat.TABLE,
                all_: Annotated[bool, typer.Option("--all", help="Include undone decisions.")] = False) -> None:
    """Review decisions, oldest first: who, when, why, the events before and after."""
    entries = [e for e in api.review_log(db=db) if all_ or e.active]
    if output == OutputFormat.JSON:
        print_json({"decisions": [e.model_dump(mode="json") for e in entries]})
        return
    if not entries:
        typer.echo("no review decisions" + ("" if all_ else " in force (--all shows undone ones)"))
        return
    console.print(review_table(entries))


@review_app.command("edit")
@user_errors
def review_edit(event_id: Annotated[str, typer.Argument(help="The event (ev_...).")],
                field: Annotated[str, typer.Argument(help="type, date or place.")],
                value: Annotated[str, typer.Argument(help="A type id (see `sitreps types`), YYYY-MM-DD, or a place.")],
                db: DbOption = None, note: NoteOption = None, author: AuthorOption = None) -> None:
    """Set one field of an event by hand; kept with the value before, and re-applied after every later run."""
    outcome = api.edit_event(event_id, field, value, reason=note, author=_author(author), db=db)
    before, after = (outcome.entry.before or [{}])[0], (outcome.entry.after or [{}])[0]
    typer.echo(f"edited (decision #{outcome.entry.id}) {event_id} {field}: {before.get('value')} -> "
               f"{after.get('value')}; undo with `sitreps review undo {outcome.entry.id}`")


@review_app.command("undo")
@user_errors
def review_undo(decision_id: Annotated[int, typer.Argument(help="The decision's number (see `sitreps review list`).")],
                db: DbOption = None, note: NoteOption = None, author: AuthorOption = None) -> None:
    """Undo a decision: it stays in the audit trail, is no longer replayed, and the events are relinked."""
    outcome = api.undo_review(decision_id, author=_author(author), reason=note, db=db)
    typer.echo(f"undid {outcome.entry.kind} #{outcome.entry.id}; {outcome.events} event(s) now")


def register(app: typer.Typer) -> None:
    """Add the `link` and `review` command groups."""
    app.add_typer(link_app, name="link")
    app.add_typer(review_app, name="review")
