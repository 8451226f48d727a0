"""Places and admin units the text spells otherwise than GeoNames: the gazetteer's last resort.

A name with no exact match may be a misspelling ("Galgaduud region" for Galguduud) or another
romanisation ("Huliaipole" for Hulyaypole, :mod:`sitreps.resolve.spelling`) of a place of the story's
countries. :class:`Respelling` holds the folded names those searches run over, built once per process
on the first miss and reused by every context.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from sitreps.resolve.city_choice import SAME_PLACE_KM
from sitreps.resolve.geodata import distance_km
from sitreps.resolve.geoindex import City, GeoIndex, Unit
from sitreps.resolve.local_forms import local_form
from sitreps.resolve.normalise import is_latin
from sitreps.resolve.spelling import SpellingIndex, without_doubles

# rapidfuzz ratio a misspelt name must reach among the context countries' places; ratio (not WRatio)
# so a prefix is no match ("Malynivka" is not "Malyn"); 88 admits one transposition in ten letters.
FUZZY_MIN_SCORE = 88.0
# Shortest name worth an approximate match: one added letter already scores 88.9 against a four-letter
# name ("Cape" -> Capel, "Goma" -> Gomas), so a short name is only ever matched exactly.
FUZZY_MIN_LENGTH = 6
# Shortest name matched by its skeleton once rewritten into the country's own letters (local_forms): the
# rewriting is evidence the plain skeleton lacks, so a seven-letter "Orekhov" (Orikhiv) is admitted.
LOCAL_FORM_MIN_LETTERS = 6


class Respelling:
    """Approximate and romanised matches among the places and units of the story's countries."""

    def __init__(self, index: GeoIndex) -> None:
        self._index = index
        self._names_by_country: dict[str, dict[int, str]] = {}  # built per country on first fuzzy miss
        self._folded: list[str] = []  # every place's folded name by id, built on the first fuzzy miss
        self._unit_names_by_country: dict[str, list[tuple[str, int]]] = {}  # built on the first fuzzy unit miss
        self._spelling = SpellingIndex(self.names_in)

    def fuzzy_city(self, key: str, codes: list[str]) -> City | None:
        """The place of the story's countries whose name is spelt nearly so (``FUZZY_MIN_SCORE``)."""
        if not codes or not is_latin(key) or len(key) < FUZZY_MIN_LENGTH:
            return None
        choices: dict[int, str] = {}
        for code in codes:
            choices.update(self.names_in(code))
        found = process.extract(key, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE, limit=None)
        best = next((ident for _, _, ident in found if not is_derived(key, choices[ident])), None)
        return self._index.city(best) if best is not None else None

    def misspelt_unit(self, key: str, codes: list[str], level: int) -> Unit | None:
        """The unit of the story's countries whose name is spelt nearly so, written with its unit word:
        "Galgaduud region" is Galguduud, "Zaporizhia oblast" Zaporizhzhia. Same cut as for places; a
        unit of the level the word names first. Only with a unit word: a bare misspelt name is a town's."""
        if not codes or not is_latin(key) or len(key) < FUZZY_MIN_LENGTH:
            return None
        named = [pair for code in codes for pair in self.unit_names_in(code)]
        found = process.extract(key, [name for name, _ in named], scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE,
                                limit=None)
        units = sorted((self._index.unit(named[at][1]) for _, _, at in found), key=lambda u: u.level != level)
        return units[0] if units else None

    def romanised_city(self, key: str, codes: list[str]) -> City | None:
        """The one place of the story's countries whose name romanises the same one ("Huliaipole" is
        Hulyaypole, "Maaloula" Malula: :mod:`sitreps.resolve.spelling`); None when none or several far apart."""
        if not codes or not is_latin(key):
            return None
        return self._one_place(self._spelling.matches(key, codes))

    def local_form_city(self, key: str, codes: list[str]) -> City | None:
        """The one place of the story's countries a name means once written in that country's own letters
        ("Gulyaipole" is Hulyaypole, "Orekhov" Orikhiv: :mod:`sitreps.resolve.local_forms`); None when
        no country's rules change the name, or no place or several far apart answer it."""
        if not is_latin(key):
            return None
        for code in codes:
            local = local_form(key, code)
            found = self._spelling.matches(local, [code], LOCAL_FORM_MIN_LETTERS) if local else []
            if found:
                return self._one_place(found)
        return None

    def _one_place(self, ids: list[int]) -> City | None:
        """The most populous of the places ``ids``, unless another lies far from it (two towns, not one)."""
        cities = [self._index.city(i) for i in ids]
        if not cities:
            return None
        top = max(cities, key=lambda c: c.population)
        apart = any(distance_km(top.lat, top.lon, c.lat, c.lon) > SAME_PLACE_KM for c in cities)
        return None if apart else top

    def unit_names_in(self, code: str) -> list[tuple[str, int]]:
        """Every folded name of a country's admin units with its unit id ("borno" and "borno state" alike:
        a unit is keyed with and without its unit word), built for all countries on the first call."""
        by_country, unit_cc = self._unit_names_by_country, self._index.table.unit_cc
        if not by_country:  # one pass over some 40,000 names, in the table's order (the fuzzy ranking's ties)
            for name, ids in self._index.table.unit_names.items():
                if isinstance(ids, int):  # most names name one unit
                    by_country.setdefault(unit_cc[ids], []).append((name, ids))
                    continue
                for i in ids:
                    by_country.setdefault(unit_cc[i], []).append((name, i))
        return by_country.get(code, [])

    def names_in(self, code: str) -> dict[int, str]:
        """Folded names of a country's places, gathered once per country and reused by every context."""
        if code not in self._names_by_country:
            folded = self.folded_names()
            self._names_by_country[code] = {i: folded[i] for i in self._index.places_in(code)}
        return self._names_by_country[code]

    def folded_names(self) -> list[str]:
        """Every place's folded name by id, read off the table's name keys (each place is keyed by exactly
        its folded name) on first use: folding a country's names again cost 2-3 ms per thousand
        names in every process, 18 ms once for all 158,000 this way."""
        if not self._folded:
            self._folded = [""] * len(self._index.table.place_name)
            for key, ids in self._index.table.names.items():
                for ident in (ids,) if isinstance(ids, int) else ids:
                    self._folded[ident] = key
        return self._folded


def is_derived(written: str, name: str) -> bool:
    """Whether one name is the other with letters added at its end: a name made from it, not a
    misspelling. "Baghdadi" (of Baghdad) is a town of Anbar, "Pokrovske" a village far from Pokrovsk,
    "Malynivka" no Malyn; a misspelling changes letters inside the name ("Galgaduud") or doubles one
    ("Bakhmutt"), so doubled letters count once."""
    written, name = without_doubles(written), without_doubles(name)
    return written != name and (written.startswith(name) or name.startswith(written))
