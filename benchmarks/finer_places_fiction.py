"""Score place fiction (benchmarks/fiction/finer_places.yaml by default): per batch, how many mentions
get the town their story names, or keep the coarse place of a round-up or another incident.

Run: python benchmarks/finer_places_fiction.py [--verbose] [--items benchmarks/fiction/places_r14.yaml]
A `.jsonl` file (benchmarks/gold/resolve/places_r15.jsonl) holds one item a line, its batch in `batch`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import yaml

from sitreps import pipeline
from sitreps.ingest import document_id
from sitreps.models import Document, DocumentStatus, EventMention, PlacePrecision

ITEMS = Path(__file__).parent / "fiction" / "finer_places.yaml"
COARSE = (PlacePrecision.REGION, PlacePrecision.COUNTRY)


def right(item: dict[str, str], mentions: list[EventMention]) -> tuple[bool, str]:
    """Whether the scored mention's place is the expected one, and what it was."""
    # The place is scored, not the type: a story typed otherwise is scored on its first mention.
    found = [m for m in mentions if m.type == item["type"]] or list(mentions[:1])
    place = found[0].place if found else None
    got = ("no mention" if not found else "no place" if place is None
           else f"{place.name}, {place.country} ({place.precision.value})")
    if place is None:
        return False, got
    if "country" in item and place.country != item["country"]:
        return False, got
    if "town" in item:
        # a village the gazetteer lacks, placed at the district its story names, says so in its note
        return item["town"] in (place.name or "") + (place.text or "") + (place.note or ""), got
    return place.precision in COARSE and place.country == item["stays"], got


def load_batches(path: Path) -> dict[str, list[dict[str, Any]]]:
    """The items of a fiction file by batch: a YAML mapping of batches, or JSON lines naming their batch."""
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".jsonl":
        return dict(yaml.safe_load(text))
    batches: dict[str, list[dict[str, Any]]] = {}
    for line in filter(str.strip, text.splitlines()):
        item = json.loads(line)
        batches.setdefault(item["batch"], []).append(item)
    return batches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true", help="print each item's answer")
    parser.add_argument("--items", type=Path, default=ITEMS, help="a fiction file of the same layout")
    args = parser.parse_args()
    verbose = args.verbose
    batches = load_batches(args.items)
    for batch, items in batches.items():
        documents = [Document(id=document_id(i["text"]), text=i["text"], published_at="2024-05-01", language="en",
                              status=DocumentStatus.PENDING) for i in items]
        scored = [right(item, doc.events) for item, doc in zip(items, pipeline.process(documents), strict=True)]
        print(f"{batch}: {sum(ok for ok, _ in scored)}/{len(items)}")
        if verbose:
            for item, (ok, got) in zip(items, scored, strict=True):
                print(f"  {'ok ' if ok else 'BAD'} {item.get('town') or item.get('stays')}: {got}")


if __name__ == "__main__":
    main()
