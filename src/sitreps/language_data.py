"""The one loader of per-language word lists: ``data/<language>/<name>.yaml``.

Word lists that code needs besides the taxonomy (comparatives, determiners, cue words) live in
a folder per language, so supporting another language is a new folder, not edits in modules.
Files load once, lazily, on first use.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import yaml

from sitreps.errors import ConfigError

DEFAULT_LANGUAGE = "en"


def read_mapping(path: Traversable, what: str) -> dict[str, Any]:
    """A packaged YAML data file, checked to be a mapping; ``what`` names it in the error."""
    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ConfigError(f"cannot read {what}: {error}; reinstall sitreps or fix the file") from error
    if not isinstance(loaded, dict):
        raise ConfigError(f"{what} must be a YAML mapping of lists")
    return loaded


@lru_cache(maxsize=32)
def _table(name: str, language: str) -> dict[str, Any]:
    path = resources.files("sitreps.data").joinpath(f"{language}/{name}.yaml")
    return read_mapping(path, f"the {language} word lists {name}.yaml")


def word_list(name: str, key: str, language: str = DEFAULT_LANGUAGE) -> tuple[str, ...]:
    """The words under ``key`` in ``data/<language>/<name>.yaml``; a missing key is a ConfigError."""
    table = _table(name, language)
    if key not in table:
        raise ConfigError(f"{language}/{name}.yaml has no list {key!r}")
    return tuple(str(word) for word in table[key])


def word_table(name: str, key: str, language: str = DEFAULT_LANGUAGE) -> dict[Any, Any]:
    """The mapping under ``key`` in ``data/<language>/<name>.yaml`` (words to numbers, month names by number)."""
    table = _table(name, language)
    found = table.get(key)
    if not isinstance(found, dict):
        raise ConfigError(f"{language}/{name}.yaml has no mapping {key!r}")
    return found
