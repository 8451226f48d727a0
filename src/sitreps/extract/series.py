"""A series of attacks told as one coordinated incident, not a trend: "launched a series of attacks on
villages in Zamfara, killing 30 people" is what ACLED codes as one event; "has carried out a series of
attacks in recent months" is not (round 15b, issue #13 "Event-ness").

Event-ness reads "a series/wave/string of X" as a class of events unless the series is day-dated
(``event_classes.is_generic``); this module names the other way a series is one incident: a simple past verb
and a counted toll told with it, spread over no plural period. The nouns and periods are English data
(``coordinated_series_nouns``, ``series_periods`` in data/en/eventness.yaml).

Relies on: spaCy's tags and dependency parse, and the counting lexicon's killing words.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.annotate.quantities import counting_lexicon
from sitreps.extract.english import words

LISTS = "eventness"
# The simple past ("launched"): the perfect ("has carried out") tells a record, the present a trend.
SIMPLE_PAST = "VBD"
# The links of a toll's clause to the series' verb: "launched ..., killing 30" (advcl), "... and killed 30".
TOLL_DEPS = frozenset({"advcl", "conj"})


def coordinated_series(series: Token) -> bool:
    """A series told as one coordinated incident: its verb in the simple past, a counted toll in a clause
    of that verb ("launched a series of attacks on villages, killing 30 people") and no plural period
    ("over several months"). "has carried out a series of attacks" and "a wave of attacks" alone stay a
    trend."""
    verb = series.head
    if series.lemma_.lower() not in words(LISTS, "coordinated_series_nouns") or verb.tag_ != SIMPLE_PAST:
        return False
    if any(t.lower_ in words(LISTS, "series_periods") for t in verb.subtree):
        return False
    _, casualties = counting_lexicon()
    tolls = [c for c in verb.children if c.dep_ in TOLL_DEPS and c.lemma_.lower() in casualties]
    return any(o.dep_ == "dobj" and any(n.dep_ == "nummod" for n in o.children) for t in tolls for o in t.children)
