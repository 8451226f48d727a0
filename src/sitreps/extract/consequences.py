"""Deaths and injuries that are the outcome of another event, not events of their own.

"An air strike on a house killed 17 people" reports one event, an air strike,
with 17 dead; "killed" is its consequence. Likewise "On 12 March a drone strike
hit Jilib. Three militants were reportedly killed." tells the toll of the strike
in the next sentence. A casualty trigger (a word of the ``casualties`` lexicon in
``data/counting.yaml``: kill, die, wound...) therefore stands as its own event
only when nothing else violent is reported with it; otherwise it is dropped and
its figures go to the event it is the outcome of. A toll told with no event word at all, right
after the event ("A drone hit the bus station. Doctors said they received 26 bodies."), is the
event's too; it hosts no sentence after it. A sentence that moves to another incident ("Separately, ...")
or another town keeps its killing apart (``extract.hosted_tolls``). A peaceful protest whose toll is
protesters killed by a doer ("police shot dead a protester during demonstrations") takes the killing's
type, excessive force.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitreps.annotate.quantities import counting_lexicon
from sitreps.extract.days_apart import measured_apart
from sitreps.extract.english import words
from sitreps.extract.force_killings import outcome_type
from sitreps.extract.hosted_tolls import Towns, told_apart
from sitreps.extract.protest_grievance import in_grievance
from sitreps.extract.taxonomy import load_taxonomy
from sitreps.extract.triggers import TriggerMatch

# ACLED's violent event families: the events whose outcome a toll can be.
VIOLENT_FAMILIES = frozenset({"battle", "remote_violence", "violence_against_civilians", "riot", "protest"})
# Types outside the violent families whose incident can still have a toll: a raid by special forces
# ("commandos killed a commander and two aides in a night raid": the raid's toll, as the project gold
# codes it). They take a figure told with them; they do not make a casualty word their outcome.
TOLL_TYPES = frozenset({"special_operation"})
# Who did it: a casualty verb with one of these has its own doer ("gunmen killed
# six villagers") and is not a mere outcome of an event told in an earlier sentence.
DOER_DEPS = frozenset({"nsubj", "agent", "csubj"})
# A clause's own subject, active or passive: "and 10 people were wounded" shares no doer with the verb before it.
OWN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
# Clauses that describe a person ("two men accused of kidnapping a child", "a suspect who had kidnapped
# a businessman"): a violent word inside one tells that person's own act, not the cause of a killing the
# clause hangs below (spaCy's English labels of reduced and full relative clauses).
PERSON_CLAUSE_DEPS = frozenset({"acl", "relcl"})
PERSON_HEAD_POS = ("NOUN", "PROPN", "PRON")
# A protest whose toll is a killing of protesters by a doer ("security forces shot dead a protester during
# demonstrations", "soldiers fired on a crowd protesting ..., killing 2 protesters") is the force's excessive
# force: the protest takes the casualty word's type (its toll is the protest's as before). Round 14, from the
# notes-style sub-type gold; the casualty word's type is the lexicon's ("shoot protester", "kill protester").
TAKES_OUTCOME_TYPE = {"peaceful_protest": frozenset({"excessive_force_against_protesters"})}
LISTS = "unrest"  # data/en/unrest.yaml: ``dying_verbs``, whose cause clause ``force_killings`` reads


@dataclass(frozen=True)
class Outcomes:
    """The triggers that stand as events, and for dropped outcomes the event each belongs to."""

    kept: list[TriggerMatch]
    hosts: dict[int, TriggerMatch]  # sentence start token -> the event its toll belongs to


def is_violent(match: TriggerMatch) -> bool:
    """Whether a trigger's type is one of the violent families."""
    return match.event_type.family in VIOLENT_FAMILIES


def takes_toll(match: TriggerMatch) -> bool:
    """Whether a casualty figure told with a trigger can be its incident's toll."""
    return is_violent(match) or match.event_type.id in TOLL_TYPES


def is_casualty(match: TriggerMatch) -> bool:
    """A trigger that says people died or were hurt ("killed", "shot dead", "killings")."""
    _, casualty = counting_lexicon()
    return any(token.lemma_.lower() in casualty for token in match.span)


def _has_doer(match: TriggerMatch) -> bool:
    head = match.head
    doers = [c for c in head.children if c.dep_ in DOER_DEPS]
    if head.dep_ in ("advcl", "conj", "xcomp") and head.tag_ == "VBG":
        doers.append(head.head)  # "..., killing 12": the doer is the main clause's
    if head.dep_ == "conj" and head.pos_ == "VERB" and not any(c.dep_ in OWN_SUBJECT_DEPS for c in head.children):
        # "troops pursued the attackers and killed 14 of them": a coordinated verb with no subject of its own
        # shares its first verb's doer, so the killing is that doer's act, not a toll of the incident told in
        # the sentence before (round 30, wire part x); "and 10 people were wounded" has its own subject
        doers += [c for c in head.head.children if c.dep_ in DOER_DEPS]
    return bool(doers) or head.pos_ not in ("VERB", "AUX")


