"""Check the attribution gold set: every substring occurs in its article, every label is known.

Run: ``python benchmarks/gold/attribution/validate.py``; prints one line per problem and exits 1
if there is any. The gold set (articles.jsonl) was written for sitreps: invented articles in
varied outlet styles, not copied from any outlet.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from sitreps.models import ClaimKind, SourceKind

GOLD = Path(__file__).with_name("articles.jsonl")
SPLITS = {"dev", "heldout"}


def problems(path: Path = GOLD) -> list[str]:
    """Every problem found in the gold file, as readable lines."""
    found: list[str] = []
    seen: set[str] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        article = json.loads(line)
        where = f"{path.name}:{number} ({article['id']})"
        if article["id"] in seen:
            found.append(f"{where}: duplicate id")
        seen.add(article["id"])
        if article["split"] not in SPLITS:
            found.append(f"{where}: split must be one of {sorted(SPLITS)}")
        text = article["text"]
        for quote in article["quotes"]:
            if quote["text"] not in text:
                found.append(f"{where}: quote text not in article: {quote['text']!r}")
        for claim in article["claims"]:
            if claim["sentence"] not in text:
                found.append(f"{where}: claim sentence not in article: {claim['sentence']!r}")
            if claim["kind"] not in {k.value for k in ClaimKind}:
                found.append(f"{where}: unknown claim kind {claim['kind']!r}")
            if claim["source_kind"] not in {k.value for k in SourceKind}:
                found.append(f"{where}: unknown source kind {claim['source_kind']!r}")
    return found


if __name__ == "__main__":
    issues = problems()
    print("\n".join(issues) or f"{GOLD.name}: ok")
    sys.exit(1 if issues else 0)
