"""Expand benchmarks/training/templates.yaml into sentences.jsonl: labelled sentences for training.

Every template is filled ``FILLS_PER_TEMPLATE`` times from the slot lists with a fixed
seed, so the output is the same on every run; ``none`` sentences are kept as written.

    python benchmarks/training/make_sentences.py
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import yaml

HERE = Path(__file__).parent
SEED = 14
# Seven fillings of seven to nine templates give 41-54 distinct sentences a type (the >= 40 the issue
# asks; a template without slots repeats, so fillings that come out the same count once).
FILLS_PER_TEMPLATE = 7
SLOT = re.compile(r"\{([A-Z])\}")


def _vary(template: str, rng: random.Random) -> str:
    """A prose template told with a time before it or a source after it, as wires vary a lead."""
    if not template.endswith(".") or rng.random() < 1 / 3:
        return template
    if rng.random() < 0.5:
        return "{T}, " + template[0].lower() + template[1:]
    return template[:-1] + ", {O}."


def _fill(template: str, slots: dict[str, list[str]], rng: random.Random) -> str:
    text = SLOT.sub(lambda m: rng.choice(slots[m.group(1)]), _vary(template, rng))
    text = re.sub(r"\s+,", ",", re.sub(r"\s{2,}", " ", text)).strip()
    return text[0].upper() + text[1:]


def main() -> None:
    spec = yaml.safe_load((HERE / "templates.yaml").read_text(encoding="utf-8"))
    rng = random.Random(SEED)
    rows: list[dict[str, object]] = []
    for type_id, templates in spec["types"].items():
        seen: set[str] = set()
        for template in templates:
            for _ in range(FILLS_PER_TEMPLATE):
                text = _fill(template, spec["slots"], rng)
                if text not in seen:
                    seen.add(text)
                    rows.append({"text": text, "types": [type_id]})
    rows += [{"text": text, "types": []} for text in spec["none"]]
    with (HERE / "sentences.jsonl").open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} sentences")


if __name__ == "__main__":
    main()
