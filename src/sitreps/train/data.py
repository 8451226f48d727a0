"""Labelled sentences for the event model, gathered from the sources the model card names.

- ``benchmarks/training/sentences.jsonl``: sentences written for sitreps, every type and
  negatives (sport, business, weather, opinion, background);
- ``benchmarks/gold/events/dev.jsonl``: the project's gold dev split, cut into sentences, each
  labelled with the gold events whose trigger it holds (never the heldout split);
- ``ngec-synthetic``: the lead sentence of each synthetic story whose PLOVER label and mode map
  to one sitreps type (``data/training/ngec_modes.yaml``), at most ``NGEC_PER_TYPE`` a type;
- ``realnews-dev``: the gold anchors of the real-news articles that ``benchmarks/realnews/split.json``
  puts in ``dev`` (never ``test``), labelled by their ACLED sub-type.
The last two live outside the repository and are skipped, with a note, when absent.
"""

from __future__ import annotations

import csv
import io
import json
import random
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language

from sitreps.extract.taxonomy import load_taxonomy
from sitreps.yaml_data import parse_yaml

NGEC_ARCHIVE = "gpt_synthetic_events_2023-10-19_19.csv.zip"
NGEC_MODES = "training/ngec_modes.yaml"
# CONCEDE alone has 780 stories; 120 a type keeps the synthetic stories from outweighing the
# ~40 written sentences of a type while still giving thin PLOVER modes all they have.
NGEC_PER_TYPE = 120
SEED = 14
SOURCES = ("written", "gold-dev", "ngec", "realnews-dev")


@dataclass(frozen=True)
class Example:
    """One training sentence, its sitreps types (empty: no event) and where it came from."""

    text: str
    types: tuple[str, ...]
    source: str


@lru_cache(maxsize=1)
def splitter() -> Language:
    """spaCy's English tokenizer with a punctuation sentencizer: fast, no model needed."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as lines:
        yield from (json.loads(line) for line in lines if line.strip())


def written_sentences(repo: Path) -> list[Example]:
    """The sentences written for sitreps (benchmarks/training/sentences.jsonl)."""
    return [Example(row["text"], tuple(row["types"]), "written")
            for row in _jsonl(repo / "benchmarks" / "training" / "sentences.jsonl")]


def gold_dev(repo: Path) -> list[Example]:
    """Sentences of the gold dev split, each with the types of the gold triggers inside it."""
    return gold_sentences(repo, "dev")


def gold_sentences(repo: Path, split: str) -> list[Example]:
    """Sentences of one gold split, each with the types of the gold triggers inside it.

    Training reads only ``dev``; ``benchmarks/finetune_probe.py`` scores models on ``heldout``
    sentences with it and prints figures only.
    """
    examples = []
    for item in _jsonl(repo / "benchmarks" / "gold" / "events" / f"{split}.jsonl"):
        text, events = item["text"], item.get("events", [])
        sentences = list(splitter()(text).sents)
        labels: list[set[str]] = [set() for _ in sentences]
        for event in events:
            at = text.find(event.get("trigger") or "\0")
            index = next((i for i, s in enumerate(sentences) if s.start_char <= at < s.end_char), 0)
            labels[index].add(event["type"])
        examples += [Example(s.text, tuple(sorted(lab)), f"gold-{split}")
                     for s, lab in zip(sentences, labels, strict=True)]
    return examples


def _ngec_type(modes: dict[str, dict[str, str]], label: str, mode: str) -> str | None:
    table = modes.get(label, {})
    return table.get(mode) or (table.get("*") if mode not in table else None)


def ngec_leads(folder: Path) -> list[Example]:
    """The lead sentence of every synthetic story whose label and mode map to a sitreps type."""
    archive = folder / NGEC_ARCHIVE
    if not archive.exists():
        return []
    table = resources.files("sitreps.data").joinpath(NGEC_MODES)
    modes = parse_yaml(table.read_text(encoding="utf-8"))
    with zipfile.ZipFile(archive) as bundle:
        name = next(n for n in bundle.namelist() if n.endswith(".csv"))
        rows = list(csv.DictReader(io.TextIOWrapper(bundle.open(name), encoding="utf-8")))
    random.Random(SEED).shuffle(rows)
    taken: dict[str, int] = {}
    examples = []
    for row in rows:
        type_id = _ngec_type(modes, row["label"], row["mode"])
        if type_id is None or taken.get(type_id, 0) >= NGEC_PER_TYPE:
            continue
        lead = next(iter(splitter()(row["text"].strip()[:600]).sents), None)
        if lead is not None and len(lead) > 4:
            taken[type_id] = taken.get(type_id, 0) + 1
            examples.append(Example(lead.text, (type_id,), "ngec"))
    return examples


def _acled_types() -> dict[str, str]:
    """ACLED sub-type -> the first sitreps type coded with it (the taxonomy lists the canonical one first)."""
    by_sub: dict[str, str] = {}
    for event_type in load_taxonomy().types.values():
        if event_type.acled and event_type.acled.sub_event_type:
            by_sub.setdefault(event_type.acled.sub_event_type, event_type.id)
    return by_sub


def realnews_dev_anchors(folder: Path, split_file: Path) -> list[Example]:
    """Anchors of dev articles only, labelled by the gold row's ACLED sub-type."""
    if not folder.exists():
        return []
    split = json.loads(split_file.read_text(encoding="utf-8"))
    to_type, examples = _acled_types(), []
    for part in ("a", "b", "c"):
        dev = set(split[part]["dev"])
        for row in _jsonl(folder / part / "gold.jsonl"):
            type_id = to_type.get(row.get("acled_sub_event_type") or "")
            if type_id is None:
                continue
            for article, anchors in row.get("anchors", {}).items():
                if article in dev:
                    examples += [Example(a, (type_id,), "realnews-dev") for a in anchors]
    return examples


def gather(repo: Path, shared: Path, log: Callable[[str], None] = print) -> list[Example]:
    """Every source, with a line saying how many sentences each gave."""
    sources = {
        "written": written_sentences(repo),
        "gold-dev": gold_dev(repo),
        "ngec": ngec_leads(shared / "training" / "ngec-synthetic"),
        "realnews-dev": realnews_dev_anchors(shared / "realnews-dev", repo / "benchmarks" / "realnews" / "split.json"),
    }
    for name, examples in sources.items():
        log(f"{name}: {len(examples)} sentences" + ("" if examples else " (source absent, skipped)"))
    return [e for examples in sources.values() for e in examples]
