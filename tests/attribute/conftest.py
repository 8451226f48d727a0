"""Shared helpers for the attribution tests: one parsed pipeline, articles written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from sitreps.annotate.nlp import load_nlp


@pytest.fixture(scope="session")
def parse() -> Callable[[str], Doc]:
    """Parse a text with the project's spaCy pipeline (loaded once)."""
    nlp = load_nlp()
    return lambda text: nlp(text)
