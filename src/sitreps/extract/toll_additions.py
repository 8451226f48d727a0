"""More dead told after an incident's toll ("Two more died later in hospital", "another four villagers
died of their wounds", "two soldiers also died"), added to the toll told before them.

On its own such a figure read as a second, smaller account of the toll, and an incident keeps one figure
of each kind: the first, too low. ``extract.casualties`` marks the figure with its addition word (a span
between the figure and the word that states it); ``add_ups`` sums each marked figure with the toll told
before it in the text (the latest revision, else the first figure: ``toll_scope.latest_first``), within a
mention (``extract.toll_parts``) and when two mentions of one incident merge (``extract.consolidate``).
"More than 20" is a bound, never an addition. English words in ``data/en/counts.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from sitreps.annotate.doctext import doc_text, root_at
from sitreps.extract.english import words
from sitreps.extract.toll_scope import latest_first
from sitreps.models import Count, Span

LISTS = "counts"
TOLL_LISTS = "extract_tolls"  # its function words: the partitive "of", the bound "than"
KILLED = "killed"
# How a number hangs on the noun it counts ("two more soldiers").
NUMBER_DEP = "nummod"
# How a toll noun hangs on the verb that revises it ("the toll rose to 11").
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# How an adverb hangs on the casualty verb ("also died").
ADVERB_DEP = "advmod"
# How a partitive figure's "of" hangs on it, and the group it counts among ("two of the injured").
PREPOSITION_DEP = "prep"
OBJECT_DEP = "pobj"
# How an ordinal hangs on the noun it numbers ("a fourth child").
MODIFIER_DEP = "amod"
# Evidence of a marked figure: the figure, its addition word, the word that states it.
MARKED_SPANS = 3


def addition_marks(word: Token, start: int, end: int, what: str) -> list[Span]:
    """The mark of a death figure at ``start:end``, stated by casualty word ``word``, told as more dead:
    its addition word's span, else none."""
    added = _addition_word(word, start, end) if what == KILLED and not _explains_revision(word) else None
    return [] if added is None else [Span.of(doc_text(word.doc), added.idx, added.idx + len(added))]


def _explains_revision(word: Token) -> bool:
    """Whether the casualty word sits in a clause of a toll's revision ("the toll rose to 11 after five
    of the wounded died"): the revised toll already holds those dead, which are no addition to it."""
    tolls = words(LISTS, "toll_nouns")
    return any(c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in tolls for a in word.ancestors for c in a.children)


def _addition_word(word: Token, start: int, end: int) -> Token | None:
    """The word that tells the figure at ``start:end`` as more dead: on the number or on the noun it
    counts ("two more", "another four villagers", "two additional soldiers"), or an adverb on the
    casualty verb ("two soldiers also died", ``addition_adverbs``)."""
    number = root_at(word.doc, start, end)
    if number is None:
        return None
    counted = [number, number.head] if number.dep_ == NUMBER_DEP else [number]
    on_figure = (c for w in counted for c in w.children
                 if c.lower_ in words(LISTS, "addition_words") and not _bound(c))
    on_verb = (c for c in word.children if c.dep_ == ADVERB_DEP and c.lower_ in words(LISTS, "addition_adverbs"))
    return next(on_figure, None) or next(on_verb, None) or _later_dead(counted)


def _later_dead(counted: list[Token]) -> Token | None:
    """The word that tells a figure as dead told apart from the toll before: the wounded a partitive
    counts them among ("two of the injured later died"), the attacking side it counts them among ("two
    of the attackers were killed", ``_other_side``), or an ordinal on the noun ("a fourth child died of
    his wounds"). ``addition_partitives``, ``addition_sides``, ``addition_ordinals`` in the counts list."""
    partitives = words(LISTS, "addition_partitives")  # "of the wounded", "of those hurt"
    among_words = words(TOLL_LISTS, "partitive_words")  # "two of the injured"
    among = [p for w in counted for c in w.children if c.dep_ == PREPOSITION_DEP and c.lower_ in among_words
             for p in c.children if p.dep_ == OBJECT_DEP]
    wounded = (g for p in among for g in (p, *p.children) if g.lower_ in partitives)
    ordinal = (c for w in counted for c in w.children
               if c.dep_ == MODIFIER_DEP and c.lower_ in words(LISTS, "addition_ordinals"))
    return next(wounded, None) or next((p for p in among if _other_side(p)), None) or next(ordinal, None)


def _other_side(group: Token) -> bool:
    """Whether a partitive counts the attacking side's dead, none of whom a figure before counted ("five
    soldiers were killed. Two of the attackers were killed"): ACLED's toll holds both sides' dead, so
    they add to the toll. After "killing 12 militants", "three of the militants" are some of those."""
    if group.lower_ not in words(LISTS, "addition_sides"):
        return False
    return not any(t.lemma_ == group.lemma_ and any(c.like_num for c in t.children)  # "Thirty militants"
                   for t in group.doc[:group.i])


def _bound(more: Token) -> bool:
    """ "More than": a bound of the figure, not more dead."""
    following = more.doc[more.i + 1] if more.i + 1 < len(more.doc) else None
    bound_words = words(TOLL_LISTS, "bound_words")  # the word after "more" that makes it a bound
    return (following is not None and following.lower_ in bound_words) or any(
        c.lower_ in bound_words for c in more.children)


def is_addition(count: Count) -> bool:
    """Whether a death figure carries the mark of more dead (module docstring)."""
    marks = (words(LISTS, "addition_words") | words(LISTS, "addition_adverbs")
             | words(LISTS, "addition_partitives") | words(LISTS, "addition_ordinals")
             | words(LISTS, "addition_sides"))
    return count.what == KILLED and len(count.evidence) == MARKED_SPANS and count.evidence[1].text.lower() in marks


def summed(counts: Sequence[Count]) -> Count:
    """The figures added up; a figure told only as a lower bound makes the sum one too."""
    exact = all(c.value is not None for c in counts)
    low = sum(c.value if c.value is not None else c.low or 0 for c in counts)
    figures: list[Span] = [c.evidence[0] for c in counts]
    told_by: list[Span] = [c.evidence[-1] for c in counts]
    return Count(what=KILLED, value=low if exact else None, low=low, high=low if exact else None,
                 evidence=figures + told_by)


def add_ups(counts: Sequence[Count]) -> list[Count]:
    """Each marked figure summed into the toll told before it, which the sum replaces; a marked figure
    with no toll before it stays as told (a later merge may find its toll)."""
    kept = list(counts)
    for addition in [c for c in counts if is_addition(c)]:
        earlier = [c for c in kept if c.what == KILLED and not is_addition(c)
                   and c.evidence and c.evidence[0].start < addition.evidence[0].start]
        if not earlier:
            continue
        base = latest_first(earlier)[0]
        kept = [summed([base, addition]) if c is base else c for c in kept if c is not addition]
    return kept
