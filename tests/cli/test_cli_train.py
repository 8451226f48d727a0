"""`sitreps train`: retrains from the repository's own sentences, reproducibly, and refuses bad options in one line."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from sitreps.cli.app import app
from sitreps.extract.model import read_model

ROOT = Path(__file__).resolve().parents[2]


def _train(tmp_path: Path, out: Path, *extra: str) -> str:
    result = CliRunner().invoke(app, ["train", "--repo", str(ROOT), "--shared", str(tmp_path / "absent"),
                                      "--out", str(out), "--limit", "200", "--epochs", "2", *extra])
    assert result.exit_code == 0, result.output
    return result.output


def test_train_writes_a_loadable_model_and_says_what_it_used(tmp_path: Path) -> None:
    out = tmp_path / "events.npz"
    output = _train(tmp_path, out)
    assert "ngec: 0 sentences (source absent, skipped)" in output
    assert "trained on 200 sentences (gold-dev, written)" in output
    model = read_model(out)
    assert model.meta["sentences"] == 200 and model.meta["seed"] == 14
    assert len(model.types) == model.weights.shape[1] > 40


def test_train_with_the_same_seed_gives_the_same_weights_and_another_seed_does_not(tmp_path: Path) -> None:
    paths = [tmp_path / "a.npz", tmp_path / "b.npz", tmp_path / "c.npz"]
    _train(tmp_path, paths[0])
    _train(tmp_path, paths[1])
    _train(tmp_path, paths[2], "--seed", "7")
    first, second, other = (read_model(p) for p in paths)
    assert (first.weights == second.weights).all() and (first.bias == second.bias).all()
    assert first.weights.shape != other.weights.shape or not (first.weights == other.weights).all()


def test_unknown_source_and_foreign_repo_are_one_line_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    unknown = runner.invoke(app, ["train", "--repo", str(ROOT), "--out", str(tmp_path / "x.npz"),
                                  "--leave-out", "heldout"])
    assert unknown.exit_code == 1 and "unknown training source(s) heldout" in unknown.output
    foreign = runner.invoke(app, ["train", "--repo", str(tmp_path), "--out", str(tmp_path / "x.npz")])
    assert foreign.exit_code == 1 and "has no benchmarks/training/sentences.jsonl" in foreign.output
    assert "Traceback" not in unknown.output + foreign.output
    assert not (tmp_path / "x.npz").exists()
