"""The per-language word-list loader: data/<language>/<name>.yaml."""

from __future__ import annotations

import pytest

from sitreps.errors import ConfigError
from sitreps.language_data import word_list


def test_english_quantity_words_load() -> None:
    words = word_list("triggers", "quantity_words")
    assert {"more", "than", "nearly"} <= set(words)


def test_a_missing_list_or_language_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="no list 'nope'"):
        word_list("triggers", "nope")
    with pytest.raises(ConfigError, match="cannot read the xx word lists"):
        word_list("triggers", "quantity_words", language="xx")
