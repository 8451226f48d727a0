"""Emergency workers sent to a strike's scene are no mobilisation (issue 13 "Event-ness").

"About 120 firefighters were deployed" after a drone attack, "deployed 40 rescuers and two cranes",
"Paramedics were deployed to the scene" tell the response to an incident; ACLED's change to group/activity
is armed or security personnel called up or moved. Firefighters, rescuers, paramedics and medics join the
mobilisation type's excluded words (``data/taxonomy.yaml``); troops, police and soldiers sent to help
firefighters still are a mobilisation. Every sentence was written for sitreps.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitreps import api

EMERGENCY = [
    "About 120 firefighters were deployed to the refinery in Tuapse and no one was hurt, the governor said.",
    "The emergency service deployed 40 rescuers and two cranes to the collapsed building in Kharkiv.",
    "Paramedics were deployed to the scene of the blast in Quetta, police said.",
    "Rescuers were deployed to the flooded villages near Beledweyne after the dam burst, officials said.",
]

FORCES = [
    "Russia deployed 2,000 more troops to the Kursk region on Monday, the ministry said.",
    "Police deployed hundreds of officers across Nairobi ahead of the protests.",
    "The army deployed soldiers to help firefighters battling the blaze in Homs.",
]


def _types(tmp_path: Path, sentence: str) -> list[str]:
    path = tmp_path / "article.txt"
    path.write_text(f"Title: Report\nPublished: 2026-11-18\n\n{sentence}\n", encoding="utf-8")
    [document] = api.extract([path]).documents
    return [m.type for m in document.events]


@pytest.mark.parametrize("sentence", EMERGENCY)
def test_emergency_workers_sent_are_no_mobilisation(tmp_path: Path, sentence: str) -> None:
    assert "mobilisation" not in _types(tmp_path, sentence)


@pytest.mark.parametrize("sentence", FORCES)
def test_forces_sent_are_a_mobilisation(tmp_path: Path, sentence: str) -> None:
    assert "mobilisation" in _types(tmp_path, sentence)
