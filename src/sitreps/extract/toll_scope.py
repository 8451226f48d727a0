"""Whether a casualty figure is one incident's toll, and which trigger's incident it is.

A tally over a war, a spree or a period ("the conflict has killed 14,000", "have been killed
since the war began", "so far this year") is no incident's toll (``is_aggregate``). Otherwise a
figure belongs to the trigger whose clause tells it (``casualty_owner``): one governing the
casualty word, else one it governs, else the nearest, and none when the word sits in a clause
that sets another scene ("the suburb where a student was killed") or after a preposition of
sequence or topic ("after the killing of a commander").

Relies on a spaCy parse with lemmas; the English word lists live in ``data/en/counts.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from sitreps.extract.english import phrases, words
from sitreps.models import Count

LISTS = "counts"
# The function words of tolls: the partitive "of", the determiner "the" of a group told, the perfect's "have".
TOLL_LISTS = "extract_tolls"
# The slots of a casualty verb holding its victims, and how a count is taken out of a group told
# before ("six of them", "two of the attackers").
VICTIM_DEPS = frozenset({"dobj", "nsubjpass"})
# A trigger as the subject of a verb above a casualty word tells the clause's incident ("a bomb exploded
# near a rally, killing two").
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Present-tense tags of "have": with a participle, the present perfect that tallies up to now.
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# A complement ("were reported killed") belongs to the clause of the verb it completes.
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "conj", "parataxis"})
# Penn tags of a superlative adjective ("deadliest") and of the adverb that makes one ("most violent").
SUPERLATIVE_TAG = "JJS"
SUPERLATIVE_ADVERB_TAG = "RBS"
# The part of speech of "responsible for": the doer's own dead follow, not what a protest seeks.
ADJECTIVE = "ADJ"
# How a casualty word completes a verb that reports it ("have been reported killed", "had been found
# dead"): the tense is the reporting verb's.
COMPLEMENT_DEPS = frozenset({"xcomp", "oprd", "acomp"})
# A word heading its own clause, or joined to the one before ("..., and residents buried ...").
ROOT_OR_JOINED = frozenset({"ROOT", "conj", "parataxis"})
# How a toll hangs on the verb that brings it to a figure ("bringing the toll to 15").
OBJECT = "dobj"


def _subject_noun(token: Token) -> Token | None:
    """The doer of a casualty verb, a relative pronoun replaced by the noun it stands for."""
    verb = token.head if token.lemma_.lower() in words(LISTS, "life_nouns") else token
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in words(LISTS, "relative_pronouns") and verb.dep_ == "relcl":
        subject = verb.head
    return subject


def _clause_text(token: Token) -> str:
    """The words of the clause ``token`` sits in, without the clauses embedded in it nor the phrases
    that compare the incident with the past (``_superlative``)."""
    clause = token
    while clause.dep_ not in CLAUSE_DEPS and clause.head.i != clause.i:
        clause = clause.head
    own = [t for t in clause.subtree
           if not any((a.dep_ in CLAUSE_DEPS and clause in a.ancestors) or _superlative(a)
                      for a in (t, *t.ancestors))]
    return " " + " ".join(t.lower_ for t in own) + " "


def _superlative(token: Token) -> bool:
    """A noun ranked against the past ("the deadliest attack since March", "the highest toll in a night
    since May", "the most violent crackdown in years"): its period dates the comparison, so the toll
    beside it is still one incident's, not a tally over the period."""
    return token.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "amod" and (c.tag_ == SUPERLATIVE_TAG or any(g.tag_ == SUPERLATIVE_ADVERB_TAG for g in c.children))
        for c in token.children)


def is_aggregate(token: Token) -> bool:
    """A toll over many incidents or a period, not one incident's count (see the module docstring)."""
    subject = _subject_noun(token)
    nouns = words(LISTS, "aggregate_subjects")
    if subject is not None and (subject.lemma_.lower() in nouns or (
            subject.dep_ == "pobj" and subject.head.head.lemma_.lower() in nouns)):
        return True
    # "killed in the war", "the death toll from the conflict"
    if any(p.lemma_.lower() in nouns for c in token.children if c.dep_ == "prep"
           for p in c.children if p.dep_ == "pobj"):
        return True
    if counted_since(token):
        return True
    text = _clause_text(token)
    periods = phrases(LISTS, "perfect_period_markers")
    if (_perfect(token) or _brought(token)) and any(f" {marker} " in text for marker in periods):
        return True  # "500 civilians have been killed in the province this year"
    return any(f" {marker}" in text for marker in phrases(LISTS, "aggregate_markers"))


