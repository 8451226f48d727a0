"""Check the event gold set before anyone scores against it.

Scorers locate gold strings with ``text.find``, so every trigger, actor, count,
place and time must be an exact substring of the item's text; a trigger that
occurs twice would be located at its first occurrence, so that is an error too
(other repeated strings are only warned about: their first occurrence is usually
the one meant).
Ids, type ids, roles, count vocabulary and modality values are checked against
schema.json, and each type must be covered often enough in both splits.

    python benchmarks/gold/events/validate.py [FILE.jsonl ...]   # exits 1 on any error
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SPLITS = {"dev": "ev-dev-", "heldout": "ev-held-"}
ITEM_KEYS = {"id", "conflict", "style", "published_at", "text", "events"}
EVENT_KEYS = {"type", "trigger", "modality", "actors", "counts", "place", "time"}
COUNT_KEYS = {"what", "value", "low", "high", "text"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def load_schema() -> dict[str, Any]:
    """The controlled vocabularies; kept as data beside the gold set they govern."""
    return json.loads((HERE / "schema.json").read_text(encoding="utf-8"))


def _substring(text: str, value: Any, where: str, errors: list[str], unique: bool = False) -> None:
    """A trigger must be unique; other repeated strings only warn (the first is usually meant)."""
    if not isinstance(value, str) or not value:
        errors.append(f"{where}: must be a non-empty string, got {value!r}")
    elif value not in text:
        errors.append(f"{where}: {value!r} is not a substring of the text")
    elif text.count(value) > 1:
        message = f"{where}: {value!r} occurs {text.count(value)} times; scorers use the first"
        if unique:
            errors.append(f"{message}; lengthen it so it is unique")
        else:
            print(f"warning: {message}", file=sys.stderr)


def _check_count(text: str, count: Any, where: str, schema: dict[str, Any], errors: list[str]) -> None:
    if not isinstance(count, dict) or set(count) != COUNT_KEYS:
        errors.append(f"{where}: a count needs exactly the keys {sorted(COUNT_KEYS)}")
        return
    if count["what"] not in schema["count_what"]:
        errors.append(f"{where}: unknown count 'what' {count['what']!r}")
    numbers = [count[k] for k in ("value", "low", "high")]
    if any(n is not None and (not isinstance(n, int) or isinstance(n, bool) or n < 0) for n in numbers):
        errors.append(f"{where}: value/low/high must be non-negative integers or null")
    elif all(n is None for n in numbers):
        errors.append(f"{where}: value, low and high cannot all be null")
    else:
        value, low, high = numbers
        if value is not None and ((low is not None and low > value) or (high is not None and high < value)):
            errors.append(f"{where}: value {value} lies outside [low, high]")
        if low is not None and high is not None and low > high:
            errors.append(f"{where}: low {low} is above high {high}")
    _substring(text, count["text"], f"{where}.text", errors)


def check_event(text: str, event: Any, where: str, schema: dict[str, Any], errors: list[str]) -> None:
    """Append to ``errors`` every way one gold event breaks the conventions."""
    if not isinstance(event, dict) or set(event) != EVENT_KEYS:
        errors.append(f"{where}: an event needs exactly the keys {sorted(EVENT_KEYS)}")
        return
    if event["type"] not in schema["types"]:
        errors.append(f"{where}: unknown type {event['type']!r}")
    if event["modality"] not in schema["modalities"]:
        errors.append(f"{where}: unknown modality {event['modality']!r}")
    _substring(text, event["trigger"], f"{where}.trigger", errors, unique=True)
    for i, actor in enumerate(event["actors"]):
        if not isinstance(actor, dict) or set(actor) != {"role", "text"}:
            errors.append(f"{where}.actors[{i}]: an actor needs exactly the keys role and text")
            continue
        if actor["role"] not in schema["roles"]:
            errors.append(f"{where}.actors[{i}]: unknown role {actor['role']!r}")
        _substring(text, actor["text"], f"{where}.actors[{i}].text", errors)
    for i, count in enumerate(event["counts"]):
        _check_count(text, count, f"{where}.counts[{i}]", schema, errors)
    for key in ("place", "time"):
        if event[key] is not None:
            _substring(text, event[key], f"{where}.{key}", errors)


def check_item(item: Any, where: str, schema: dict[str, Any], errors: list[str]) -> None:
    """Append to ``errors`` every way one gold item breaks the conventions."""
    if not isinstance(item, dict) or set(item) != ITEM_KEYS:
        errors.append(f"{where}: an item needs exactly the keys {sorted(ITEM_KEYS)}")
        return
    if not isinstance(item["text"], str) or not item["text"].strip():
        errors.append(f"{where}: empty text")
        return
    if not isinstance(item["published_at"], str) or not DATE.match(item["published_at"]):
        errors.append(f"{where}: published_at must be YYYY-MM-DD")
    if not isinstance(item["events"], list):
        errors.append(f"{where}: events must be a list (empty for a negative)")
        return
    for i, event in enumerate(item["events"]):
        check_event(item["text"], event, f"{where}.events[{i}]", schema, errors)


def check_file(path: Path, schema: dict[str, Any], errors: list[str]) -> list[dict[str, Any]]:
    """Validate one JSONL file; return its parsed items for the coverage checks."""
    prefix = SPLITS.get(path.stem)
    items: list[dict[str, Any]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.name}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: not JSON ({exc})")
            continue
        check_item(item, where, schema, errors)
        if isinstance(item, dict):
            if prefix and not str(item.get("id", "")).startswith(prefix):
                errors.append(f"{where}: id {item.get('id')!r} should start with {prefix!r}")
            items.append(item)
    return items


def check_coverage(by_split: dict[str, list[dict[str, Any]]], schema: dict[str, Any],
                   errors: list[str]) -> None:
    """Every type often enough overall and at least once in the held-out split; ids unique."""
    ids = Counter(str(item.get("id")) for items in by_split.values() for item in items)
    errors.extend(f"duplicate id {i!r}" for i, n in ids.items() if n > 1)
    if set(by_split) != set(SPLITS):
        return
    totals = _type_counts([i for items in by_split.values() for i in items])
    heldout = _type_counts(by_split["heldout"])
    for name in schema["types"]:
        if totals[name] < schema["min_per_type"]:
            errors.append(f"type {name}: {totals[name]} events, needs at least {schema['min_per_type']}")
        if heldout[name] < schema["min_per_type_heldout"]:
            errors.append(f"type {name}: missing from heldout")


def _type_counts(items: list[dict[str, Any]]) -> Counter[str]:
    events = (e for item in items for e in item.get("events", []) if isinstance(e, dict))
    return Counter(str(e.get("type")) for e in events)


def summary(by_split: dict[str, list[dict[str, Any]]]) -> str:
    """Item, event, negative and conflict counts per split, for docs/gold-sets.md."""
    lines = []
    for split, items in by_split.items():
        events = sum(len(i.get("events", [])) for i in items)
        negatives = sum(1 for i in items if not i.get("events"))
        conflicts = len({i.get("conflict") for i in items})
        lines.append(f"{split}: {len(items)} items, {events} events, {negatives} negatives, "
                     f"{conflicts} conflicts")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path,
                        help="JSONL files (default: dev.jsonl and heldout.jsonl here)")
    args = parser.parse_args(argv)
    schema = load_schema()
    files = args.files or [HERE / f"{split}.jsonl" for split in SPLITS]
    errors: list[str] = []
    by_split = {path.stem: check_file(path, schema, errors) for path in files}
    check_coverage(by_split, schema, errors)
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    print(summary(by_split))
    print(f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
