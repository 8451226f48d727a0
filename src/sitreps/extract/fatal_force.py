"""A mention whose toll has dead takes the type its taxonomy entry names under ``fatal``.

ACLED's codebook separates a protest that authorities break up (protest with intervention) from one
met with lethal force (excessive force against protesters). A report often tells the dispersal in one
word ("police dispersed the sit-in", "fired tear gas at marchers") and the deaths in another ("killing
three", "a farmer died of his injuries"), so the lexicon types the mention by the dispersal before its
toll is known. Once the toll the mention took counts at least one dead, the fatal type is the right one,
unless the dead are the force's own ("a policeman was killed"): the crowd's violence is no excessive
force. Likewise ACLED keeps "abduction" for people taken without further violence: an abduction whose
toll has dead (not the abductors) is an attack. The rule is data (``fatal`` in ``data/taxonomy.yaml``);
this module only reads the toll.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Token

from sitreps.extract.taxonomy_schema import EventType, FatalRule
from sitreps.extract.triggers import TriggerMatch
from sitreps.models import Count, Role

KILLED = "killed"  # the ``what`` of a count of the dead (data/counting.yaml)
# Where the dead of a casualty word stand: its object or passive subject ("killing three people", "a
# policeman was killed"), and the subject of an intransitive one ("two marchers died").
VICTIM_DEPS = frozenset({"dobj", "nsubjpass", "nsubj"})
INTRANSITIVE_POS = frozenset({"VERB", "AUX", "ADJ"})
PASSIVE_VICTIM_DEPS = frozenset({"dobj", "nsubjpass"})


def _dead_words(token: Token) -> set[str]:
    """The lemmas of the phrases naming the dead of casualty word ``token`` (empty when none is parsed)."""
    slots = [c for c in token.children if c.dep_ in VICTIM_DEPS]
    if token.lemma_.lower() == "kill" or token.pos_ not in INTRANSITIVE_POS:
        slots = [c for c in slots if c.dep_ != "nsubj"]  # "police killed three": the subject is the killer
    if not slots:  # "a gunman was shot dead": the dead are those of the verb the word completes
        slots = [c for c in token.head.children if c.dep_ in PASSIVE_VICTIM_DEPS]
    return {t.lemma_.lower() for slot in slots for t in slot.subtree}


def _deadly(token: Token, count: Count, rule: FatalRule) -> bool:
    """Whether a toll counts at least one dead who is not of the force (``rule.unless``) and, where the rule
    names who they must be (``rule.when``), are such people."""
    least = count.value if count.value is not None else count.low
    dead = _dead_words(token)
    return count.what == KILLED and bool(least) and not dead & set(rule.unless) and \
        (not rule.when or bool(dead & set(rule.when)))


def fatal_retyped(match: TriggerMatch, casualties: Sequence[tuple[Token, Count]],
                  type_by_id: Callable[[str], EventType], *, named: frozenset[Role] = frozenset()) -> TriggerMatch:
    """``match`` with its type's fatal type when the toll it took has dead (module docstring); ``named``: the
    roles the act names an actor in."""
    rule = match.event_type.fatal
    if rule is None or named & set(rule.unless_roles) or _trigger_words(match) & set(rule.unless_trigger) \
            or not any(_deadly(token, count, rule) for token, count in casualties):
        return match
    return replace(match, event_type=type_by_id(rule.to))


def _trigger_words(match: TriggerMatch) -> set[str]:
    """The lemmas of the trigger's own words."""
    return {t.lemma_.lower() for t in match.head.doc[match.start:match.end]}
