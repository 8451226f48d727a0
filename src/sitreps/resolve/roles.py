"""The rank or role a text gives a person, and whether it disagrees with the registry.

Two places in a sentence carry it: a title run before the name ("army spokesman Brig. Gen. Nabil
Abdallah", "Russian Lieutenant Daniil ...": the demonym is the country, not the role) and an
apposition after it ("Andriy Yusov, a representative of the ... Ministry of Defense of Ukraine,
said"). The title run is preferred: it is adjacent and unambiguous. Word lists come from
``data/actors/roles.yaml``. Offsets are the caller's (spaCy ``ent.start_char``/``ent.end_char``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from sitreps.language_data import word_list
from sitreps.resolve.normalise import fold
from sitreps.resolve.registry_data import load_roles

if TYPE_CHECKING:
    from sitreps.resolve.registry_data import ActorRecord

# How far before a name a title may start, and how long an apposition may run (characters); longer
# runs were clauses, not titles, in the fixtures of tests/resolve/test_roles.py.
TITLE_WINDOW = 120
APPOSITION_WINDOW = 200
# An apposition names a role only if a role noun or rank comes within its first words.
APPOSITION_HEAD_WORDS = 4

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*\.?")
PERSON_ROLE_LISTS = "person_roles"


def _alternation(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(re.escape(word) for word in words) + ")"


@lru_cache(maxsize=1)
def _apposition_start() -> re.Pattern[str]:
    """The comma after a name, an optional age ("X, 45, a colonel") and an optional article."""
    articles = _alternation(word_list("actor_roles", "articles"))
    return re.compile(rf"\s*,\s*(?:\d{{1,3}}\s*,\s*)?(?:{articles}\s+)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _apposition_end() -> re.Pattern[str]:
    """Where an apposition stops: punctuation, a sentence end, a speech verb or a relative pronoun."""
    ends = _alternation(word_list(PERSON_ROLE_LISTS, "apposition_ends"))
    return re.compile(rf"[,;()\n\"“”]|\.(?=\s+[A-Z\"“]|\s*$)|\s{ends}\b")


@lru_cache(maxsize=1)
def _edge_words() -> frozenset[str]:
    return frozenset(word_list(PERSON_ROLE_LISTS, "title_edge_words"))


@lru_cache(maxsize=1)
def _role_heads() -> frozenset[str]:
    """The folded ranks and role nouns: folded once, not again for every person named."""
    roles = load_roles()
    return frozenset(fold(w) for w in roles["ranks"] + roles["role_nouns"])


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """The folded words a title before a name is made of: role heads and their modifiers."""
    return _role_heads() | {fold(w) for w in load_roles()["modifiers"]}


def person_role(text: str, person_span: tuple[int, int]) -> str | None:
    """The rank or role ``text`` gives the person at ``person_span`` (start, end), if any."""
    start, end = person_span
    return _title_before(text, start) or _apposition_after(text, end)


def role_conflict(record: ActorRecord, stated_role: str | None) -> str | None:
    """A review flag when a stated role names another job than the registry's role of ``record``."""
    if record.type != "person" or not record.role or not stated_role:
        return None
    stated, held = _role_groups(stated_role), _role_groups(record.role)
    if not stated or not held or stated & held:
        return None
    return (
        f"stated role {stated_role!r} differs from the registry's {record.role!r} for {record.name}: "
        "check whether the role changed or the registry is out of date"
    )


def _title_before(text: str, start: int) -> str | None:
    window_start = max(0, start - TITLE_WINDOW)
    words = list(_WORD.finditer(text, window_start, start))
    heads, allowed = _role_heads(), _title_words()
    taken: list[re.Match[str]] = []
    boundary = start
    for word in reversed(words):
        gap = text[word.end() : boundary]
        if gap.strip() or fold(word.group(0)) not in allowed:
            break
        taken.insert(0, word)
        boundary = word.start()
    while taken and fold(taken[0].group(0)) in _edge_words():
        taken.pop(0)
    if not any(fold(w.group(0)) in heads for w in taken):
        return None
    return text[taken[0].start() : taken[-1].end()]


def _apposition_after(text: str, end: int) -> str | None:
    lead = _apposition_start().match(text, end)
    if lead is None or "," not in lead.group(0):
        return None
    rest = text[lead.end() : lead.end() + APPOSITION_WINDOW]
    stop = _apposition_end().search(rest)
    phrase = (rest[: stop.start()] if stop else rest).strip()
    heads = _role_heads()
    first = [fold(w) for w in phrase.split()[:APPOSITION_HEAD_WORDS]]
    return phrase if phrase and any(w in heads for w in first) else None


def _role_groups(role: str) -> set[int]:
    """Indices of the role groups (roles.yaml) whose nouns appear in ``role``."""
    key = f" {fold(role)} "
    return {
        i
        for i, group in enumerate(load_roles()["role_groups"])
        if any(f" {fold(noun)} " in key for noun in group)
    }
