"""Classes, trends, tolls and periods: event words that stand for many acts or a stretch of time.

"Any battle", "a wave of attacks", "has been launching systematic attacks", "began attacking ships",
"drone attacks are taking a heavy toll", "drone attacks over the past month", "the conflict has killed
14,000", "the first talks since the rebels launched their offensive": each names acts, but none tells one
incident an analyst could code. These checks read the trigger's words and the smallest clause that holds
it (its modifiers, its governing verb, a trend or period phrase in the clause), never the mention built
from it; ``extract.eventness`` decides what a reading means for the mention (a day-dated class, "a series
of strikes on Monday", is still an incident). Separate from ``extract.unreported_acts``, which asks
whether a word tells an act at all, because these ask how many acts a word tells and over how long.

Relies on: the trigger's token in a parsed Doc (tags, lemmas, dependency parse); the counting lexicon's
people nouns and killing words. Word lists: ``data/en/eventness.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.annotate.quantities import counting_lexicon
from sitreps.extract.english import phrases, words
from sitreps.extract.governing_verb import governing_verb
from sitreps.extract.series import coordinated_series

LISTS = "eventness"
# Dependencies that start a clause of their own: a trend phrase outside it says nothing of the trigger.
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "parataxis", "csubj"})
COMPLEMENT_CLAUSE_DEP = "xcomp"  # "using drones [to drop explosives]": an act told as the complement of another verb


def starts_clause(token: Token) -> bool:
    """Whether the word heads a clause of its own: the root, a complement, adverbial or relative clause,
    or a verb coordinated with another."""
    return token.dep_ in CLAUSE_DEPS or (token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"))


def clause_head(trigger: Token) -> Token:
    """The head of the smallest clause holding the trigger ("has been responsible for killing..." holds
    "killing")."""
    token = trigger
    while not starts_clause(token) and token.head.i != token.i:
        token = token.head
    return token


def _clause_text(trigger: Token) -> str:
    """The lower-cased words of the trigger's clause (``clause_head``) with all it governs, space-separated
    so that punctuation never glues to a word."""
    head = clause_head(trigger)
    return " ".join(t.lower_ for t in trigger.doc[head.left_edge.i:head.right_edge.i + 1])


def _has_phrase(text: str, entries: tuple[str, ...]) -> bool:
    padded = f" {' '.join(text.split())} "
    return any(f" {entry} " in padded or f" {entry}," in padded for entry in entries)


def is_generic(trigger: Token) -> bool:
    """A class of events or a trend rather than one incident (a day-dated one is still an incident:
    "a series of strikes on Monday")."""
    modifiers = words(LISTS, "generic_modifiers")
    if trigger.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("det", "amod", "nummod", "predet") and c.lower_ in modifiers for c in trigger.children
    ):
        return True
    verb = governing_verb(trigger)
    adverbs = words(LISTS, "habitual_adverbs")
    # the verb whose complement the act is tells the habit too: "often using drones to drop explosives"
    framing = verb.head.children if verb.dep_ == COMPLEMENT_CLAUSE_DEP else ()
    if any(c.dep_ == "advmod" and c.lower_ in adverbs for c in (*trigger.children, *verb.children, *framing)):
        return True
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in words(LISTS, "series_nouns"):
        return not coordinated_series(head.head)  # "a wave of attacks", "two days of airstrikes"
    if _begins_a_campaign(trigger) or _many_objects(trigger):
        return True
    return _has_phrase(_clause_text(trigger), phrases(LISTS, "trend_phrases"))


def _many_objects(trigger: Token) -> bool:
    """An act done to many things ("by taking control of many sites", "torched numerous villages"):
    its object, or the object of the phrase it heads ("control of"), is a non-person plural that a
    generic modifier counts. Many people ("killed many civilians") are one incident's vague toll."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    persons, _ = counting_lexicon()
    modifiers = words(LISTS, "generic_object_modifiers")
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    objects += [g for o in objects for p in o.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return any(o.tag_ in ("NNS", "NNPS") and o.lemma_.lower() not in persons and any(
        c.dep_ in ("amod", "det") and c.lower_ in modifiers for c in o.children) for o in objects)


def _begins_a_campaign(trigger: Token) -> bool:
    """An act a verb of beginning governs, done to a bare plural ("began attacking ships", "kept
    burning schools"): the start of a campaign, not one incident ("began shelling the town" is one)."""
    if trigger.dep_ != "xcomp" or trigger.head.lemma_.lower() not in words(LISTS, "inceptive_lemmas"):
        return False
    return any(c.dep_ == "dobj" and c.tag_ in ("NNS", "NNPS")
               and not any(d.dep_ in ("det", "nummod", "poss") for d in c.children) for c in trigger.children)


def is_ongoing_class(trigger: Token, event_words: frozenset[int]) -> bool:
    """A bare plural event noun whose verb, in the present progressive, is no act of its own ("drone
    attacks are taking a heavy toll on his troops", "attacks are increasing"): what such acts do in
    general. When the verb is an event word the act is told as going on ("airstrikes are pounding
    Rafah"); ``event_words`` are the token indices of the sentence's event words."""
    verb = trigger.head
    if trigger.dep_ != "nsubj" or trigger.tag_ not in ("NNS", "NNPS") or verb.tag_ != "VBG" or any(
            c.dep_ in ("det", "nummod", "poss") for c in trigger.children):
        return False
    present = any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in verb.children)
    return present and verb.i not in event_words


def is_recent_trend(trigger: Token) -> bool:
    """Many acts over a recent period: a plural event word ("drone attacks over the past month")
    or a perfect or progressive verb ("have been shelling ... in recent weeks") with a recent period."""
    verb = governing_verb(trigger)
    plural = trigger.tag_ in ("NNS", "NNPS")
    ongoing = verb.tag_ == "VBG" or any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have"
                                        for c in verb.children)
    return (plural or ongoing) and _has_phrase(_clause_text(trigger), phrases(LISTS, "recent_period_phrases"))


def is_period_start(trigger: Token) -> bool:
    """The start of a period a record is measured over ("the first direct accord since the rebels
    launched their offensive", "the largest protest since the uprising of 2011"): a time reference in
    a "since" clause or phrase whose governing clause holds a first or a superlative. Without one
    ("violence has surged since the July arrest of the cartel's founder") the act is news of its own."""
    markers = words(LISTS, "period_start_markers")
    token = trigger
    while True:
        if token.dep_ == "pobj" and token.head.lower_ in markers:
            return _sets_a_record(token.head)
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in markers for c in token.children):
            return _sets_a_record(token)
        if starts_clause(token) or token.head.i == token.i:
            return False
        token = token.head


def _sets_a_record(since: Token) -> bool:
    """Whether the clause that a "since" phrase or clause hangs on names a first or a superlative."""
    inside = {t.i for t in since.subtree}
    return any(t.i not in inside and (t.tag_ in ("JJS", "RBS") or t.lower_ in words(LISTS, "record_words"))
               for t in since.head.subtree)



def is_aggregate_toll(trigger: Token) -> bool:
    """A toll over a whole war or period, told with a killing word ("the conflict has killed 14,000")."""
    _, casualties = counting_lexicon()
    if trigger.lemma_.lower() not in casualties:
        return False
    subjects = words(LISTS, "aggregate_subjects")
    if any(c.dep_ in ("nsubj", "csubj") and c.lemma_.lower() in subjects for c in trigger.children):
        return True
    return _has_phrase(_clause_text(trigger), phrases(LISTS, "aggregate_phrases"))
