"""A bare name told as the town and, in another telling of the incident, as the province it names.

Many provinces are named after their capital (Guanajuato, Kaduna, Idlib, Kandahar), and outlets write the
bare name for either: "armed men kill six at a bar in Guanajuato" over a lead telling the attack "in the
city of Salamanca, in the central Mexican state of Guanajuato". The gazetteer reads the bare name as the
town, which outranked the province when the tellings were merged, and the town the story gave the
attack (Salamanca) could no longer refine it. When one telling names the province itself, the town of the
same name in another telling is read as that province (:func:`read_as_province`).
"""

from __future__ import annotations

from collections.abc import Sequence

from sitreps.models import Place, PlacePrecision
from sitreps.resolve.geodata import unit_core
from sitreps.resolve.geoindex import unit_words
from sitreps.resolve.normalise import fold


def read_as_province(places: Sequence[Place]) -> list[Place]:
    """The places less each town that bears the name of its own province when another of them is that
    province, named as such (a region the gazetteer knows, not a place it put at the province's point:
    "around the Abu Salim district" placed in Tripoli leaves the town Tripoli alone)."""
    provinces = {(p.country, p.admin1) for p in places if p.precision is PlacePrecision.REGION
                 and not p.approximate and p.admin1 and _core(p.name or p.text) == _core(p.admin1)}
    return [p for p in places if not ((p.country, p.admin1) in provinces and _names_its_province(p))]


def _names_its_province(place: Place) -> bool:
    """Whether a town's name is its first-level unit's name less the unit word ("Guanajuato" of Guanajuato)."""
    return place.precision is PlacePrecision.EXACT and bool(place.admin1) \
        and _core(place.admin1 or "") == fold(place.name or place.text)


def _core(name: str) -> str:
    """A unit's name without its first-level unit word, folded: "Kaduna State" -> "kaduna"."""
    words = unit_words()
    return unit_core(name, tuple(w for w in words.suffixes if w in words.region))
