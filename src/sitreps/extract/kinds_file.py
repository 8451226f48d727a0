"""``data/incident_kinds.yaml``, read once for the modules that each take a section of it.

Incident merging (kinds, absorbs), unrest, foreign ground and the linked row's part-of types all
read their rules from this one file; reading and checking it in one place keeps its error message
and its cache the same for all of them.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from sitreps.language_data import read_mapping

KINDS_FILE = "data/incident_kinds.yaml"


@lru_cache(maxsize=1)
def kinds_data() -> dict[str, Any]:
    """The whole file as a mapping (callers read it, never change it); ConfigError when unreadable."""
    return read_mapping(resources.files("sitreps").joinpath("data", "incident_kinds.yaml"), KINDS_FILE)
