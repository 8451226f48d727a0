"""A town of the story's country written in another language's romanisation: "Gulyaipole" is Hulyaipole.

Outlets quoting Russian sources write Ukrainian towns in their Russian form ("Gorlovka", "Orekhov",
"Energodar"); GeoNames lists the Ukrainian one (Horlivka, Orikhiv, Enerhodar). The letters that differ
are few and regular, so data/places/local_forms.yaml lists them per country and :func:`local_form`
writes the name as the country's own romanisation would. The gazetteer then asks for the town by
that spelling's consonant skeleton (:mod:`sitreps.resolve.spelling`), only inside the story's
countries, before its typo match: "Orekhov" is one letter from Crimea's Orekhovo, yet Orikhiv is meant.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitreps.errors import ConfigError
from sitreps.resolve.geoindex import load_places_yaml

Rule = tuple[re.Pattern[str], str]


@lru_cache(maxsize=1)
def _rules() -> dict[str, tuple[Rule, ...]]:
    """Each country's rewriting rules, compiled once; a broken pattern is a ConfigError, not a crash later."""
    table: dict[str, tuple[Rule, ...]] = {}
    for code, entries in load_places_yaml("local_forms.yaml")["forms"].items():
        try:
            table[code] = tuple((re.compile(e["written"]), str(e["local"])) for e in entries)
        except (re.error, KeyError, TypeError) as error:
            raise ConfigError(f"data/places/local_forms.yaml, {code}: {error}; reinstall sitreps") from error
    return table


def local_form(folded: str, code: str) -> str | None:
    """``folded`` as country ``code``'s own romanisation writes it, or None when its rules change nothing."""
    written = folded
    for pattern, local in _rules().get(code, ()):
        written = pattern.sub(local, written)
    return written if written != folded else None
