"""Which modifiers before a noun name a party, and which only look as if they did.

A party before an event noun is its doer ("a militia attack", "an Israeli strike", "a Front ambush"); before
a means, its owner ("Russian drones"). A stance word ("anti-government"), a place after a bearing
("northern Mali") and the capitals of a title-case headline name no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.antecedents import owner_speaker
from sitreps.extract.bearings import bearings_of
from sitreps.extract.english import words
from sitreps.extract.nouns import is_actor_noun, is_person_noun
from sitreps.extract.slots import ROLE_LISTS, Slot
from sitreps.extract.town_names import town_before

# A sentence whose longer words (over three letters, so not "of", "in", "the") are at least this share
# capitalised is a title-case headline ("Deep South Bombing Spree Continues"): chosen so that a news
# sentence heavy with names ("Russian Defence Minister Andrei Belousov visited Kursk") stays below it.
TITLE_CASE_SHARE = 0.9
TITLE_WORD_LETTERS = 3
# Modifiers before a means that may name whose it is: "Russian drones", "Houthi missiles", and the parser's
# nmod for a name kept apart from the noun by other modifiers ("a Hezbollah anti-tank missile"). An event
# noun's nmod names its doer only when tagged a group (``DOER_ENTITIES``): an untagged one may be a
# capitalised adjective with a dateline's outlet ("(MENAFN) Violent overnight fighting").
OWNER_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Entity labels of a "by" phrase's object that name someone who can act.
DOER_ENTITIES = frozenset({"ORG", "NORP"})


def names_a_doer(token: Token) -> bool:
    """A group's name or a people noun ("Front gunmen"), not a place or a thing ("the river", "the hills")."""
    return token.ent_type_ in DOER_ENTITIES or (
        is_actor_noun(token) or is_person_noun(token))


def names_doer_before(modifier: Token) -> bool:
    """A modifier of an event noun that names its doer: a party as compound or adjective ("a Front
    ambush"), or a group the parser set apart as nmod ("a JNIM improvised explosive device"; an
    untagged nmod may be a capitalised adjective, see ``OWNER_MODIFIER_DEPS``)."""
    if modifier.dep_ == "nmod":
        return modifier.ent_type_ in DOER_ENTITIES
    return modifier.dep_ in ("compound", "amod") and _names_a_party(modifier)


def compound_slot(modifier: Token) -> Slot:
    """A noun modifier that names a doer is one ("a militia attack", "a rebel drone strike"), and so is a
    name or demonym before the means it names ("a Russian missile strike", "an Israeli drone strike": the
    strike is Russia's); else a compound."""
    doers = [t for t in (modifier, *(c for c in modifier.children if c.dep_ in ("compound", "amod")))
             if is_actor_noun(t)]
    if doers:
        return Slot("mod", doers[-1])
    owners = owner_modifiers(modifier)
    return Slot("mod", owners[0]) if owners else Slot("compound", modifier)


def owner_modifiers(means: Token) -> list[Token]:
    """Who a weapon or unit belongs to, as its modifiers say: "Russian drones", "Houthi missiles",
    "Israel's warplanes", "US drones", and a common noun of a party before it ("government aircraft",
    "army helicopters", "militia rockets": ``is_actor_noun``). Whoever fires the means does the strike; a
    stance word ("pro-Kremlin") is no owner, nor a place (``_names_a_party``: "northern Mali drone strikes").
    A reported "its" is the speaker's ("Kyiv said its drones struck": ``owner_speaker``)."""
    return [owner_speaker(c) for c in means.children if not in_stance_word(c) and (
        c.dep_ == "poss" or (c.dep_ in OWNER_MODIFIER_DEPS and _names_a_party(c))
        or (c.dep_ == "compound" and c.pos_ == "NOUN" and is_actor_noun(c)))]


def _names_a_party(modifier: Token) -> bool:
    """A modifier that names a party: an entity of people, groups or states, or an untagged proper noun
    outside a title-case headline ("a Front ambush"); a place after a bearing ("northern Mali strikes")
    says where, not who. An adjective of the state's forces names them ("a military jet bombed the market")."""
    if modifier.pos_ == "ADJ" and modifier.lower_ in words(ROLE_LISTS, "force_adjectives"):
        return True
    if _modified_place(modifier) or _tagged_adjective(modifier) or town_before(modifier):
        return False
    return modifier.ent_type_ in ("NORP", "ORG", "GPE", "PERSON") or (
        modifier.pos_ == "PROPN" and not modifier.ent_type_ and not _title_case(modifier))


def _tagged_adjective(modifier: Token) -> bool:
    """An adjective the entity tagger took for a group ("Fierce fighting raged", "Heavy clashes" at the
    head of a sentence): only a people's or a country's adjective ("Russian", "Islamist") names a party."""
    return modifier.pos_ == "ADJ" and modifier.ent_type_ not in ("NORP", "GPE")


def _title_case(token: Token) -> bool:
    """Whether the token's sentence is a headline in title case, where every word looks like a name."""
    longer = [t for t in token.sent if t.is_alpha and len(t) > TITLE_WORD_LETTERS]
    return bool(longer) and sum(t.text[0].isupper() for t in longer) >= TITLE_CASE_SHARE * len(longer)


def _modified_place(token: Token) -> bool:
    """A place named with a modifier of its own ("Gaza City"), or after a bearing ("northern Mali"),
    whatever the parse made of the bearing or the name (a headline's "Mali" may be tagged a person)."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    bearing = before is not None and bool(bearings_of(before))
    return bearing or (token.ent_type_ in ("GPE", "LOC", "FAC") and any(
        c.dep_ in ("amod", "compound") for c in token.children))


def in_stance_word(token: Token) -> bool:
    """The token is part of a stance word ("anti-government protests", "Pro-European rallies"): what the
    event is for or against, never who does it."""
    doc = token.doc
    start = token.i
    while start > 0 and not doc[start - 1].whitespace_ and "-" in (doc[start - 1].text, doc[start].text):
        start -= 1
    return (start + 1 < len(doc) and doc[start + 1].text == "-"
            and doc[start].lower_ in words(ROLE_LISTS, "stance_prefixes"))
