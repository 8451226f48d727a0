"""Admin-unit names: the unit word written with a name, and the unit a name means in a story.

"Donetsk region", "province of Kandahar", "Bijapur district": the unit word says what level of unit is
meant, and the story's countries and the units written with the name say which of its namesakes.
Shared by the gazetteer's steps and by the reading of a toponym's context.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sitreps.resolve.geoindex import GeoIndex, Unit, UnitWords

# Folded names whose unit word is kept: the names of the articles being processed (a few dozen each)
# repeat across a batch; 8,192 short strings is well under a megabyte.
SUFFIX_CACHE_SIZE = 8192


@dataclass(frozen=True)
class SuffixedName:
    """A folded name split into its core and unit word: "donetsk region" -> ("donetsk", "region")."""

    core: str
    level: str

    @staticmethod
    @lru_cache(maxsize=SUFFIX_CACHE_SIZE)
    def parse(key: str, words: UnitWords) -> SuffixedName | None:
        """The name's core and level, or None. Cached: each place resolved parses every unit name of its
        article again, trying each of the unit words, and an article's names repeat."""
        for word in words.suffixes:
            level = "region" if word in words.region else "district"
            if key.endswith(" " + word) and len(key) > len(word) + 1:
                return SuffixedName(key[: -len(word) - 1], level)
            if key.startswith(word + " of "):
                return SuffixedName(key[len(word) + 4:], level)
        return None


def unit_named(index: GeoIndex, key: str, codes: list[str], level: int | None = None,
               within: frozenset[int] = frozenset()) -> Unit | None:
    """The admin unit a (possibly suffixed) name means among the context countries, or a unique one.

    ``within``: units the sentence names with the place; a namesake inside one of them comes
    first ("Chhattisgarh's Bijapur district" is not Karnataka's Bijapur district).
    """
    found = SuffixedName.parse(key, index.words)
    core = found.core if found else key
    units = index.units_named(core) or index.units_named(key)
    if level is None and found is not None:
        level = 1 if found.level == "region" else 2
    in_context = [u for u in units if u.country in codes]
    # Outside the story's countries a unit is believed only when no context is known and the name
    # is one country's ("Tigray"); "Northwest" in a Cameroon story is not Iceland's region.
    pool = in_context or (units if not codes and len({u.country for u in units}) == 1 else [])
    if level is not None or within:
        pool = sorted(pool, key=lambda u: (u.parent not in within, level is not None and u.level != level))
    return pool[0] if pool else None
