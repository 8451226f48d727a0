"""The party a mouthpiece speaks for: "the army's spokesman" is the army, "the spokesman of the Malian armed
forces" the Malian armed forces, "Houthi military spokesman" the Houthis, "the Burkinabe army's press service"
the Burkinabe army, "RSF adviser" the RSF (round 22, issue #13 "Scope of modality").

The actor registry knows parties, not their voices: read whole, such a source is a new armed group of no
country, so ``link.own_claims`` took the army's account of its own troops' deeds, given by its spokesman, for
another side's word and left the act ``reported``. ACLED codes an act told on the word of a party's
spokesman, press service or channel ``claimed``, as on the party's own.

Only three shapes are read, so that a body's own name is never cut ("the State Emergency Service", "Ukraine's
emergency service": "emergency" is no mouthpiece's word): a possessive before the mouthpiece's words, the
mouthpiece's words before "of"/"for" and the party, or a spokesman's or adviser's noun after the party's bare
name. The mouthpiece's words are data (``mouthpiece_heads``, ``_modifiers``, ``_persons`` in modality.yaml).
"""

from __future__ import annotations

from functools import cache

from sitreps.attribute.lexicon import lexicon
from sitreps.extract.english import without_possessive
from sitreps.language_data import word_list

LINK_WORDS = "link_words"
"""The English word lists of ``data/en/link_words.yaml``."""

# Words that may qualify a spokesman after his party's possessive: "the army's Arabic-language spokesman",
# "the group's chief military spokesman" (two; three would be a clause, not a title).
PERSON_QUALIFIERS = 2


@cache
def possessives() -> tuple[str, ...]:
    """Possessive endings a party's name takes before its mouthpiece ("the army's", "the rebels'"), as written
    (straight and curly apostrophes; ``data/en/link_words.yaml``)."""
    return word_list(LINK_WORDS, "possessive_endings")


def mouthpiece_party(source: str) -> str | None:
    """The words naming the party ``source`` speaks for when it is a party's mouthpiece; None otherwise."""
    words = source.split()
    return _after_preposition(words) or _before_mouthpiece(words)


def _mouthpiece_words(words: list[str]) -> bool:
    """Whether ``words`` are a mouthpiece's: modifiers ("press", "military") then one head ("service")."""
    lex = lexicon()
    lowered = [w.lower().strip(",") for w in words]
    return bool(lowered) and lowered[-1] in lex.mouthpiece_heads and all(
        w in lex.mouthpiece_modifiers | lex.definite_determiners | lex.indefinite_determiners for w in lowered[:-1])


def _after_preposition(words: list[str]) -> str | None:
    """ "The spokesman of the Malian armed forces", "a spokeswoman for the group": the words after "of"."""
    lex = lexicon()
    at = next((i for i, w in enumerate(words) if w.lower() in lex.mouthpiece_prepositions), None)
    if at is None or at == len(words) - 1 or not _mouthpiece_words(words[:at]):
        return None
    return " ".join(words[at + 1:])


def _before_mouthpiece(words: list[str]) -> str | None:
    """ "The army's spokesman", "the group's Telegram channel" (any head after a possessive); "Houthi
    military spokesman", "RSF adviser" (a spokesman's or adviser's noun after a bare name)."""
    lex = lexicon()
    for cut in range(1, len(words)):
        party, voice = words[:cut], words[cut:]
        owner = party[-1]
        if owner.endswith(possessives()) and voice[-1].lower() in lex.mouthpiece_persons \
                and len(voice) <= PERSON_QUALIFIERS + 1:
            return _possessor(party)  # "the army's Arabic-language spokesman": any words qualify a person
        if not _mouthpiece_words(voice) or voice[0].lower() in lex.definite_determiners | lex.indefinite_determiners:
            continue
        if owner.endswith(possessives()):
            return _possessor(party)
        if voice[-1].lower() in lex.mouthpiece_persons and _named(party):
            return " ".join(party)
        return None
    return None


def _possessor(party: list[str]) -> str:
    """The party's words with its possessive ending dropped: "the army's" -> "the army", "the rebels'" ->
    "the rebels"."""
    owner = without_possessive(party[-1]).rstrip("'’")
    return " ".join([*party[:-1], owner])


def _named(party: list[str]) -> bool:
    """Whether the words before a spokesman name a party: a capitalised word or an acronym, not only
    determiners ("a spokesman") or a common noun ("an army spokesman", left to ``party_voices.its_spokesman``
    which matches it with the party named before)."""
    lex = lexicon()
    content = [w for w in party if w.lower() not in lex.definite_determiners | lex.indefinite_determiners]
    return bool(content) and all(w[:1].isupper() for w in content)
