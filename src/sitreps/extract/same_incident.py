"""A learned second look at one article's incidents: join two the rules kept apart that tell one incident.

Relies on: the article's incidents after the rules' consolidation and place inheritance
(``extract.mentions``), and the parsed document. Gives: the incidents with every pair whose calibrated
probability of telling one real incident clears the model's threshold joined, through the rules' own
field merge (``extract.merged_fields.merge_incidents``: evidence, retellings, most specific fields), never
across a hard conflict (``extract.pair_features.hard_conflict``). The model is a logistic regression over
``extract.pair_features.FEATURES`` (``data/models/merger.npz``, card beside it), retrained by
``python -m sitreps.train --merger``. Some of its features are cosines of the packaged sentence encoder
(``extract.pair_meaning``); without the embeddings extra the merger says so once and leaves the rules'
incidents as they are.

It is off unless ``SITREPS_MERGER`` says ``on`` (the packaged model) or names a model file: round 22
measured it beside the rules and it did not lower real-news test rows per event, while it cost test
initiator and target (docs/accuracy.md, the model card). ``off`` (or unset) is the rules alone, which is
also how the training run reads the rules' incidents.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

from sitreps.errors import SitrepsError
from sitreps.extract.finished_incident import richness
from sitreps.extract.merged_fields import Retype, merge_incidents
from sitreps.extract.pair_features import FEATURES, article, hard_conflict, in_scope, pair_features
from sitreps.link.embedding import Embedder, cached_model_embedder, embeddings_installed
from sitreps.models import EventMention

log = logging.getLogger(__name__)

MERGER_RESOURCE = "models/merger.npz"
MERGER_ENV = "SITREPS_MERGER"
OFF = "off"
ON = "on"  # the packaged model


@dataclass(frozen=True)
class Merger:
    """Standardised logistic regression: ``sigmoid(((x - mean) / scale) @ weights + bias)``."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    threshold: float

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        """Per row of pair features, the probability that the pair tells one incident."""
        logits = ((rows - self.mean) / self.scale) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-logits))


def read_merger(path: Path) -> Merger:
    """A merger file; its feature names must be this version's ``FEATURES``."""
    try:
        with np.load(path) as data:
            if tuple(str(f) for f in data["features"]) != FEATURES:
                raise ValueError("its features are not this version's; retrain it")
            return Merger(data["mean"], data["scale"], data["weights"], float(data["bias"]),
                          float(data["threshold"]))
    except (OSError, KeyError, ValueError) as error:
        raise SitrepsError(f"cannot read the merger model {path}: {error}; retrain it with "
                           "`python -m sitreps.train --merger`") from error


@lru_cache(maxsize=4)
def _loaded(path: str | None) -> Merger:
    if path is not None:
        return read_merger(Path(path))
    with resources.as_file(resources.files("sitreps.data").joinpath(MERGER_RESOURCE)) as packaged:
        return read_merger(packaged)


@lru_cache(maxsize=1)
def encoder() -> Embedder | None:
    """The sentence encoder the merger's meaning features read, its vectors cached on disk as linking's
    are (linking then finds the sentences already embedded); None, said once, when it is not installed."""
    if not embeddings_installed():
        log.warning("the same-incident merger needs sentence embeddings; incidents are joined by the rules "
                    "alone. Install them with: pip install 'sitreps[embeddings]'")
        return None
    return cached_model_embedder()


def merger() -> Merger | None:
    """The model ``SITREPS_MERGER`` names: the packaged one for ``on``, a file by its path; None when it
    is unset or says ``off``, or when the encoder its features need is not installed (``encoder``)."""
    named = (os.environ.get(MERGER_ENV) or OFF).strip()
    if named.lower() == OFF or encoder() is None:
        return None
    return _loaded(None if named.lower() == ON else named)


def _joinable(groups: dict[int, list[int]], first: int, later: int, incidents: Sequence[EventMention]) -> bool:
    """Whether no member of one group holds a hard conflict with a member of the other (told in text order)."""
    return not any(hard_conflict(incidents[min(x, y)], incidents[max(x, y)])
                   for x in groups[first] for y in groups[later])


def _groups(scores: np.ndarray, pairs: Sequence[tuple[int, int]], incidents: Sequence[EventMention],
            threshold: float) -> list[list[int]]:
    """Pairs joined most probable first while they clear the threshold; each group in text order."""
    owner = list(range(len(incidents)))
    groups = {i: [i] for i in owner}
    for index in np.argsort(-scores, kind="stable"):
        if scores[index] < threshold:
            break
        first, later = (owner[i] for i in pairs[index])
        if first == later or not _joinable(groups, first, later, incidents):
            continue
        keep, gone = min(first, later), max(first, later)
        groups[keep] = sorted(groups[keep] + groups.pop(gone))
        owner = [keep if o == gone else o for o in owner]
    return [groups[k] for k in sorted(groups)]


def joined_incidents(doc: Doc, incidents: Sequence[EventMention], retype: Retype,
                     model: Merger | None = None, embed: Embedder | None = None) -> list[EventMention]:
    """The incidents with those the model finds one joined (``model`` defaults to ``merger()``, ``embed``
    to ``encoder()``), each group cited and sided first by its richest telling, as the rules'
    consolidation does (``_represented``)."""
    model = model or merger()
    embed = embed or encoder()
    if model is None or embed is None or len(incidents) < 2:
        return list(incidents)
    pairs = [(i, j) for i in range(len(incidents)) for j in range(i + 1, len(incidents))
             if in_scope(incidents[i], incidents[j])]
    if not pairs:
        return list(incidents)
    told = article(doc, incidents, embed)
    scores = model.probabilities(np.stack([pair_features(told, i, j) for i, j in pairs]))
    joined = []
    for group in _groups(scores, pairs, incidents, model.threshold):
        best = max(group, key=lambda i: richness(incidents[i]))  # max keeps the first of equals: text order
        merged = incidents[best]
        for member in (i for i in group if i != best):
            merged = merge_incidents(merged, incidents[member], retype)
        joined.append(merged)
    return sorted(joined, key=lambda m: m.trigger.start)
