"""Dump the pipeline's whole output over a large corpus, so a speed change can be shown to change nothing.

Identical evaluation figures can hide moved rows that happen to score alike; this
script writes every processed document's events, quotes, claims and dateline as
JSON lines (one per document, sorted by text) and prints the file's SHA-256.
Run it before and after a change and ``diff`` the two files.

The corpus: the bundled example articles, every text of the project's gold and
fiction files except the held-out set (which is never read), and the real-news
dev split when ``SITREPS_REALNEWS`` names the set.

    PYTHONPATH=src python benchmarks/output_digest.py OUT.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

GOLD = Path(__file__).parent / "gold"
# keys under which the gold and fiction files keep article or sentence texts
TEXT_KEYS = ("text", "sentence", "article")
# held-out gold is scored only, never read (common rules of the project)
NEVER_READ = ("heldout",)


def _strings(line: object) -> Iterator[str]:
    """Texts stored under ``TEXT_KEYS`` anywhere in one parsed JSON line."""
    if isinstance(line, dict):
        for key, value in line.items():
            if key in TEXT_KEYS and isinstance(value, str):
                yield value
            else:
                yield from _strings(value)
    elif isinstance(line, list):
        for value in line:
            yield from _strings(value)


def gold_texts() -> list[str]:
    """Every distinct text of the gold and fiction files, held-out files left out."""
    texts: set[str] = set()
    for path in sorted(GOLD.rglob("*.jsonl")):
        if any(word in path.name for word in NEVER_READ):
            continue
        for raw in path.read_text(encoding="utf-8").splitlines():
            if raw.strip():
                texts.update(t for t in _strings(json.loads(raw)) if t.strip())
    return sorted(texts)


def corpus_paths(folder: Path) -> list[Path]:
    """The example articles, the dev split's articles and the gold texts written as files in ``folder``."""
    from sitreps.evaluate.realnews_gold import load_split

    examples = resources.files("sitreps.examples").joinpath("corpus")
    with resources.as_file(examples) as path:
        paths = sorted(p for p in Path(path).rglob("*") if p.is_file())
    if os.environ.get("SITREPS_REALNEWS"):
        paths.extend(sorted(load_split("dev").articles.values()))
    for index, text in enumerate(gold_texts()):
        target = folder / f"gold_{index:05d}.txt"
        target.write_text(text, encoding="utf-8")
        paths.append(target)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output", type=Path, help="JSON lines file to write")
    args = parser.parse_args()
    from sitreps import api

    with tempfile.TemporaryDirectory() as tmp:
        result = api.extract(corpus_paths(Path(tmp)))
    lines = sorted(json.dumps({"text": d.text, "status": d.status, "reason": d.status_reason,
                               **d.model_dump(mode="json", include={"dateline", "events", "quotes", "claims"})},
                              sort_keys=True) for d in result.documents)
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    digest = hashlib.sha256(args.output.read_bytes()).hexdigest()
    events = sum(len(d.events) for d in result.documents)
    print(f"{len(lines)} documents, {events} event mentions, sha256 {digest}")


if __name__ == "__main__":
    main()
