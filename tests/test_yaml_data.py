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
