"""A town that bears its province's name: one outlet's "in Kaduna" may be the state, not the city.

Many provinces are named after their capital (Kaduna State and Kaduna, Idlib Governorate and Idlib,
Kandahar Province and Kandahar, Gao Region and Gao), and outlets write the bare name for either.
The gazetteer reads a bare name as the town, so a report "in Kaduna" and another outlet's report
"in Kajuru", a town of Kaduna State 60 km from the city, compare as two towns apart, though the
first outlet may well mean the state. Such a pair is read as saying nothing about place
(``scoring.NEUTRAL``), neither one place nor two: the other terms (the reporting sentence, the
actors, the tolls, the day) decide, as they do when one outlet names no place at all.

Only across outlets: within one article the writer's own two names are two places
(``scoring._towns_apart``). The unit words come from ``data/places/unit_words.yaml`` (its
first-level words: state, province, governorate, oblast, region ...), so "Gaza Strip" is no
province named after Gaza.
"""

from __future__ import annotations

from functools import lru_cache

from sitreps.models import Place, PlacePrecision
from sitreps.resolve.geodata import unit_core
from sitreps.resolve.geoindex import unit_words
from sitreps.resolve.normalise import fold


def province_namesake(town: Place | None, other: Place | None) -> bool:
    """Whether ``town`` is a town (exact precision) named as the first-level unit the gazetteer
    places it in, and ``other`` lies in that unit under another name."""
    if town is None or other is None or town.precision is not PlacePrecision.EXACT or not town.admin1:
        return False
    if other.admin1 != town.admin1 or other.country != town.country:
        return False
    name = fold(town.name or town.text)
    return bool(name) and name != fold(other.name or other.text) and unit_core(town.admin1, _region_words()) == name


def either_province_namesake(a: Place | None, b: Place | None) -> bool:
    """``province_namesake`` read both ways."""
    return province_namesake(a, b) or province_namesake(b, a)


@lru_cache(maxsize=1)
def _region_words() -> tuple[str, ...]:
    """First-level unit words, longest first (``UnitWords.suffixes`` order), read once."""
    words = unit_words()
    return tuple(w for w in words.suffixes if w in words.region)