def counted_since(token: Token) -> bool:
    """A tally from a starting point to now: "have killed 1,500 civilians since the coup" (a turn of the
    conflict), "have been killed since the war began", "has been attacked several times since the
    conflict flared again in 2017" (a clause)."""
    since = words(LISTS, "period_subordinators")
    if any(_turn(p) for c in token.children if c.dep_ == "prep" and c.lower_ in since
           for p in c.children if p.dep_ == "pobj"):
        return True
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in since for m in c.children)
               for c in token.children)


def _turn(noun: Token) -> bool:
    """A turn of a conflict that starts a period ("the coup", "the war"), itself or through its "of"
    phrase ("the collapse of the truce", "the outbreak of the war")."""
    starts = words(LISTS, "aggregate_subjects") | words(LISTS, "period_start_nouns")
    partitive = words(TOLL_LISTS, "partitive_words")
    return noun.lemma_.lower() in starts or any(p.lemma_.lower() in starts for c in noun.children
                                                if c.dep_ == "prep" and c.lower_ in partitive
                                                for p in c.children if p.dep_ == "pobj")


def _brought(token: Token) -> bool:
    """Whether a casualty word's toll is one a verb brings up to a figure ("bringing to 80 the number of
    people killed", "taking the toll to 60"): like the present perfect, a toll counted up to now, so a
    period in its clause ("this month") makes it a tally."""
    tolls = words(LISTS, "toll_nouns") | words(LISTS, "toll_counting_nouns")
    raising = words(LISTS, "toll_raising_verbs")
    return any(a.lemma_.lower() in tolls and a.dep_ == OBJECT and a.head.lemma_.lower() in raising
               for a in (token, *token.ancestors))


def _perfect(token: Token) -> bool:
    """Whether a casualty verb is in the present perfect ("have been killed", "has killed"), itself or
    through the verb it completes ("have been reported killed", "have been confirmed dead")."""
    verbs = [token, token.head] if token.dep_ in COMPLEMENT_DEPS else [token]
    perfect = words(TOLL_LISTS, "toll_perfect_auxiliaries")
    return any(c.dep_ == "aux" and c.lemma_.lower() in perfect and c.tag_ in PRESENT_TAGS
               for verb in verbs for c in verb.children)


def casualty_owner(token: Token, triggers: Sequence[Token]) -> Token | None:
    """The trigger whose incident a casualty word tells: a trigger governing it ("attacked ...,
    killing three"), else one it governs ("killed in a clash"; an act joined after the killing, "and
    captured two commanders", only when no other does), else one that is the subject of a verb above
    it ("a bomb exploded near a political rally, killing two": the bomb's, though the rally is nearer),
    else the nearest in the sentence.

    None when the dead are those a rite remembers ("marched to mourn the 23 people killed last month", "the
    funeral of five miners killed"): an earlier incident's, whatever trigger governs the rite. None when
    the word sits in a "where"/"when" clause of a noun that is no trigger ("the suburb
    where the teenager was killed"), in an "after"/"since" clause of what came before ("riots broke
    out after police killed a teenager"; not when its victims are some of those told, "fled after
    soldiers killed six of them") or after a preposition of sequence or topic ("clashes broke out
    after the killing of a militia leader", "protests over the death of a student"): it tells
    another incident, so no trigger above it gets the figure.
    """
    if token in triggers:
        return token
    below = sorted((t for t in triggers if token in t.ancestors),
                   key=lambda t: (_joined_act(t, token), _depth(t, token)))
    for ancestor in (token, *token.ancestors):
        if ancestor is not token and ancestor in triggers:
            return ancestor
        background = ancestor.lower_ in words(LISTS, "background_prepositions") or _sought(ancestor)
        elsewhere = _setting_clause(ancestor) or background
        # "protested over the killing of five farmers": the casualty noun the preposition takes tells
        # another incident even under a trigger (one further down, "an offensive against rebels that
        # killed 30", is the trigger's)
        topic = background and ancestor.i == token.head.i and token.dep_ == "pobj"
        earlier = _earlier_clause(ancestor) and not _some_of_those_told(token)
        mourned = ancestor is not token and _rite_of_trigger(ancestor, triggers)
        if (elsewhere and ancestor.head not in triggers) or topic or earlier or mourned:
            return below[0] if below else None
    if below:
        return below[0]
    doer = next((t for t in triggers if t.dep_ in SUBJECT_DEPS and t.head in token.ancestors), None)
    return doer or (min(triggers, key=lambda t: abs(t.i - token.i)) if triggers else None)


