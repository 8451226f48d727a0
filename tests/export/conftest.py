"""A small processed database for the export tests: a defection and two reports of one located drone strike."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

EXPORT_SUBSET = (
    "01_drc_defection_goma.txt",
    "02_sudan_el_fasher_drone_wire.txt",
    "03_sudan_el_fasher_drone_local.html",
)


@pytest.fixture(scope="session")
def export_db(corpus_db: Callable[[Sequence[str], dict[str, str]], str]) -> str:
    return corpus_db(EXPORT_SUBSET, {})
