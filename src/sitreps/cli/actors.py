"""`sitreps actors`: list the actors in the database, merge duplicates, rename."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

import typer
from rich.table import Table

from sitreps import api
from sitreps.cli.options import DbOption, FormatOption, LimitOption, OutputFormat, user_errors
from sitreps.cli.render import console, print_json, showing

actors_app = typer.Typer(help="Canonical actors: list, merge, rename.", no_args_is_help=True)


@actors_app.command("list")
@user_errors
def list_actors(db: DbOption = None, output: FormatOption = OutputFormat.TABLE, limit: LimitOption = 200) -> None:
    """Actors in stored events, most mentioned first; 'new' ones were inferred, not in the registry."""
    every = api.actors(db=db)
    rows = every[:limit]
    if output == OutputFormat.JSON:
        print_json({"total": len(every), "actors": [asdict(a) for a in rows]})
        return
    table = Table()
    for column in ("id", "name", "type", "country", "registry", "mentions", "merged into"):
        table.add_column(column, overflow="fold")
    for a in rows:
        table.add_row(a.id, a.name, a.type or "", a.country or "", "known" if a.known else "new", str(a.mentions),
                      a.merged_into or "")
    console.print(table)
    showing(len(rows), len(every), "actor")


@actors_app.command()
@user_errors
def merge(source: Annotated[str, typer.Argument(help="The actor id that is a duplicate.")],
          target: Annotated[str, typer.Argument(help="The actor id it is the same as.")],
          db: DbOption = None) -> None:
    """Merge a duplicate actor into another; applied to stored events and every later run."""
    changed = api.merge_actors(source, target, db=db)
    typer.echo(f"merged {source} into {target}; {changed} document(s) updated")


@actors_app.command()
@user_errors
def rename(actor_id: Annotated[str, typer.Argument(help="The actor id.")],
           name: Annotated[str, typer.Argument(help="Its canonical name.")], db: DbOption = None) -> None:
    """Give an actor a canonical name; applied to stored events and every later run."""
    changed = api.rename_actor(actor_id, name, db=db)
    typer.echo(f"renamed {actor_id} to {name!r}; {changed} document(s) updated")


def register(app: typer.Typer) -> None:
    """Add the `actors` command group."""
    app.add_typer(actors_app, name="actors")