def _rite_of_trigger(word: Token, triggers: Sequence[Token]) -> bool:
    """Whether ``word`` is a rite for the dead that a trigger's event holds ("marched to mourn the 23 people
    killed", "protested at a vigil for 12 demonstrators"): those dead are an earlier incident's. A rite in a
    clause of its own, joined to the trigger or apart ("attacked a village, and residents buried 11 people
    killed in the raid"), may mourn the dead of the incident just told, so it is left alone."""
    return (word.lemma_.lower() in words(LISTS, "remembrance_words") and word.dep_ not in ROOT_OR_JOINED
            and any(a in triggers for a in word.ancestors))


def _sought(preposition: Token) -> bool:
    """A preposition of what a protest seeks ("justice for", "demanding compensation for"), not on a
    noun of answering for an act ("responsibility for") nor on an adjective ("responsible for")."""
    return (preposition.lower_ in words(LISTS, "sought_prepositions") and preposition.head.pos_ != ADJECTIVE
            and preposition.head.lemma_.lower() not in words(LISTS, "answering_nouns"))


def _earlier_clause(token: Token) -> bool:
    """A clause telling what came before the news ("riots broke out after police killed a teenager",
    "marched to mark a year since soldiers killed 40 protesters"): its killing is the cause or the
    anniversary, another incident than the one the sentence tells, even when a trigger governs it."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in words(LISTS, "earlier_subordinators")
                                         for c in token.children)


def _some_of_those_told(casualty: Token) -> bool:
    """Victims counted out of people the sentence has told ("fled after soldiers killed six of them",
    "two of the attackers"): the killing ends the incident told, whatever clause holds it."""
    victims = [c for c in casualty.children if c.dep_ in VICTIM_DEPS]
    partitive, definite = words(TOLL_LISTS, "partitive_words"), words(TOLL_LISTS, "told_group_determiners")
    return any(p.pos_ == "PRON" or any(d.dep_ == "det" and d.lower_ in definite for d in p.children)
               for v in victims for c in v.children if c.dep_ == "prep" and c.lower_ in partitive
               for p in c.children if p.dep_ == "pobj")


def _joined_act(trigger: Token, casualty: Token) -> bool:
    """Whether a trigger below a casualty verb is another act joined to it ("killed five rebels in an
    ambush and captured two commanders": the capture), not the incident the killing is part of (the
    ambush): its victims are its own, so it takes the toll only when no other trigger can."""
    step = trigger
    while step.head.i != casualty.i and step.head.i != step.i:
        step = step.head
    return step.dep_ == "conj" and step.pos_ in ("VERB", "AUX")


def _setting_clause(token: Token) -> bool:
    """A relative clause that sets a scene ("the town where ...", "the day when ...")."""
    return token.dep_ == "relcl" and any(c.lower_ in words(LISTS, "setting_words") for c in token.children)


def _depth(token: Token, ancestor: Token) -> int:
    depth = 0
    while token.i != ancestor.i and token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def states_toll(count: Count) -> bool:
    """Whether a figure is stated by a toll noun ("the death toll rose to 30", "the toll stood at 9",
    "the number of dead climbed to 23"): the article's account of the incident's whole toll, which it
    revises as news comes in, so the latest such figure of one incident supersedes the figures told
    before it (ACLED codes the latest toll). Read off the figure's evidence (the figure, then the word
    that states it: the casualty word or the number counting the dead), so it needs no parse."""
    word = count.evidence[-1].text.lower() if len(count.evidence) > 1 else ""
    return word in words(LISTS, "toll_nouns") | words(LISTS, "toll_counting_nouns")


def latest_first(counts: Sequence[Count]) -> list[Count]:
    """Counts of one thing ranked as an incident's toll: the figures toll nouns state, latest in the
    text first (a revision supersedes what it revises), then the others in their own order."""
    stated = sorted((c for c in counts if states_toll(c)), key=lambda c: -c.evidence[0].start)
    return stated + [c for c in counts if not states_toll(c)]
