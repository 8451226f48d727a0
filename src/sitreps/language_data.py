"""The one loader of per-language word lists: ``data/<language>/<name>.yaml``.

Word lists that code needs besides the taxonomy (comparatives, determiners, cue words) live in
a folder per language, so supporting another language is a new folder, not edits in modules.
Files load once, lazily, on first use.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from sitreps.errors import ConfigError

DEFAULT_LANGUAGE = "en"


@lru_cache(maxsize=32)
def _table(name: str, language: str) -> dict[str, list[str]]:
    path = resources.files("sitreps.data").joinpath(f"{language}/{name}.yaml")
    try:
        table = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ConfigError(f"cannot read the {language} word lists {name}.yaml: {error}") from error
    if not isinstance(table, dict):
        raise ConfigError(f"{language}/{name}.yaml must map list names to word lists")
    return table


def word_list(name: str, key: str, language: str = DEFAULT_LANGUAGE) -> tuple[str, ...]:
    """The words under ``key`` in ``data/<language>/<name>.yaml``; a missing key is a ConfigError."""
    table = _table(name, language)
    if key not in table:
        raise ConfigError(f"{language}/{name}.yaml has no list {key!r}")
    return tuple(str(word) for word in table[key])
