"""The per-language word-list loader: data/<language>/<name>.yaml, and the English folder's contents."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from sitreps import language_data
from sitreps.attribute.lexicon import LEXICON_FILES, Lexicon
from sitreps.errors import ConfigError
from sitreps.language_data import DEFAULT_LANGUAGE, check_language, language_files, table, word_list

SOURCE_ROOT = Path(language_data.__file__).parent
ENGLISH = SOURCE_ROOT / "data" / DEFAULT_LANGUAGE
# Top-level keys that describe a file rather than hold a word list.
METADATA_KEYS = frozenset({"version"})


def _python_source() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(SOURCE_ROOT.rglob("*.py")))


def _english_files() -> list[Path]:
    found = sorted(ENGLISH.glob("*.yaml"))
    assert found, f"no word lists under {ENGLISH}"
    return found


@pytest.fixture
def fresh_tables() -> Iterator[None]:
    """Forget loaded tables before and after a test that swaps the data folder."""
    table.cache_clear()
    yield
    table.cache_clear()


def test_english_quantity_words_load() -> None:
    words = word_list("triggers", "quantity_words")
    assert {"more", "than", "nearly"} <= set(words)


def test_a_missing_list_or_language_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="no list 'nope'"):
        word_list("triggers", "nope")
    with pytest.raises(ConfigError, match="cannot read the xx word lists"):
        word_list("triggers", "quantity_words", language="xx")


@pytest.mark.parametrize("path", _english_files(), ids=lambda p: p.name)
def test_every_english_file_loads_with_nonempty_entries(path: Path) -> None:
    lists = table(path.stem)
    assert lists, f"{path.name} holds no lists"
    for key, value in lists.items():
        if key in METADATA_KEYS:
            continue
        # A list of words, or a mapping of words to what they stand for (number words, month names by number).
        assert isinstance(value, list | dict) and value, f"{path.name}: {key} must be a non-empty list or mapping"
        entries = value.items() if isinstance(value, dict) else [(word, word) for word in value]
        assert all(str(word).strip() and meaning is not None for word, meaning in entries), (
            f"{path.name}: {key} holds an empty entry"
        )


@pytest.mark.parametrize("path", _english_files(), ids=lambda p: p.name)
def test_every_english_file_and_list_is_read_by_the_code(path: Path) -> None:
    """No orphan data: the file's name is quoted in the code and each list's key appears there."""
    source = _python_source()
    quoted = f'"{path.stem}"' in source
    assert quoted, f"no module reads data/en/{path.name}"
    loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    unused = [key for key in loaded if key not in METADATA_KEYS and not re.search(rf"\b{key}\b", source)]
    assert not unused, f"data/en/{path.name}: no module reads {unused}"


def test_the_attribution_files_hold_exactly_the_lexicon_lists() -> None:
    keys = {key for name in LEXICON_FILES for key in table(name) if key not in METADATA_KEYS}
    assert keys == set(Lexicon.__dataclass_fields__)


def test_english_is_complete() -> None:
    assert {"cues", "sources", "stance", "modality", "mentions", "triggers"} <= language_files(DEFAULT_LANGUAGE)
    check_language(DEFAULT_LANGUAGE)


def test_a_language_folder_missing_files_fails_naming_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_tables: None
) -> None:
    shutil.copytree(ENGLISH, tmp_path / DEFAULT_LANGUAGE)
    partial = tmp_path / "xx"
    partial.mkdir()
    shutil.copy(ENGLISH / "triggers.yaml", partial / "triggers.yaml")
    monkeypatch.setattr(language_data, "data_root", lambda: tmp_path)
    assert "cues" in language_data.missing_files("xx") and "triggers" not in language_data.missing_files("xx")
    with pytest.raises(ConfigError, match=r"language 'xx' lack .*cues\.yaml.*mentions\.yaml"):
        check_language("xx")
    with pytest.raises(ConfigError, match="lack"):
        word_list("triggers", "quantity_words", language="xx")  # even a file that exists: the folder is incomplete
    for path in ENGLISH.glob("*.yaml"):
        shutil.copy(path, partial / path.name)
    check_language("xx")
    assert word_list("triggers", "quantity_words", language="xx") == word_list("triggers", "quantity_words")
