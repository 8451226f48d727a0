"""The examples the same-incident merger learns from: pairs of one article's incidents, labelled by gold.

Each story is an article's text, the incidents the rules leave in it (the pipeline run with
``SITREPS_MERGER=off``) and its gold events, each with the substrings (anchors) that report it. An incident
reports the gold events an anchor of which its trigger or a retelling overlaps (the real-news scorer's
own matching, ``evaluate.realnews_match``); two incidents that report a common gold event are one incident
(label 1), two that report only different ones are two (label 0); a pair where either reports none says
nothing and is left out, as is a pair outside the merger's scope (``extract.pair_features.in_scope``) and
a pair holding a hard conflict (``extract.pair_features.hard_conflict``): the merger never joins one, so
its label would teach the model the conflict rule rather than the pairs it decides (round 26: trained on
all pairs, out-of-fold log-loss on the joinable ones was worse). Only labels and generic pair features
(``extract.pair_features``) come out: no text.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from sitreps.annotate.nlp import load_nlp
from sitreps.errors import SitrepsError
from sitreps.extract.pair_features import FEATURES, article, hard_conflict, in_scope, pair_features
from sitreps.extract.same_incident import MERGER_ENV, OFF, encoder
from sitreps.link.embedding import Embedder
from sitreps.models import EventMention


@dataclass(frozen=True)
class Story:
    """One article: its text, the rules' incidents in it, and its gold events' anchors by event id."""

    text: str
    incidents: Sequence[EventMention]
    events: Mapping[str, Sequence[str]]
    at_place: Callable[[frozenset[str], EventMention], frozenset[str]] = lambda found, _: found


@dataclass(frozen=True)
class Pairs:
    """Labelled pairs: features (pairs x ``FEATURES``), labels (1: one incident) and the story each pair
    is from (folds leave whole articles out)."""

    rows: np.ndarray
    labels: np.ndarray
    stories: np.ndarray


@contextmanager
def rules_only() -> Iterator[None]:
    """The pipeline without the learned merger, for as long as the block runs."""
    before = os.environ.get(MERGER_ENV)
    os.environ[MERGER_ENV] = OFF
    try:
        yield
    finally:
        if before is None:
            del os.environ[MERGER_ENV]
        else:
            os.environ[MERGER_ENV] = before


def _reported(incident: EventMention, story: Story) -> frozenset[str]:
    """The gold events an anchor of which the incident's trigger or a retelling overlaps; of a sentence that
    anchors several events (a round-up), those at the incident's place when ``story.at_place`` tells."""
    spans = [(s.start, s.end) for s in (incident.trigger, *incident.retellings)]
    found = set()
    for event, anchors in story.events.items():
        for anchor in anchors:
            start = story.text.find(anchor)
            if start >= 0 and any(a < start + len(anchor) and start < b for a, b in spans):
                found.add(event)
    return story.at_place(frozenset(found), incident)


def pairs_of(stories: Sequence[Story], embed: Embedder | None = None) -> Pairs:
    """Every labelled pair of every story (see the module's docstring for which pairs are labelled), its
    meaning features read by ``embed`` (default: the merger's own ``encoder``, which must be installed)."""
    embed = embed or encoder()
    if embed is None:
        raise SitrepsError("training the merger needs sentence embeddings: pip install 'sitreps[embeddings]'")
    nlp = load_nlp()
    rows, labels, owners = [], [], []
    for index, story in enumerate(stories):
        reported = [_reported(m, story) for m in story.incidents]
        if sum(bool(r) for r in reported) < 2:
            continue
        told = article(nlp(story.text), story.incidents, embed)
        for i in range(len(story.incidents)):
            for j in range(i + 1, len(story.incidents)):
                first, later = story.incidents[i], story.incidents[j]
                if reported[i] and reported[j] and in_scope(first, later) and not hard_conflict(first, later):
                    rows.append(pair_features(told, i, j))
                    labels.append(float(bool(reported[i] & reported[j])))
                    owners.append(index)
    empty = np.zeros((0, len(FEATURES)))
    return Pairs(np.stack(rows) if rows else empty, np.asarray(labels), np.asarray(owners, dtype=np.int64))


def fiction_stories(items: Sequence[tuple[str, Mapping[str, Sequence[str]]]]) -> list[Story]:
    """Stories of texts written for sitreps, each processed as an article of its own (the tests' slice)."""
    from sitreps.evaluate.single_text import incidents_of_texts  # the evaluation helpers load the pipeline

    with rules_only():
        found = incidents_of_texts([text for text, _ in items])
    return [Story(text, incidents, events) for (text, events), incidents in zip(items, found, strict=True)]


def realnews_stories(folder: Path | None = None) -> list[Story]:
    """The dev articles of a set in the real-news format (the real-news set, or ``benchmarks/gold/wire``)
    as the rules leave them (never the test split)."""
    from sitreps.evaluate.realnews import run_pipeline
    from sitreps.evaluate.realnews_gold import load_split
    from sitreps.evaluate.realnews_match import _at_its_place

    gold = load_split("dev", folder)
    with rules_only(), tempfile.TemporaryDirectory(prefix="sitreps-merger-") as tmp:
        _, articles = run_pipeline(gold, Path(tmp))
    stories = []
    by_id = {e.id: e for e in gold.events}
    for key, info in articles.items():
        if info.document is not None:
            events = {e.id: e.anchors[key] for e in gold.events if key in e.anchors}
            stories.append(Story(info.document.text, info.document.events, events,
                                 lambda found, mention: _at_its_place(found, mention, by_id)))
    return stories
