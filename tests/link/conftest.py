"""Fixtures for the link tests: linkers with the lexical embedder, and a set of strike reports."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from link_helpers import ODESA, make_doc, strike

from sitreps.link.embedding import lexical_embedder
from sitreps.link.linker import Linker
from sitreps.models import Document, SourceKind


@pytest.fixture
def linker_factory() -> Callable[..., Linker]:
    """Linkers using the lexical stand-in embedder (the real model is tested once, separately)."""

    def build(**kwargs: Any) -> Linker:
        return Linker(embedder=lexical_embedder, **kwargs)

    return build


@pytest.fixture
def strike_reports() -> list[Document]:
    """Three reports of one drone strike (one a verbatim reprint) and one of a protest in Odesa."""
    wire = "A Russian drone struck an apartment block in Kharkiv overnight, killing five, the governor said."
    return [
        make_doc("a1", wire, "2024-03-03", "Wire One", strike()),
        make_doc("a2", wire, "2024-03-03", "Reprint Daily", strike()),
        make_doc(
            "a3",
            "Six residents died when a drone struck a high-rise in Kharkiv, rescuers said on Monday.",
            "2024-03-04",
            "Eastern Post",
            strike(counts=[("killed", 6)], source=("State Emergency Service", SourceKind.ORGANISATION)),
        ),
        make_doc(
            "a4",
            "Hundreds of residents rallied in Odesa on Sunday against a plan to close a children's hospital.",
            "2024-03-03",
            "Black Sea News",
            {
                "type": "peaceful_protest",
                "trigger": "rallied",
                "actors": [("initiator", "residents", None)],
                "place": ODESA,
                "time": ("2024-03-03", "day"),
            },
        ),
    ]
