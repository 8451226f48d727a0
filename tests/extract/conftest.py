"""Fixtures for extraction tests: run the real pipeline over sentences written for the tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, run

from sitreps.models import EventMention


@pytest.fixture(scope="session")
def extract() -> Extract:
    """A function from one text to the event mentions the pipeline extracts from it."""
    def mentions(text: str) -> list[EventMention]:
        return run([text])[0].events
    return mentions
