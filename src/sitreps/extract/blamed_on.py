"""Whom an act is laid at: "blamed the attacks on Israel" names a culprit, not the act's place.

A report of blame writes the culprit after "on" ("Kyiv blamed the blast at the depot on Russia",
"the bombing was blamed on Pakistan"); "on" is also a locative preposition ("a drone attack on
Odesa"), so a country named as the culprit was read as the act's scene and outranked the story's
own country (a pager attack in Lebanon placed in Israel). An "on" object is the culprit when its
preposition hangs on a verb of blame (``blame_words`` of ``data/en/places.yaml``: "blame", "pin", or a
verb whose object is "blame") or on the thing blamed, its direct object, also through locative phrases
("the blast at the fuel depot on Russia", however the parse hangs "at"). The culprit is written last:
of two such objects, "blamed the attack on Sderot on Hamas" keeps Sderot. An act told as the reason
("blamed Russia for the strike on Dnipro") and an act that is the passive subject ("the attack on
Kharkiv was blamed on Russia") keep their places.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.english import words

VERB_POS = ("VERB", "AUX")


def blamed_on(pobj: Token) -> bool:
    """Whether a locative object names whom an act is blamed on (module doc), not where it happened."""
    return culprit_verb(pobj) is not None


def culprit_verb(pobj: Token) -> Token | None:
    """The verb of blame that lays an act on ``pobj`` ("blamed the bombing on [al-Shabaab]", "the blast was
    attributed to [the BRN]"), or None when the object names no culprit."""
    prep = pobj.head
    culprit = words("places", "culprit_prepositions")
    if prep.dep_ != "prep" or prep.lower_ not in culprit:
        return None
    verb = _blaming_verb(prep)
    if verb is None:
        return None
    last = max((p for p in verb.subtree if p.dep_ == "prep" and p.lower_ in culprit and _blaming_verb(p) == verb),
               key=lambda p: p.i)
    return verb if prep == last else None


def _blaming_verb(prep: Token) -> Token | None:
    """The verb of blame the preposition hangs on, directly or through the verb's object; else None."""
    token = prep.head
    locative = words("places", "locative_prepositions")
    while token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ in locative:
        token = token.head.head  # "the blast at the depot": up to "blast", or to the verb "at" hangs on
    if token.dep_ == "dobj":
        token = token.head
    return token if token.pos_ in VERB_POS and _blames(token) else None


def _blames(verb: Token) -> bool:
    """Whether a verb lays blame: "blamed", "pinned", or "laid the blame"."""
    blame = words("places", "blame_words")
    return verb.lemma_.lower() in blame or any(
        c.dep_ == "dobj" and c.lemma_.lower() in blame for c in verb.children)