def _told_of_a_party(cause: TriggerMatch, casualty: TriggerMatch) -> bool:
    """Whether ``cause`` sits in a clause describing one of the casualty word's parties: "a crowd lynched
    two men [accused of kidnapping a child]" tells the men's alleged act, not what the lynching was the
    outcome of; "killed 12 people in an attack" keeps the attack as the cause. Read only for a casualty
    word with a doer of its own: "all 33 terrorists involved in the attack have been killed" names no one
    who killed them, so it stays the toll of the incident told around it."""
    token = cause.head
    while token.i != token.head.i:
        if token.dep_ in PERSON_CLAUSE_DEPS and token.head.pos_ in PERSON_HEAD_POS:
            return any(t.i == casualty.head.i for t in token.head.ancestors)
        if token.head.i == casualty.head.i:
            return False
        token = token.head
    return False


def _describes_another(casualty: Token, cause: TriggerMatch) -> bool:
    """Whether the casualty word sits in a clause describing a person outside the cause: "joined a funeral
    march for a young man [killed by police during last month's protests]" tells what befell the man, at
    last month's protests, not at the march; "a protest [in which police killed two]" describes the cause."""
    token = casualty
    while token.i != token.head.i:
        if token.dep_ in PERSON_CLAUSE_DEPS and token.head.pos_ in PERSON_HEAD_POS:
            return token.head.i != cause.head.i and cause.head not in token.subtree
        token = token.head
    return False


def _with_outcome_type(cause: TriggerMatch, casualty: TriggerMatch) -> TriggerMatch:
    """The cause retyped as its casualty word when ``TAKES_OUTCOME_TYPE`` says the toll tells what it was, or
    as excessive force when the state's forces did the killing (``extract.force_killings``)."""
    if in_grievance(cause.head, casualty.head) or _describes_another(casualty.head, cause):
        return cause  # "marched to mark a year since police shot ...", "a march for a man killed by police"
    if casualty.event_type.id in TAKES_OUTCOME_TYPE.get(cause.event_type.id, frozenset()):
        return replace(cause, event_type=casualty.event_type)
    return _forced(cause, casualty.head)


def _forced(cause: TriggerMatch, casualty: Token) -> TriggerMatch:
    """The cause as excessive force when the state's forces did the killing its casualty word tells."""
    forced = outcome_type(cause.event_type.id, casualty)
    return replace(cause, event_type=load_taxonomy().get(forced)) if forced else cause


def _dying_by_force(cause: TriggerMatch, sentence: SpacySpan, matches: Sequence[TriggerMatch]) -> TriggerMatch:
    """A protest word with a dying word of its sentence that no trigger holds, whose cause clause the state's
    forces did: "a student died after being shot by police at a rally" is excessive force at the rally
    (``force_killings.killed_by_force``), unless the death is the rally's grievance or another's."""
    held = {t.i for m in matches for t in m.span}
    for token in sentence:
        if token.i in held or token.lemma_.lower() not in words(LISTS, "dying_verbs"):
            continue
        if measured_apart(cause.head, token) or in_grievance(cause.head, token) or _describes_another(token, cause):
            continue
        forced = _forced(cause, token)
        if forced is not cause:
            return forced
    return cause


def find_outcomes(matches: Sequence[TriggerMatch], sentences: Sequence[SpacySpan],
                  towns: Towns | None = None) -> Outcomes:
    """Drop casualty triggers that tell another violent event's outcome, in its sentence or the next;
    ``towns`` tells a killing in another town apart (``extract.hosted_tolls``)."""
    kept: list[TriggerMatch] = []
    hosts: dict[int, TriggerMatch] = {}
    previous_host: TriggerMatch | None = None
    for sentence in sentences:
        inside = [m for m in matches if sentence.start <= m.head.i < sentence.end]
        causes = [m for m in inside if is_violent(m) and not is_casualty(m)]
        tolls_of: list[TriggerMatch] = []  # casualty words with a doer, folded into this sentence's causes
        for match in inside:
            if not (is_violent(match) and is_casualty(match)) \
                    or (causes and all(measured_apart(c.head, match.head) for c in causes)):
                kept.append(match)  # "marched on Friday, a week after police shot two students": another day's
            elif any(not (_has_doer(match) and _told_of_a_party(cause, match)) for cause in causes):
                if _has_doer(match):
                    tolls_of.append(match)
                continue
            elif previous_host is not None and not _has_doer(match) \
                    and not told_apart(sentence, match.head, previous_host.head, towns):
                hosts[sentence.start] = previous_host
            else:
                kept.append(match)
        violent_kept = [m for m in inside if m in kept and is_violent(m)]
        hosted = hosts.get(sentence.start)
        if previous_host is not None and hosted is None and not any(is_violent(m) for m in inside) \
                and not told_apart(sentence, None, previous_host.head):
            # a toll told with no event word right after the event ("We received 26 bodies"); it
            # hosts no further sentence, so a toll three sentences on is nobody's
            hosts[sentence.start] = previous_host
        previous_host = violent_kept[0] if violent_kept else hosted
        for toll in tolls_of:
            kept = [_with_outcome_type(m, toll) if m in causes else m for m in kept]
        kept = [_dying_by_force(m, sentence, inside) if m in causes else m for m in kept]
    return Outcomes(kept, hosts)
