"""Fine-tuning the MiniLM event reader (``extract.reader``) on the hashed model's training sentences.

The same sentences, labels, exclusions and seeded order as ``train.retrain`` (``labelled``). The
packaged encoder's embeddings and lower layers stay frozen, so they run once per sentence and their
output is kept; only the top ``top_layers`` layers and a linear head over the mean-pooled sentence
learn, which is what makes a CPU retraining fit the 15-minute budget (docs/accuracy.md, round 26),
and all the artifact has to hold. Needs ``sitreps[embeddings]``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from sitreps.errors import ConfigError
from sitreps.extract.reader import reader_folder, save_reader
from sitreps.train.retrain import TrainOptions, TrainReport, labelled

# Chosen on the gold dev split with the reader trained without it (docs/accuracy.md, round 26).
TOP_LAYERS = 2
EPOCHS = 5
BATCH_SIZE = 32
# The copied layers start from good weights and move gently; the head starts from nothing
# (round 13: a fresh head at the encoder's rate barely moved in five epochs).
LAYER_LEARNING_RATE = 1e-4
HEAD_LEARNING_RATE = 1e-3
# Sentences per pass of the frozen layers (no gradients, so larger batches cost only memory).
FROZEN_BATCH = 64
# Batches are cut from runs of this many shuffled sentences sorted by length, so a batch pads little
# (random batches padded every sentence to a long one's length: twice the work).
BUCKET_BATCHES = 16


def _frozen_outputs(base: Any, tokenizer: Any, texts: Sequence[str], top_layers: int) -> list[Any]:
    """Each sentence's output of the frozen layers (tokens x dims, no padding), shortest first in batches."""
    import torch

    from sitreps.extract import reader_net

    outputs: list[Any] = [None] * len(texts)
    with torch.no_grad():  # not inference_mode: its tensors may not feed the trained layers' backward pass
        for rows, batch, hidden in reader_net.frozen_batches(base, tokenizer, top_layers, texts, FROZEN_BATCH):
            for row, states, mask in zip(rows, hidden, batch["attention_mask"], strict=True):
                outputs[row] = states[:int(mask.sum())].clone()
    return outputs


def _padded(states: Sequence[Any]) -> tuple[Any, Any]:
    """A batch of frozen outputs padded to its longest, with the attention mask."""
    import torch

    lengths = torch.tensor([len(s) for s in states])
    hidden = torch.nn.utils.rnn.pad_sequence(list(states), batch_first=True)
    attention = (torch.arange(hidden.shape[1])[None, :] < lengths[:, None]).long()
    return hidden, attention


def _batches(lengths: Sequence[int], generator: Any) -> list[list[int]]:
    """One epoch's batches: shuffled, bucketed by length, the batches themselves in shuffled order."""
    import torch

    order = torch.randperm(len(lengths), generator=generator).tolist()
    batches = []
    for begin in range(0, len(order), BATCH_SIZE * BUCKET_BATCHES):
        bucket = sorted(order[begin:begin + BATCH_SIZE * BUCKET_BATCHES], key=lambda i: lengths[i])
        batches += [bucket[i:i + BATCH_SIZE] for i in range(0, len(bucket), BATCH_SIZE)]
    return [batches[i] for i in torch.randperm(len(batches), generator=generator).tolist()]


def train_reader(options: TrainOptions, top_layers: int = TOP_LAYERS,
                 log: Callable[[str], None] = print) -> TrainReport:
    """Fine-tune the top ``top_layers`` layers and a head for ``options.epochs`` passes; write the artifact."""
    folder = reader_folder()
    import torch

    from sitreps.extract import reader_net

    started = time.monotonic()
    data = labelled(options, log)
    torch.manual_seed(options.seed)
    base, tokenizer = reader_net.load_base(folder)
    if not 1 <= top_layers <= len(base.encoder.layer):
        raise ConfigError(f"--top-layers must be 1 to {len(base.encoder.layer)}")
    frozen = _frozen_outputs(base, tokenizer, [e.text for e in data.examples], top_layers)
    log(f"reader: frozen layers ran over {len(frozen)} sentences in {time.monotonic() - started:.0f} s")
    top = reader_net.ReaderTop(base, top_layers, len(data.types))
    optimiser = torch.optim.AdamW([{"params": top.layers.parameters(), "lr": LAYER_LEARNING_RATE},
                                   {"params": top.head.parameters(), "lr": HEAD_LEARNING_RATE}])
    labels = torch.from_numpy(data.labels)
    generator = torch.Generator().manual_seed(options.seed)
    lengths = [len(states) for states in frozen]
    top.train()
    for epoch in range(options.epochs):
        total = 0.0
        for rows in _batches(lengths, generator):
            hidden, attention = _padded([frozen[i] for i in rows])
            loss = torch.nn.functional.binary_cross_entropy_with_logits(top(hidden, attention), labels[rows])
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            total += loss.item() * len(rows)
        log(f"reader: epoch {epoch + 1}, loss {total / max(len(frozen), 1):.4f}, "
            f"{time.monotonic() - started:.0f} s")
    sources = tuple(sorted({e.source for e in data.examples}))
    meta = {"seed": options.seed, "sentences": len(data.examples), "sources": list(sources),
            "left_out": sorted(options.leave_out), "top_layers": top_layers, "epochs": options.epochs,
            "base": "all-MiniLM-L6-v2", "max_tokens": reader_net.MAX_TOKENS}
    options.out.parent.mkdir(parents=True, exist_ok=True)
    state = {name: value.detach().numpy() for name, value in top.state_dict().items()}
    save_reader(options.out, data.types, state, meta)
    return TrainReport(len(data.examples), sources, options.out, options.out.stat().st_size / 1e6,
                       time.monotonic() - started)
