"""Scripts of benchmarks/ imported as modules, so tests can call their functions."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).parents[2]


def load_script(relative: str) -> ModuleType:
    """The script at ``relative`` (to the repository root) as a module named after its file, registered
    in ``sys.modules`` because dataclasses look their module up by name."""
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module
