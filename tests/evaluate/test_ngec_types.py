"""benchmarks/ngec_types.py: the seeded sample, the per-label agreement and the confusion list.

The stories in the made-up archive below are fiction written for this test; the real story file
is read only to check that its labels spell PLOVER's modes (skipped without ../shared).
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from types import ModuleType

import pytest
from benchmark_scripts import load_script

from sitreps.extract.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def ngec() -> ModuleType:
    return load_script("benchmarks/ngec_types.py")


def _archive(tmp_path: Path, rows: list[tuple[str, str, str]]) -> Path:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=["disclaimer", "text", "title", "source", "prompt", "label", "mode"])
    writer.writeheader()
    for text, label, mode in rows:
        writer.writerow({"disclaimer": "synthetic", "text": text, "title": "", "source": "", "prompt": "",
                         "label": label, "mode": mode})
    path = tmp_path / "stories.csv.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("stories.csv", buffer.getvalue())
    return path


def test_the_sample_is_seeded_and_takes_a_few_of_each_label(ngec: ModuleType, tmp_path: Path) -> None:
    rows = [(f"Story {i} of a riot in a made-up town.", "PROTEST", "RIOT") for i in range(6)]
    rows += [(f"Story {i} of a raid in a made-up valley.", "COERCE", "SIEZE") for i in range(3)]
    stories = ngec.read_stories(_archive(tmp_path, rows))
    assert {s.key for s in stories} == {"PROTEST/riot", "COERCE/seize"}  # the file's typo spelt as PLOVER does
    first, again = ngec.sample(stories, 2, 7, None), ngec.sample(stories, 2, 7, None)
    assert first == again and len(first) == 4
    assert ngec.sample(stories, 2, 7, {"COERCE"}) == [s for s in first if s.label == "COERCE"]


def test_the_report_counts_agreement_and_lists_confusions(ngec: ModuleType) -> None:
    riot = ngec.Story("A crowd burned a made-up depot.", "PROTEST", "riot")
    drone = ngec.Story("A drone hit a made-up convoy.", "ASSAULT", "drone")
    outcomes = [
        ngec.Outcome(riot, "PROTEST", "riot", "violent_demonstration", frozenset({"PROTEST"})),
        ngec.Outcome(riot, "COERCE", "seize", "looting_property_destruction", frozenset({"COERCE", "PROTEST"})),
        ngec.Outcome(drone, "ASSAULT", "aerial", "air_drone_strike", frozenset({"ASSAULT"})),
    ]
    text = ngec.report(outcomes)
    assert "PROTEST       2  0.500  1.000  1.000  0.000" in text
    assert "ASSAULT       1  1.000  1.000  0.000  0.000" in text  # the type agrees, the mode does not
    assert "1  PROTEST/riot                 -> COERCE/seize [looting_property_destruction]" in text
    assert "1  ASSAULT/drone                -> ASSAULT/aerial [air_drone_strike]" in text
    assert "baseline: every main event" in text


def test_the_story_labels_spell_plover_modes(ngec: ModuleType, ngec_stories: Path) -> None:
    assert ngec_stories.name == ngec.STORIES.name
    plover = load_taxonomy().codes.plover
    stories = ngec.read_stories(ngec_stories)
    assert len(stories) == 4500
    unknown = {s.key for s in stories if s.mode and s.mode not in plover[s.label].modes}
    assert not unknown, unknown  # "PRIMATIVE" and "SIEZE" are read as PLOVER's primitive and seize
