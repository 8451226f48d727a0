"""The models and lexicons are frozen out of the garbage collector's walks once loaded (round 17, throughput)."""

from __future__ import annotations

import gc

from sitreps.pipeline import load_resources


def test_resources_are_frozen_once_loaded() -> None:
    resources = load_resources("rules")
    assert gc.get_freeze_count() > 0
    assert resources.gazetteer.country_of("Kidal") == "Mali"  # still usable: freezing moves nothing
