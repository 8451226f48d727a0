"""Option bundles shared by commands, and the error boundary of the CLI."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from functools import wraps
from typing import Annotated, ParamSpec, TypeVar

import typer

from sitreps.errors import SitrepsError

P = ParamSpec("P")
R = TypeVar("R")


class OutputFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


DbOption = Annotated[
    str | None,
    typer.Option("--db", envvar="SITREPS_DB",
                 help="Database path or URL (sqlite:///path, postgresql://...). Default: the user's SQLite db."),
]
FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]
LimitOption = Annotated[int, typer.Option("--limit", "-n", min=1, help="Most rows to print.")]


def user_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Print sitreps' own errors as one line without a traceback and exit non-zero."""

    @wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except SitrepsError as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(code=1) from None

    return wrapper


def interactive() -> bool:
    """Progress bars only on a terminal; pipes and CI stay quiet."""
    return sys.stderr.isatty()
