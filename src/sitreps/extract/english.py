"""The English word lists of incident extraction (``data/en/*.yaml``), read once.

Which words make an event word generic, an aggregate toll, a fear or a fresh
incident are facts about English, not code: they live in data files so that
they can be extended (or a second language added) without touching the rules
that use them. This module only reads them.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from sitreps.errors import ConfigError

DATA_FOLDER = ("data", "en")


@cache
def _load(name: str) -> dict[str, Any]:
    path = resources.files("sitreps").joinpath(*DATA_FOLDER, f"{name}.yaml")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ConfigError(f"cannot read the word list data/en/{name}.yaml: {error}") from error
    if not isinstance(data, dict):
        raise ConfigError(f"data/en/{name}.yaml must be a mapping of list names to word lists")
    return data


def words(name: str, key: str) -> frozenset[str]:
    """The lower-cased entries of list ``key`` in ``data/en/<name>.yaml``."""
    entries = _load(name).get(key)
    if not isinstance(entries, list):
        raise ConfigError(f"data/en/{name}.yaml has no word list {key!r}")
    return frozenset(str(entry).lower() for entry in entries)


def phrases(name: str, key: str) -> tuple[str, ...]:
    """Multi-word entries of list ``key``, longest first (so the longest match wins)."""
    return tuple(sorted(words(name, key), key=len, reverse=True))
