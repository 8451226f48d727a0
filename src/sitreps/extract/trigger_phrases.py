"""Phrase triggers: the taxonomy's lemma phrases as Matcher patterns, and the word a matched phrase stands on.

A phrase trigger ("carried out a special operation", "take * hostage", "under fire") is matched by a
spaCy Matcher pattern built from the phrase's lemmas, with room between them for numbers, articles,
adjectives and quantities, and for a short noun phrase where the phrase has ``*``. Once matched, the
phrase stands on its root, or on the assault a leading preposition governs, and "under fire" told of a
person or for a reason is a reproach, not gunfire. These are facts about one phrase and its words; which
phrases an article is matched against, and which match wins, is the finder's (``extract.triggers``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from sitreps.errors import ConfigError
from sitreps.extract.nouns import is_abstract, is_person_noun
from sitreps.language_data import word_list

# Named subjects that come "under fire" in reproach far more often than under gunfire: a person, a
# government or country, an organisation ("Israel came under fire from rights groups"); units under
# gunfire are told by common nouns ("a patrol", "troops", "positions", "a convoy").
REPROACHED_ENTITIES = frozenset({"PERSON", "GPE", "ORG"})
# Words a phrase trigger may have between its own: "fired 40 rockets", "launched two
# ballistic missiles", "fired two anti-ship missiles" match "fire rocket", "launch missile"; so may
# auxiliaries, where a phrase's noun is the subject of its verb ("a blast has ripped through",
# "a device had exploded": live blogs and updates tell events in the perfect; round 14b).
PHRASE_GAP: dict[str, object] = {"POS": {"IN": ["NUM", "DET", "ADJ", "AUX"]}, "OP": "*"}
HYPHEN_GAP: dict[str, object] = {"ORTH": "-", "OP": "*"}
# A phrase's "*" stands for the object a verb takes inside an idiom: "took [dozens of guests]
# hostage", "set [two cars] ablaze", "held [the ship's crew] hostage". One to five words of a noun phrase
# (a possessive's "'s" is a particle; a past participle modifies its noun: "beat [a suspected thief] to
# death", round 15), so that no clause fits: no finite verb and no gerund.
OBJECT_SLOT = "*"
OBJECT_GAP: dict[str, object] = {"POS": {"IN": ["NOUN", "PROPN", "NUM", "DET", "ADJ", "PRON", "ADP", "PART", "VERB"]},
                                 "TAG": {"NOT_IN": ["VB", "VBD", "VBP", "VBZ", "VBG"]}, "OP": "{1,5}"}


def _phrase_head(span: Span) -> Token:
    """The word a phrase trigger stands on: its root, or the assault a prepositional phrase governs
    ("under heavy fire" is the fire; "under government control" stays on "under"), so that the argument
    rules read a suffered assault as they do "came under attack": the subject is the target and the
    "from" phrase the doer."""
    root = span.root
    if root.pos_ != "ADP":
        return root
    assaults = word_list("actor_roles", "assault_words")
    governed = (t for t in root.children if t.dep_ == "pobj" and t.i < span.end and t.lemma_.lower() in assaults)
    return next(governed, root)


def _reproach(preposition: Token) -> bool:
    """A suffered assault told of one person or for a reason, or as a state, is a reproach: "the minister
    came under fire from lawmakers", "the plan came under fire over its cost", "the agency has been under
    fire". Gunfire is suffered by units, posts and vehicles ("a patrol", "two soldiers", "a convoy"), told
    as something that came ("came under fire") with a place or a source."""
    verb = preposition.head
    subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
    reason = any(t.dep_ == "prep" and t.lower_ in word_list("triggers", "reproach_prepositions")
                 for t in (*verb.children, *preposition.children))
    lone = any(s.ent_type_ in REPROACHED_ENTITIES or (s.tag_ == "NN" and is_person_noun(s)) or is_abstract(s)
               for s in subjects)
    return reason or lone or verb.lemma_.lower() not in word_list("triggers", "suffering_verbs")


def _quantity_gap() -> dict[str, object]:
    """The comparative words of a quantity ("fired more than 300 rockets"), from data/en/triggers.yaml."""
    return {"LOWER": {"IN": list(word_list("triggers", "quantity_words"))}, "OP": "*"}


def _phrase_anchors(phrases: Sequence[tuple[str, frozenset[str], object]]) -> dict[str, list[int]]:
    """The phrases by one of their lemmas (the longest, likely the rarest), so an article's phrases are
    looked for from its own lemmas: testing all 560 phrases against each article's lemmas cost two
    fifths of choosing its phrase Matcher. A phrase of no lemma (an object slot alone) is a data error."""
    anchors: dict[str, list[int]] = {}
    for index, (type_id, words, _) in enumerate(phrases):
        if not words:
            raise ConfigError(f"a trigger phrase of {type_id} has no word but the object slot")
        anchors.setdefault(max(words, key=lambda w: (len(w), w)), []).append(index)
    return anchors


def _phrase_pattern(phrase: str) -> list[dict[str, object]]:
    """A Matcher pattern for a lemma phrase, allowing numbers, articles and adjectives between its words,
    and a short noun phrase where the phrase has ``*`` ("take * hostage")."""
    pattern: list[dict[str, object]] = []
    words = phrase.split()
    for index, word in enumerate(words):
        if word == OBJECT_SLOT:
            pattern.append(OBJECT_GAP)
            continue
        if index and words[index - 1] != OBJECT_SLOT:
            pattern += [_quantity_gap(), PHRASE_GAP, HYPHEN_GAP, PHRASE_GAP]
        pattern.append({"LEMMA": word})
    return pattern
