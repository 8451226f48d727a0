"""Two event words of one sentence that a measured span of days sets apart are two occasions.

"Youths staged a protest in Lekki on Tuesday, three years after soldiers opened fire on demonstrators"
tells today's peaceful protest and, as its occasion, a shooting three years before; "students marched on
Friday, a week after police shot dead two protesters" a march and the killing it answers. Read as one
incident, the old shooting made the march excessive force against protesters (issue #13 "Types": peaceful
protests coded as excessive force). ACLED codes one event per day: a word inside a phrase that a
sequence word ("after", "since", "before") opens and that a span of days or longer measures ("three
years", "a week", "months") is never the same incident as a word outside it, nor its outcome. A span of
hours ("hours after police fired tear gas") may keep the day, so it is not one.

Relies on: spaCy's dependency parse, which hangs the span as an ``npadvmod`` of the sequence word (a
phrase: "three years after the killing") or of the clause verb the word marks ("a week after police
shot"). The sequence words and units are data (``sequence_markers``, ``day_gap_units`` in
data/en/incidents.yaml).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.english import words

LISTS = "incidents"
SPAN_DEP = "npadvmod"  # spaCy's English label of "three years" in "three years after"
PREPOSITION_DEP = "prep"  # "after [the killing]": the phrase is the sequence word's own
MARKER_DEP = "mark"  # "after [police shot two students]": the phrase is the clause the word marks


def _measured(holder: Token) -> bool:
    """Whether a span of days or longer hangs on the sequence word or its clause verb."""
    units = words(LISTS, "day_gap_units")
    return any(c.dep_ == SPAN_DEP and c.lower_ in units for c in holder.children)


def _measured_phrases(token: Token) -> list[Token]:
    """The roots of the measured sequence phrases holding ``token``, innermost first."""
    markers = words(LISTS, "sequence_markers")
    roots: list[Token] = []
    for head in (token, *token.ancestors):
        for child in head.children:
            if child.lower_ not in markers:
                continue
            if child.dep_ == PREPOSITION_DEP and token in child.subtree and _measured(child):
                roots.append(child)
            elif child.dep_ == MARKER_DEP and (_measured(child) or _measured(head)):
                roots.append(head)
    return roots


def measured_apart(first: Token, second: Token) -> bool:
    """Whether one of two words of a sentence lies in a measured sequence phrase the other is outside of."""
    if first.sent.start != second.sent.start:
        return False
    return any(second not in root.subtree for root in _measured_phrases(first)) or any(
        first not in root.subtree for root in _measured_phrases(second))
