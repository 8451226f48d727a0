"""Score the abduction-background fiction (benchmarks/fiction/abduction_background.yaml): per batch,
how many stories keep their main act and find an abduction only where one is the news.

Run: python benchmarks/abduction_fiction.py [--verbose]. The baseline is the same script run with
another checkout's sources first on PYTHONPATH (e.g. main before round 13b).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

from sitreps.evaluate.single_text import incidents_of_texts
from sitreps.models import EventMention

ITEMS = Path(__file__).parent / "fiction" / "abduction_background.yaml"
ABDUCTION = "abduction"


def right(item: dict[str, object], mentions: list[EventMention]) -> bool:
    """Whether the story keeps its main act and has an abduction exactly when one is expected."""
    types = {m.type for m in mentions}
    kept = item.get("main") is None or item["main"] in types
    return kept and (ABDUCTION in types) == bool(item["abduction"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true", help="print each item's mentions")
    verbose = parser.parse_args().verbose
    batches = yaml.safe_load(ITEMS.read_text(encoding="utf-8"))
    for batch, items in batches.items():
        found = incidents_of_texts([str(i["text"]) for i in items])
        scored = [right(item, mentions) for item, mentions in zip(items, found, strict=True)]
        print(f"{batch}: {sum(scored)}/{len(items)}")
        if verbose:
            for item, mentions, ok in zip(items, found, scored, strict=True):
                got = ", ".join(f"{m.type} {m.trigger.text!r}" for m in mentions)
                print(f"  {'ok ' if ok else 'BAD'} {str(item['text'])[:60]!r}: {got}")


if __name__ == "__main__":
    main()
