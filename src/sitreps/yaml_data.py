"""Parsing sitreps' YAML data files with libyaml when PyYAML was built with it.

PyYAML's pure-Python safe loader took about a third of a second per process for the
data files (taxonomy, word lists, registries), much of it inside the first articles'
processing since most lists load lazily; libyaml's safe loader builds the same Python
objects (checked equal over every packaged data file) in about a tenth of the time.
The resolve.geoindex module chose the same loader for the place files.
"""

from __future__ import annotations

from typing import Any

import yaml

# libyaml's safe loader when PyYAML was built with it, else PyYAML's own: same constructor, C parser.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """``yaml.safe_load(text)``, through libyaml when available; errors are ``yaml.YAMLError`` as before."""
    return yaml.load(text, Loader=LOADER)
