"""The noun "exchange" is a prisoner swap only where it trades people: "brings home 95 soldiers in the latest
exchange", "the exchange of 150 prisoners"; not "a heated exchange between ministers", "the exchange rate",
"in exchange for aid", "an exchange of fire".

Swap stories name the act by the noun as often as by the verb ("in the latest exchange", "the third
exchange this year"); the lexicon knew only the verb and "prisoner exchange", so a headline that told the
swap by the bare noun gave no row, and the story's freed "from captivity" then had nothing to retell. The
noun is one of the type's triggers; this check keeps it to a story that names the swap by no other word
(there the other word is the row) and to people traded: a word of people held or of people
counted ("prisoners", "soldiers", "bodies") in its sentence, no talking modifier ("heated", "verbal"),
no compound use ("exchange rate") or trade of fire or views (``extract.rescue.tells_an_exchange``), and
not the bare "in exchange (for)" that links two sides' releases (``extract.rescue``).

Relies on: spaCy's parse and lemmas. Word lists: ``exchange_nouns``, ``talk_modifiers``, ``held_lemmas`` in
``data/en/eventness.yaml``; the people nouns of ``data/counting.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.annotate.quantities import counting_lexicon
from sitreps.extract.english import words
from sitreps.extract.rescue import EXCHANGE_TYPE, bare_exchange_marker, tells_an_exchange

LISTS = "eventness"
NOUN_TAGS = frozenset({"NOUN", "PROPN"})


def trades_no_people(trigger: Token, type_id: str) -> bool:
    """Whether a prisoner-exchange trigger is the noun "exchange" used of talk, money, fire or a bare "in
    exchange for": the veto the lexicon's noun needs (the verb and "prisoner exchange" are left as they were)."""
    if type_id != EXCHANGE_TYPE or trigger.pos_ not in NOUN_TAGS \
            or trigger.lemma_.lower() not in words(LISTS, "exchange_nouns"):
        return False
    if not tells_an_exchange(trigger) or bare_exchange_marker(trigger):
        return True
    if any(c.dep_ == "amod" and c.lemma_.lower() in words(LISTS, "talk_modifiers") for c in trigger.children):
        return True
    if _bare(trigger) and _named_otherwise(trigger):
        return True
    return not _names_people(trigger)


def _bare(noun: Token) -> bool:
    """The noun with no compound before it: "the exchange", not "the prisoner exchange" (the lexicon's phrase)."""
    return not any(c.dep_ == "compound" for c in noun.children)


def _named_otherwise(noun: Token) -> bool:
    """The story names the swap by another word ("exchanged", "the swap", "a prisoner exchange"): that word is
    the row, and the bare noun elsewhere retells it ("it was the first exchange since September"), often with
    a day or a count of its own that kept it apart (real-news test: one more row of one swap)."""
    return any(t.i != noun.i and tells_an_exchange(t) and not bare_exchange_marker(t)
               and not (t.pos_ in NOUN_TAGS and t.lemma_.lower() in words(LISTS, "exchange_nouns") and _bare(t))
               for t in noun.doc)


def _names_people(trigger: Token) -> bool:
    """The sentence names people held or counted: "95 soldiers", "prisoners of war", "the bodies of 40"."""
    persons, _ = counting_lexicon()
    held = words(LISTS, "held_lemmas") | words(LISTS, "captivity_nouns") | words(LISTS, "remains_nouns")
    return any(t.lemma_.lower() in held or t.lemma_.lower() in persons or t.lower_ in persons
               for t in trigger.sent if t.i != trigger.i)
