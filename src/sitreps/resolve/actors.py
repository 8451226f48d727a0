"""Actor mentions to canonical actors: the registry of known actors and the rules for the rest.

``resolve`` tries, in order: the alias table (acronyms case-sensitively, so "WHO" is not "who");
the mention without descriptors and member nouns ("the paramilitary RSF", "Hamas fighters");
a demonym or country with a generic noun ("Russian soldiers" -> Russian military personnel,
"Sudanese troops" -> the Sudanese Armed Forces, "civilians" -> the context country's civilians);
a bare country ("Ukraine" as an actor is its government); a person's surname; a fuzzy match.
``infer`` adds a typed ``new:<slug>`` entry for what the registry does not know. Data come from
:mod:`sitreps.resolve.registry_data`; person roles from :mod:`sitreps.resolve.roles`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from rapidfuzz import fuzz, process

from sitreps.language_data import word_list
from sitreps.resolve.actor_infer import NAME_LISTS, infer_country, infer_type
from sitreps.resolve.normalise import fold, is_counting_word
from sitreps.resolve.registry_data import NEW_ACTOR_PREFIX, ActorRecord, Lexicon, load_lexicon, load_records
from sitreps.resolve.roles import person_role, role_conflict

__all__ = ["ActorRecord", "ActorRegistry", "get_registry", "person_role", "role_conflict"]

# rapidfuzz ratio a misspelt or re-transliterated name must reach against an alias ("Andrii Yusov"
# ~ "Andriy Yusov" scores 92; "Hezbolah" ~ "Hezbollah" 94; unrelated names stay below 85 on the dev
# split of benchmarks/gold/resolve/actors.jsonl).
FUZZY_MIN_SCORE = 88.0
# Shorter mentions are never fuzzy-matched: acronyms one letter apart are different actors.
FUZZY_MIN_LENGTH = 6
# Mentions whose answers are kept: the same few hundred ("police", "Russian forces", "the army") recur
# across articles, and about half of the lookups over benchmarks/throughput.py's 300 articles repeat
# one; 16,384 short keys and shared records stay well under a few megabytes.
RESOLVED_CACHE_SIZE = 2**14
_ACRONYM = re.compile(r"^[A-Z0-9][A-Z0-9./&-]{1,9}$")
_PARENTHESIS = re.compile(r"^(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)\s*$")
# What "<demonym> <noun>" produces, per kind of noun: id suffix and display name pattern.
_GENERIC_NAMES = {
    "state_military": ("armed-forces", "{} armed forces"),
    "military_personnel": ("military-personnel", "{} military personnel"),
    "government": ("government", "Government of {}"),
    "police": ("police", "{} police"),
    "civilians": ("civilians", "{} civilians"),
}


class ActorRegistry:
    """Known actors by id and alias; use :func:`get_registry` for the bundled one."""

    def __init__(self, records: Iterable[ActorRecord], generic_for: dict[tuple[str, str], str]) -> None:
        self._records = {r.id: r for r in records}
        self._generic_for = generic_for
        self._lexicon: Lexicon = load_lexicon()
        self._aliases: dict[str, list[str]] = {}
        self._acronyms: dict[str, list[str]] = {}
        self._surnames: dict[str, list[str]] = {}
        for record in self._records.values():
            self._index(record)
        # Fuzzy matching's candidates, listed once: building the list per query was
        # a tenth of actor resolution's time.
        self._fuzzy_choices = [alias for alias in self._aliases if len(alias) >= FUZZY_MIN_LENGTH]
        # Answers by mention and context: the registry does not change once built (see resolve).
        self._resolved: dict[tuple[str, tuple[str, ...]], ActorRecord | None] = {}
        # The alias nearest each folded miss: the same words come back in other stories' contexts.
        self._nearest: dict[str, str | None] = {}

    @classmethod
    def bundled(cls) -> ActorRegistry:
        """The registry shipped in ``sitreps/data/actors``."""
        records, generic_for = load_records()
        return cls(records, generic_for)

    def get(self, actor_id: str) -> ActorRecord | None:
        """The actor with this id, including generic ones ("ua-civilians") made on the fly."""
        if actor_id in self._records:
            return self._records[actor_id]
        code, _, suffix = actor_id.partition("-")
        kind = next((k for k, (s, _) in _GENERIC_NAMES.items() if s == suffix), None)
        country = next((c for c, cc in self._lexicon.country_codes.items() if cc.lower() == code), None)
        return self._generic(country, kind) if kind and country else None

    def all(self) -> list[ActorRecord]:
        """Every registry actor (generic ones are made on demand and not listed)."""
        return list(self._records.values())

    def resolve(self, mention: str, *, context_countries: Sequence[str] = ()) -> ActorRecord | None:
        """The canonical actor ``mention`` names, or None when nothing in it names an actor.

        Kept per mention and context: each variant of a mention is tried against the aliases, and
        a miss ends in a fuzzy search of them all, the same work for every article naming it."""
        key = (mention, tuple(context_countries))
        if key not in self._resolved:
            if len(self._resolved) >= RESOLVED_CACHE_SIZE:
                self._resolved.clear()
            self._resolved[key] = self._resolve_mention(mention, context_countries)
        return self._resolved[key]

    def _resolve_mention(self, mention: str, context_countries: Sequence[str]) -> ActorRecord | None:
        text = " ".join(mention.split())
        parts = _PARENTHESIS.match(text)
        candidates = [parts["outer"], parts["inner"]] if parts else [text]
        countries = [c for c in (self._country(x) for x in context_countries) if c]
        for candidate in candidates:
            found = self._resolve_one(candidate, countries)
            if found is not None:
                return found
        return None

    def infer(
        self, mention: str, *, context_countries: Sequence[str] = (), entity_label: str | None = None
    ) -> ActorRecord:
        """``resolve`` or, failing it, a new entry typed from its words (``entity_label``: spaCy's)."""
        found = self.resolve(mention, context_countries=context_countries)
        if found is not None:
            return found
        name = re.sub(r"^the\s+", "", " ".join(mention.split()), flags=re.IGNORECASE)
        actor_type = infer_type(name, entity_label, self._lexicon)
        countries = [c for c in (self._country(x) for x in context_countries) if c]
        country = infer_country(name, actor_type, countries, self._lexicon)
        slug = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "unnamed"
        return ActorRecord(f"{NEW_ACTOR_PREFIX}{slug}", name, (), actor_type, country, None, None, known=False)

    def _index(self, record: ActorRecord) -> None:
        for alias in (record.name, *record.aliases):
            bare = alias.replace(".", "")
            if _ACRONYM.match(bare) and bare.upper() == bare:
                self._acronyms.setdefault(bare, []).append(record.id)
            else:
                self._aliases.setdefault(fold(alias), []).append(record.id)
        if record.type == "person":
            self._surnames.setdefault(fold(record.name).split()[-1], []).append(record.id)

    def _resolve_one(self, text: str, countries: list[str]) -> ActorRecord | None:
        tokens = text.split()
        for variant in self._variants(tokens):
            found = self._exact(variant, countries) or self._generic_phrase(
                [fold(t) for t in variant], countries
            )
            if found is not None:
                return found
        words = fold(text).split()
        return self._surname(words) or self._fuzzy(fold(text), countries)

    def _variants(self, tokens: list[str]) -> list[list[str]]:
        """The mention, then without trailing member nouns, then without leading descriptors.

        A leading figure only says how many ("at least seven people", "dozens of Russian soldiers",
        "200 Wagner fighters"): the rest names whom, so it is read without it. The last word always
        stays, for "people" alone still says who (the country's civilians).
        """
        counted = 0
        while counted < len(tokens) - 1 and is_counting_word(fold(tokens[counted])):
            counted += 1
        variants = [tokens] if counted == 0 else [tokens, tokens[counted:]]  # "Three Brotherhood Alliance"
        trimmed = list(variants[-1])
        while len(trimmed) > 1 and fold(trimmed[-1]) in self._lexicon.member_nouns:
            trimmed = trimmed[:-1]
            variants.append(list(trimmed))
        for base in list(variants):
            stripped = list(base)
            while len(stripped) > 1 and self._describes(fold(stripped[0])):
                stripped = stripped[1:]
                variants.append(list(stripped))
        return variants

    def _describes(self, word: str) -> bool:
        """A leading word that qualifies a name: "paramilitary", "Palestinian Hamas", "Yemen's Houthis"."""
        return word in self._lexicon.descriptors or word in self._lexicon.countries

    def _exact(self, tokens: list[str], countries: list[str]) -> ActorRecord | None:
        """Alias lookup; acronyms only as written in capitals ("WHO", not "who")."""
        phrase = " ".join(tokens)
        acronym = phrase.replace(".", "")
        if acronym in self._acronyms:
            return self._pick(self._acronyms[acronym], countries)
        key = fold(phrase)
        return self._pick(self._aliases[key], countries) if key in self._aliases else None

    def _generic_phrase(self, words: list[str], countries: list[str]) -> ActorRecord | None:
        """'<demonym> <generic noun>', a bare country, or a bare civilian noun.

        The longest country name first, whatever its length ("Democratic Republic of the Congo
        army", "Central African Republic police"): a two-word cap missed every longer name."""
        for split in range(len(words), 0, -1):
            country = self._lexicon.countries.get(" ".join(words[:split]))
            if country is None:
                continue
            rest = " ".join(words[split:])
            if not rest:  # a country acts through its government; its people are its civilians
                people = " ".join(words) in self._lexicon.demonyms
                return self._generic(country, "civilians" if people else "government")
            kind = self._lexicon.generic_nouns.get(rest)
            if kind is not None:
                return self._generic(country, kind)
        modifiers = word_list(NAME_LISTS, "civilian_modifiers")  # "local residents" are civilians
        noun = " ".join(w for w in words if w not in modifiers)
        if self._lexicon.generic_nouns.get(noun) == "civilians":
            return self._generic(countries[0] if countries else None, "civilians")
        return None

    def _generic(self, country: str | None, kind: str) -> ActorRecord:
        if country and (country, kind) in self._generic_for:
            return self._records[self._generic_for[(country, kind)]]
        suffix, pattern = _GENERIC_NAMES[kind]
        if country is None:
            return ActorRecord(suffix, pattern.format("Unidentified"), (), kind, None, None, None, known=True)
        code = self._lexicon.country_codes[country].lower()
        parent = None
        if kind == "military_personnel":
            parent = self._generic(country, "state_military").id
        return ActorRecord(f"{code}-{suffix}", pattern.format(country), (), kind, country, parent, None, True)

    def _surname(self, words: list[str]) -> ActorRecord | None:
        if len(words) != 1 or words[0] not in self._surnames:
            return None
        ids = self._surnames[words[0]]
        return self._records[ids[0]] if len(ids) == 1 else None

    def _fuzzy(self, key: str, countries: list[str]) -> ActorRecord | None:
        if len(key) < FUZZY_MIN_LENGTH:
            return None
        if key not in self._nearest:
            if len(self._nearest) >= RESOLVED_CACHE_SIZE:
                self._nearest.clear()
            best = process.extractOne(key, self._fuzzy_choices, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE)
            self._nearest[key] = best[0] if best else None
        alias = self._nearest[key]
        return self._pick(self._aliases[alias], countries) if alias is not None else None

    def _pick(self, ids: list[str], countries: list[str]) -> ActorRecord:
        """Among actors sharing an alias ("SNA"), the one of a context country, else the first."""
        records = [self._records[i] for i in ids]
        return next((r for r in records if r.country in countries), records[0])

    def _country(self, name: str) -> str | None:
        return self._lexicon.countries.get(fold(name))


@lru_cache(maxsize=1)
def get_registry() -> ActorRegistry:
    """The bundled registry, loaded once."""
    return ActorRegistry.bundled()
