"""The libyaml loader reads every packaged data file exactly as PyYAML's own safe loader does."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

import pytest
import yaml

from sitreps.yaml_data import parse_yaml


def _data_files(folder: Traversable) -> list[Traversable]:
    found = []
    for entry in folder.iterdir():
        if entry.is_dir():
            found += _data_files(entry)
        elif entry.name.endswith((".yaml", ".yml")):
            found.append(entry)
    return found


DATA_FILES = _data_files(resources.files("sitreps"))


def test_there_are_data_files_to_check() -> None:
    assert len(DATA_FILES) > 20


@pytest.mark.parametrize("entry", DATA_FILES, ids=lambda entry: entry.name)
def test_same_objects_as_the_pure_python_loader(entry: Traversable) -> None:
    text = entry.read_text(encoding="utf-8")
    assert parse_yaml(text) == yaml.load(text, Loader=yaml.SafeLoader)


def test_bad_yaml_raises_yaml_error() -> None:
    with pytest.raises(yaml.YAMLError):
        parse_yaml("words: [unclosed, list\n  - item")


def test_no_python_objects() -> None:
    with pytest.raises(yaml.YAMLError):
        parse_yaml("!!python/object/apply:os.system ['true']")


def _booleans(value: object, path: str = "") -> list[str]:
    """Where a loaded data file holds True or False: YAML 1.1 reads a bare "on", "no" or "yes" as one."""
    if isinstance(value, bool):
        return [path]
    if isinstance(value, dict):
        return [p for key, item in value.items() for p in _booleans(item, f"{path}/{key}")]
    if isinstance(value, list):
        return [p for index, item in enumerate(value) for p in _booleans(item, f"{path}[{index}]")]
    return []


@pytest.mark.parametrize("entry", DATA_FILES, ids=lambda entry: entry.name)
def test_no_word_is_read_as_a_boolean(entry: Traversable) -> None:
    """No packaged data file needs a boolean, so one found is a word YAML swallowed: "on" in a list of
    prepositions, "no" among negations (round 22: six such words in four lists never matched)."""
    assert not _booleans(parse_yaml(entry.read_text(encoding="utf-8"))), entry.name
