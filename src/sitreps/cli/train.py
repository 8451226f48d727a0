"""`sitreps train`: retrain the event model reproducibly (same seed, same sources -> same weights)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sitreps.cli.options import user_errors
from sitreps.train.__main__ import summary
from sitreps.train.data import SEED, SOURCES
from sitreps.train.fit import EPOCHS
from sitreps.train.reader import EPOCHS as READER_EPOCHS
from sitreps.train.reader import TOP_LAYERS, train_reader
from sitreps.train.retrain import DEFAULT_OUT, TrainOptions, retrain


@user_errors
def train(
    repo: Annotated[Path, typer.Option(help="Repository root (benchmarks/training and benchmarks/gold inside).")]
    = Path("."),
    shared: Annotated[Path, typer.Option(help="Folder with training/ and realnews-dev/; skipped when absent.")]
    = Path("../shared"),
    out: Annotated[Path, typer.Option(help="Where to write the artifact; point SITREPS_EVENT_MODEL at it.")]
    = DEFAULT_OUT,
    seed: Annotated[int, typer.Option(help="Shuffle and fitting seed.")] = SEED,
    limit: Annotated[int | None, typer.Option(min=1, help="Train on this many sentences only.")] = None,
    epochs: Annotated[int | None, typer.Option(
        min=1, help=f"Passes over the sentences (default {EPOCHS}; {READER_EPOCHS} with --reader).")] = None,
    leave_out: Annotated[list[str] | None, typer.Option(
        help=f"Train without this source (repeatable): {', '.join(SOURCES)}.")] = None,
    vectors: Annotated[bool, typer.Option(
        help="Distil MiniLM word vectors (needs sitreps[embeddings]) and train on them too.")] = False,
    frequent_words: Annotated[int | None, typer.Option(
        min=0, help="Add only the first N of MiniLM's vocabulary words to the vectors (default: all).")] = None,
    reader: Annotated[bool, typer.Option(
        help="Fine-tune the MiniLM event reader instead (needs sitreps[embeddings]); point SITREPS_EVENT_READER "
             "at its --out.")] = False,
    top_layers: Annotated[int, typer.Option(min=1, help="Encoder layers the reader fine-tunes.")] = TOP_LAYERS,
) -> None:
    """Retrain the event model from the written sentences, gold dev, NGEC synthetic and real-news dev."""
    if reader and out == DEFAULT_OUT:
        raise typer.BadParameter("--reader needs its own --out: the packaged event model stays the hashed one")
    passes = epochs if epochs is not None else READER_EPOCHS if reader else EPOCHS
    options = TrainOptions(repo, shared, out, seed, limit, passes, tuple(leave_out or ()), vectors, frequent_words)
    report = train_reader(options, top_layers, log=typer.echo) if reader else retrain(options, log=typer.echo)
    typer.echo(summary(report))


def register(app: typer.Typer) -> None:
    """Add the `train` command."""
    app.command("train")(train)
