"""People held over a period: a state the story recalls, not an abduction told as news.

A story about a strike, a clash or an attack often recalls hostages its actors hold: "fighters who had
held two aid workers hostage since March attacked an army post", "the group has held two journalists
hostage for more than a year", "militants are still holding dozens of captives". ACLED codes an
abduction when people are taken in the incident; a hold that goes on is no incident of its own, and
as a row it competed with the main act (it could become the story's best row). The cause is read
from the parse: a verb of keeping people, in an abduction mention, told as a state that lasts (a
perfect or progressive aspect, "still", or a period hung on it: "since March", "for months") and not
dated to a day in its own clause (a mention takes the story's day when its clause names none). Where
the article tells a taking ("kidnapped", "abduction"), the hold retells it ("was released on
Thursday after being held hostage for 12 days") and stays, with the victims and captors it names; where
it tells no other act, the hold is the story's news ("pirates held the crew hostage for three weeks").
A hold told on its day ("gunmen held 14 bank staff hostage for six hours on Thursday") is the
hostage-taking itself and stays.

Relies on: the trigger's token in a parsed Doc, the mention's type and time. Word lists:
``data/en/eventness.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.english import words
from sitreps.extract.governing_verb import governing_verb
from sitreps.models import DatePrecision, EventMention

LISTS = "eventness"
ABDUCTION = "abduction"
# How an aspect marker hangs on its verb: "has held" (aux), "have been held" (auxpass).
AUX_DEPS = frozenset({"aux", "auxpass"})
# How a gerund or participle hangs on a preposition of time ("after holding", "after being held").
STEP_DEP = "pcomp"
# Clauses hung on the hold: a day named in one of them dates that clause's act, not the hold.
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "conj", "relcl", "parataxis"})


def _lasts(verb: Token) -> bool:
    """A perfect or progressive hold ("has held", "are holding"), "still" on it, or a period hung on
    it by "since" or "for" ("since March", "for months"). A hold hung on a preposition ("shot dead
    after holding 12 customers hostage for hours") is a step of the story's own act, not a state."""
    if verb.dep_ == STEP_DEP:
        return False
    children = list(verb.children)
    aspect = {c.lemma_.lower() for c in children if c.dep_ in AUX_DEPS}
    if "have" in aspect or (verb.tag_ == "VBG" and "be" in aspect):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in words(LISTS, "holding_adverbs") for c in children):
        return True
    periods = words(LISTS, "period_prepositions")
    return any((c.dep_ == "prep" and c.lower_ in periods)
               or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in periods for m in c.children))
               for c in children)


def dated_in_its_clause(verb: Token, mention: EventMention) -> bool:
    """A day named inside ``verb``'s own clause ("held 14 staff hostage ... on Thursday"). A day the
    mention took from the story's other clauses ("... attacked an army post on Sunday"), or one named in a
    clause hung on the hold, does not date it."""
    time = mention.time
    if time is None or time.precision is not DatePrecision.DAY:
        return False
    doc = verb.doc
    own = [(doc[i].idx, doc[i].idx + len(doc[i])) for i in own_clause(verb)]
    return any(any(start <= e.start < end for start, end in own) for e in time.evidence)


def own_clause(anchor: Token) -> set[int]:
    """The token indices of ``anchor``'s subtree without the clauses hung on it."""
    nested = {t.i for c in anchor.children if c.dep_ in CLAUSE_DEPS for t in c.subtree}
    return {t.i for t in anchor.subtree if t.i not in nested}


def tells_a_taking(verb: Token) -> bool:
    """A word of the act of taking people outside ``verb``'s subtree: a hold or a description there then
    retells that taking."""
    inside = {t.i for t in verb.subtree}
    acts = words(LISTS, "taking_acts")
    return any(t.lemma_.lower() in acts for t in verb.doc if t.i not in inside)


def tells_another_act(anchor: Token, trigger: Token, event_words: frozenset[int]) -> bool:
    """An event word outside ``anchor``'s own clause and the trigger's phrase: the story has an act of
    its own that a hold or a description sits beside (a clause hung on the hold may be that act when
    the parse misplaces it). Without one the hold is the story's news ("Pirates held the ship's crew
    hostage for three weeks off the coast")."""
    inside = own_clause(anchor) | own_clause(trigger)
    return any(i not in inside for i in event_words)


def is_held_state(trigger: Token, mention: EventMention, event_words: frozenset[int]) -> bool:
    """An abduction told by a verb of keeping people as a hold that lasts, not dated to a day of its own,
    beside another act, in an article that tells no taking the hold could retell. ``event_words`` are
    the token indices of the article's event words."""
    if mention.type != ABDUCTION:
        return False
    verb = governing_verb(trigger)
    return verb.lemma_.lower() in words(LISTS, "holding_lemmas") and _lasts(verb) \
        and not dated_in_its_clause(verb, mention) and not tells_a_taking(verb) \
        and tells_another_act(verb, trigger, event_words)
