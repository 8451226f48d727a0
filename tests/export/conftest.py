"""A small processed database for the export tests: a defection and two reports of one located drone strike."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest

from sitreps import api

EXPORT_SUBSET = (
    "01_drc_defection_goma.txt",
    "02_sudan_el_fasher_drone_wire.txt",
    "03_sudan_el_fasher_drone_local.html",
)


@pytest.fixture(scope="session")
def export_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("export-corpus")
    corpus = resources.files("sitreps.examples").joinpath("corpus")
    with resources.as_file(corpus) as source:
        for name in EXPORT_SUBSET:
            shutil.copy(Path(source) / name, folder / name)
    db = f"sqlite:///{tmp_path_factory.mktemp('export-db') / 'export.db'}"
    api.ingest([folder], db=db)
    assert api.process(db=db).processed == len(EXPORT_SUBSET)
    return db
