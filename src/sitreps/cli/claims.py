"""`sitreps claims`: who claims what, and how firmly, across the stored documents."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from sitreps import api
from sitreps.cli.options import DbOption, FormatOption, LimitOption, OutputFormat, user_errors
from sitreps.cli.render import console, print_json, showing
from sitreps.models import ClaimKind, SourceKind

ALL_CLAIMS = 10**9
"""A limit meaning 'all' (the API needs a number): claims are counted to say "showing N of M"."""
KindOption = Annotated[list[ClaimKind] | None, typer.Option("--kind", help="Only claims of these kinds.")]
SourceKindOption = Annotated[list[SourceKind] | None,
                             typer.Option("--source-kind", help="Only claims resting on these kinds of source.")]


@user_errors
def claims(db: DbOption = None, output: FormatOption = OutputFormat.TABLE, limit: LimitOption = 100,
           kind: KindOption = None, source_kind: SourceKindOption = None) -> None:
    """Claims with their kind (reported event, allegation, opinion...), source and source kind."""
    every = api.claims(db=db, kinds=kind or (), source_kinds=source_kind or (), limit=ALL_CLAIMS)
    rows = every[:limit]
    if output == OutputFormat.JSON:
        print_json({"total": len(every),
                    "claims": [{"document_id": d.id, **c.model_dump(mode="json")} for d, c in rows]})
        return
    table = Table()
    for column in ("document", "kind", "source kind", "source", "check-worthiness", "sentence"):
        table.add_column(column, overflow="fold")
    for document, claim in rows:
        table.add_row(document.id, claim.kind.value, claim.source_kind.value, claim.source or "",
                      f"{claim.check_worthiness:.2f}", claim.span.text.strip())
    console.print(table)
    showing(len(rows), len(every), "claim")


def register(app: typer.Typer) -> None:
    """Add the `claims` command."""
    app.command()(claims)
