"""The Jinja2 environment of the dashboard: templates from the package, autoescape always on."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader, StrictUndefined


def _query(params: dict[str, object], **changes: object) -> str:
    """The current query string with some parameters changed (for paging and sorting links)."""
    merged = {**params, **changes}
    return urlencode([(k, v) for k, v in merged.items() if v not in (None, "")], doseq=True)


@lru_cache(maxsize=1)
def templates() -> Environment:
    """Loaded on first use; autoescape on for every template, whatever its name."""
    env = Environment(loader=PackageLoader("sitreps.serve", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals["query"] = _query
    return env
