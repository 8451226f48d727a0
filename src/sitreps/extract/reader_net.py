"""The fine-tuned MiniLM reader's network: the packaged encoder's frozen lower layers, its top layers
as fine-tuned, mean pooling and one sigmoid per event type.

Shared by training (``train.reader``), which runs the frozen part once per sentence and caches its
output, and by the pipeline (``extract.reader``), which runs both parts per document. Everything
here needs ``sitreps[embeddings]`` (torch, transformers, the packaged all-MiniLM-L6-v2); callers
import this module only after ``extract.reader.reader_folder`` has said that extra is installed.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import torch

# Word pieces a sentence keeps: news sentences rarely pass 60; the cap bounds a run-on sentence's cost.
MAX_TOKENS = 96


def load_base(folder: Path) -> tuple[Any, Any]:
    """The packaged encoder (eval mode, float32) and its tokenizer, offline and without progress bars."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    return AutoModel.from_pretrained(str(folder)).float().eval(), AutoTokenizer.from_pretrained(str(folder))


def additive_mask(attention: torch.Tensor) -> torch.Tensor:
    """The (batch, 1, 1, tokens) mask BERT layers add to their attention scores: 0 kept, -inf-like padding."""
    return (1.0 - attention[:, None, None, :].float()) * torch.finfo(torch.float32).min


def run_layers(layers: Iterable[torch.nn.Module], hidden: torch.Tensor, attention: torch.Tensor) -> torch.Tensor:
    """``hidden`` (batch, tokens, dims) through ``layers`` in order."""
    mask = additive_mask(attention)
    for layer in layers:
        out = layer(hidden, attention_mask=mask)
        hidden = out[0] if isinstance(out, tuple) else out
    return hidden


def mean_pool(hidden: torch.Tensor, attention: torch.Tensor) -> torch.Tensor:
    """The mean of the real tokens' vectors (how all-MiniLM-L6-v2 pools)."""
    weights = attention.unsqueeze(-1).float()
    return (hidden * weights).sum(1) / weights.sum(1).clamp(min=1.0)


def lower_pass(base: Any, top_layers: int, batch: dict[str, torch.Tensor]) -> torch.Tensor:
    """The frozen part: embeddings and every layer under the top ``top_layers``."""
    hidden = base.embeddings(input_ids=batch["input_ids"], token_type_ids=batch["token_type_ids"])
    return run_layers(base.encoder.layer[:len(base.encoder.layer) - top_layers], hidden, batch["attention_mask"])


def frozen_batches(base: Any, tokenizer: Any, top_layers: int, texts: Sequence[str],
                   size: int) -> Iterator[tuple[list[int], dict[str, torch.Tensor], torch.Tensor]]:
    """The texts shortest first in batches of ``size`` (little padding): each batch's rows of ``texts``, its
    word pieces and the frozen part's output (``lower_pass``). The caller sets the gradient mode."""
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    for begin in range(0, len(order), size):
        rows = order[begin:begin + size]
        batch = tokenize(tokenizer, [texts[i] for i in rows])
        yield rows, batch, lower_pass(base, top_layers, batch)


class ReaderTop(torch.nn.Module):
    """The trained part: copies of the encoder's top layers and a linear head over the pooled sentence."""

    def __init__(self, base: Any, top_layers: int, n_types: int) -> None:
        super().__init__()
        self.layers = torch.nn.ModuleList(copy.deepcopy(base.encoder.layer[len(base.encoder.layer) - top_layers:]))
        self.head = torch.nn.Linear(base.config.hidden_size, n_types)

    def forward(self, hidden: torch.Tensor, attention: torch.Tensor) -> torch.Tensor:
        """Per-type logits (batch, types) from the frozen part's output."""
        return self.head(mean_pool(run_layers(self.layers, hidden, attention), attention))


def tokenize(tokenizer: Any, texts: Sequence[str]) -> dict[str, torch.Tensor]:
    """One padded batch of word pieces, cut at ``MAX_TOKENS``."""
    return dict(tokenizer(list(texts), padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt"))
