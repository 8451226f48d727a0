"""The one loader of per-language word lists: ``data/<language>/<name>.yaml``.

Word lists that code needs besides the taxonomy (comparatives, determiners, cue words) live in
a folder per language, so supporting another language is a new folder, not edits in modules.
English (``data/en/``) is the reference: a language folder must hold a file of every name
English has, and ``check_language`` says which are missing. Files load once, lazily, on first use.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import yaml

from sitreps.errors import ConfigError
from sitreps.yaml_data import parse_yaml

DEFAULT_LANGUAGE = "en"
DATA_PACKAGE = "sitreps.data"
SUFFIX = ".yaml"


def read_mapping(path: Traversable, what: str) -> dict[str, Any]:
    """A packaged YAML data file, checked to be a mapping; ``what`` names it in the error."""
    try:
        loaded = parse_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ConfigError(f"cannot read {what}: {error}; reinstall sitreps or fix the file") from error
    if not isinstance(loaded, dict):
        raise ConfigError(f"{what} must be a YAML mapping of lists")
    return loaded


def data_root() -> Traversable:
    """The packaged data folder that holds one folder of word lists per language."""
    return resources.files(DATA_PACKAGE)


def _folder(language: str) -> Traversable:
    return data_root().joinpath(language)


def language_files(language: str) -> frozenset[str]:
    """The names (without ``.yaml``) of the word-list files in ``data/<language>/``; empty when none."""
    folder = _folder(language)
    if not folder.is_dir():
        return frozenset()
    return frozenset(f.name.removesuffix(SUFFIX) for f in folder.iterdir() if f.name.endswith(SUFFIX))


def missing_files(language: str) -> list[str]:
    """The files English has that ``data/<language>/`` lacks, sorted."""
    return sorted(language_files(DEFAULT_LANGUAGE) - language_files(language))


def check_language(language: str) -> None:
    """Raise a ConfigError naming every file ``data/<language>/`` lacks, so a half-made folder fails at once."""
    missing = missing_files(language)
    if missing:
        names = ", ".join(f"{name}{SUFFIX}" for name in missing)
        raise ConfigError(f"the word lists of language {language!r} lack {names}: "
                          f"add them to data/{language}/ (data/{DEFAULT_LANGUAGE}/ shows what each holds)")


@lru_cache(maxsize=32)
def table(name: str, language: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    """Every list of ``data/<language>/<name>.yaml``, by key; a missing folder or file is a ConfigError."""
    if not _folder(language).is_dir():
        raise ConfigError(f"cannot read the {language} word lists: there is no folder data/{language}/")
    if language != DEFAULT_LANGUAGE:
        check_language(language)  # name every missing file at once, not one per failed lookup
    path = _folder(language).joinpath(f"{name}{SUFFIX}")
    if not path.is_file():
        raise ConfigError(f"cannot read the {language} word lists {name}{SUFFIX}: data/{language}/ lacks it; "
                          f"a language folder needs every file data/{DEFAULT_LANGUAGE}/ has")
    return read_mapping(path, f"the {language} word lists {name}{SUFFIX}")


def word_list(name: str, key: str, language: str = DEFAULT_LANGUAGE) -> tuple[str, ...]:
    """The words under ``key`` in ``data/<language>/<name>.yaml``; a missing key is a ConfigError."""
    entries = table(name, language)
    if key not in entries:
        raise ConfigError(f"{language}/{name}.yaml has no list {key!r}")
    return tuple(str(word) for word in entries[key])


def word_table(name: str, key: str, language: str = DEFAULT_LANGUAGE) -> dict[Any, Any]:
    """The mapping under ``key`` in ``data/<language>/<name>.yaml`` (words to numbers, month names by number)."""
    found = table(name, language).get(key)
    if not isinstance(found, dict):
        raise ConfigError(f"{language}/{name}.yaml has no mapping {key!r}")
    return found
