"""Modality of an event trigger, and the attribution of the sentence it sits in.

``modality_of`` walks the dependency tree from the trigger up to the root of
its sentence and stops at the first cue, nearest first: a governing verb of
denial ("denied that its forces shelled"), threat, or intention ("plans to");
a future auxiliary (planned); a conditional or modal auxiliary (hypothetical);
a negation on the trigger or on a "no" subject ("no one was killed"). A charge
the sentence closes on as rejected ("..., a charge the military denied") denies
the events told before it. Failing
those, the event is alleged when a hedge ("allegedly", "reportedly", "a
suspected attack") or an accusation governs it, or when a named source's claim
is an allegation; else reported. Who the source is does not make an event
alleged: "residents said" and "a security source said" are how events are
reported.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from sitreps.annotate.quantities import counting_lexicon, group_nouns
from sitreps.attribute.lexicon import Lexicon, lexicon
from sitreps.attribute.official_titles import official_title
from sitreps.models import Attribution, Claim, ClaimKind, Modality, SourceKind, Span

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Above these a word governs another clause: its negation or modal says nothing of the event
# ("did not say whether troops attacked").
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "pcomp", "csubj", "parataxis"})
# A relative clause presupposes its event; cues above it qualify its noun's clause, not it.
RELATIVE_CLAUSE = "relcl"
UNVOUCHED = frozenset({SourceKind.VAGUE, SourceKind.ANONYMOUS})
# A modal perfect ("may have killed") is told of a past event: Penn tag of its participle.
PAST_PARTICIPLE = "VBN"
# How a noun takes the clause that tells its content ("reports that troops shot ...").
CONTENT_DEPS = frozenset({"acl", "ccomp"})
# How an outcome verb takes its cause: "killed in the strike", "destroyed by air strikes".
CAUSE_DEPS = frozenset({"prep", "agent"})
# Parts of speech of an event noun ("the attack"), whose scope is narrower than a verb's.
NOMINAL_TAGS = frozenset({"NOUN", "PROPN"})


def _governing_cue(token: Token, child: Token, lex: Lexicon) -> Modality | None:
    """Modality from a word that governs the trigger through ``child`` (never the trigger itself).

    Intention and threat only govern an infinitive ("plans to attack"), not a reported clause
    ("announced that troops attacked"); intention also governs what it aims at ("aimed at a truce"), and
    preparing its object ("preparing an attack").
    """
    lemma = token.lemma_.lower()
    if lemma in lex.denied_lemmas:
        return Modality.DENIED
    if child.dep_ == "prep" and child.lower_ in lex.purpose_prepositions and lemma in lex.planned_lemmas:
        return Modality.PLANNED  # "talks aimed at reaching a ceasefire agreement"
    if child.dep_ == "dobj" and lemma in lex.planned_object_lemmas:
        return Modality.PLANNED  # "was preparing an attack on a gendarmerie post"
    if child.dep_ != "xcomp":
        return None
    if lemma in lex.threatened_lemmas:
        return Modality.THREATENED
    if lemma in lex.planned_lemmas:
        return Modality.PLANNED
    return None


def _outcome_denied(below: list[Token], lex: Lexicon) -> bool:
    """Whether a denial above ``below`` (the trigger up to the denial's clause) denies an outcome of the
    trigger's event rather than the event: a passive verb of harm whose subject is the victim, with the
    event as its cause ("denied that its commander was killed in the strike", "that their base was
    destroyed by air strikes"). The victim's denial leaves the strike as told; only the doer's denial
    denies it ("denied that its jets were involved in the strike")."""
    for depth, token in enumerate(below[1:], start=1):
        if (token.lemma_.lower() in lex.outcome_lemmas and below[depth - 1].dep_ in CAUSE_DEPS
                and any(c.dep_ == "nsubjpass" for c in token.children)):
            return True
    return False


def _own_cue(token: Token, lex: Lexicon) -> Modality | None:
    """Modality from the auxiliaries, markers and negations attached to ``token``."""
    children = list(token.children)
    words = {c.lower_ for c in children}
    if any(c.dep_ == "neg" or c.lower_ in lex.negating_adverbs for c in children):
        return Modality.NEGATED
    for child in children:
        if child.dep_ in SUBJECT_DEPS | {"dobj"} and any(
            d.dep_ == "det" and d.lower_ in lex.negating_determiners for d in child.children
        ):
            return Modality.NEGATED
        if child.dep_ in SUBJECT_DEPS and child.lower_ in lex.negating_subjects:
            return Modality.NEGATED
    if words & lex.future_auxiliaries:
        return Modality.PLANNED
    conditional = any(c.dep_ == "mark" and c.lower_ in lex.condition_markers for c in children)
    if words & lex.hypothetical_auxiliaries or conditional:
        if not conditional and token.tag_ == PAST_PARTICIPLE and words & lex.epistemic_modals \
                and words & lex.perfect_auxiliaries:
            return Modality.ALLEGED  # "may have killed 30": a hedged past event, not a possible one
        return Modality.HYPOTHETICAL
    return None


def _reported_future(token: Token, above: list[Token], lex: Lexicon) -> bool:
    """ "would" with no condition in a clause a verb of saying governs: the speaker's "will"
    backshifted ("organisers said they would return"), an intention rather than a hypothesis."""
    children = list(token.children)
    if not any(c.lower_ in lex.backshifted_future for c in children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in lex.condition_markers for c in children) or any(
            c.dep_ == "advcl" and any(m.lower_ in lex.condition_markers for m in c.children) for c in children):
        return False
    return any(t.lemma_.lower() in lex.indirect_verbs for t in above)


def _path(trigger: Token) -> list[Token]:
    """The trigger and the words governing it, up to its sentence root."""
    path = [trigger]
    while path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path


def _presupposed(path: list[Token]) -> list[Token]:
    """The part of ``path`` whose words can qualify the trigger's event: up to the first relative
    clause. A relative clause tells what its noun did as known ("accuse the police of backing
    thugs who attacked demonstrators": the attack is not what is alleged, the backing is)."""
    for depth, token in enumerate(path):
        if token.dep_ == RELATIVE_CLAUSE:
            return path[:depth + 1]
    return path


def _alleged(path: list[Token], claim: Claim | None, lex: Lexicon) -> bool:
    """Alleged: a hedge ("reportedly", "a suspected attack") or an accusation. A source's
    anonymity alone does not make it so: residents, officials and witnesses are how events are
    reported (both gold sets code them "reported"). Nothing above a relative clause alleges the
    event it tells (``_presupposed``), not even the sentence's claim."""
    scope = _presupposed(path)
    if len(scope) < len(path):
        claim = None
    path = scope
    if any(c.lower_ in lex.alleged_words for t in path for c in t.children):
        return True
    if any(t.pos_ in NOMINAL_TAGS and t.lemma_.lower() in lex.hearsay_nouns and path[depth - 1].dep_ in CONTENT_DEPS
           for depth, t in enumerate(path[1:], start=1)):
        return True  # "looking into reports that its troops shot dead a journalist"
    if any(t.lemma_.lower() in lex.alleged_lemmas and _own_cue(t, lex) is not Modality.NEGATED
           and not _claims_a_toll(t, lex) for t in path[1:]):
        return True  # "no group has claimed the attack" alleges nothing: the attack is reported
    if any(_hedged_event_subject(t, lex) for t in path):
        return True  # "a suspected drone strike hit a wedding, killing 11": the hedged event's deeds
    if _unverified_sentence(path[0], lex) or _unverified_after(path[0], lex):
        return True  # "..., which would be, if confirmed, the deadliest raid of the war"
    alleging = claim is not None and claim.kind is ClaimKind.ALLEGATION and claim.source_kind not in UNVOUCHED
    return alleging and not _hedged_elsewhere(path, lex)


def _hedged_event_subject(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb``'s subject is an event a hedge qualifies ("a suspected drone strike hit", "an
    apparent car bomb tore through"): what the verb tells, and what follows from it ("..., killing 11"),
    is the hedged event's, so alleged too. A hedged doer ("suspected militants attacked") questions who
    did it, not that it happened: a person noun, a group noun or a named entity is no event."""
    return any(
        c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN" and not _is_party(c)
        and any(a.dep_ == "amod" and a.lower_ in lex.alleged_words for a in c.children)
        for c in verb.children)


def _qualifies_a_doer(hedge: Token) -> bool:
    """A hedge that modifies a person or a group ("alleged gang members", "suspected militants"): it
    questions who they are, not what they did."""
    noun = hedge.head
    return hedge.dep_ == "amod" and noun.pos_ in NOMINAL_TAGS and _is_party(noun)


def _is_party(noun: Token) -> bool:
    """A person or group noun, or a named entity: a doer or a victim, never an event."""
    persons, _ = counting_lexicon()
    lemma = noun.lemma_.lower()
    return bool(noun.ent_type_) or lemma in persons or lemma in group_nouns()


def _unverified_sentence(trigger: Token, lex: Lexicon) -> bool:
    """Whether the trigger's sentence says its news awaits checking: a condition marker straight before
    a word of verification ("if confirmed", "if true", "if verified"). Wherever the parser hangs it,
    the condition is on what the sentence tells, not on one clause of it, and it is not a hypothesis
    about the event (no "would" on the trigger): the event is told as unverified, so alleged."""
    sentence = trigger.sent
    return any(t.lower_ in lex.condition_markers and t.i + 1 < sentence.end
               and t.doc[t.i + 1].lemma_.lower() in lex.verification_words for t in sentence)


def _unverified_after(trigger: Token, lex: Lexicon) -> bool:
    """Whether the sentence right after the trigger's says its news could not be checked: a negated verb of
    verification whose object or passive subject is the claim, the figure or "it" ("The claim could not be
    independently verified.", "Reuters could not verify the figures."). Wire copy adds the line after a party's
    own account ("fighters said they had killed nine soldiers"), so the account is told on its word: alleged
    (round 29, wire part x; real-news gold codes such acts ``claimed``, which accepts alleged)."""
    doc, sentence = trigger.doc, trigger.sent
    if sentence.end >= len(doc):
        return False
    return any(_denied_check(t, lex) for t in doc[sentence.end].sent)


def _denied_check(verb: Token, lex: Lexicon) -> bool:
    """A negated verb of verification ("could not be verified", "could not independently confirm") of a claim."""
    return (verb.lemma_.lower() in lex.verification_words and verb.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "neg" for c in verb.children)
            and any(c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in lex.checked_nouns for c in verb.children))


def _claims_a_toll(token: Token, lex: Lexicon) -> bool:
    """ "The ambush claimed 20 lives": a verb of claiming whose object is lives tells a toll."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lex.toll_objects for c in token.children)


def _hedged_elsewhere(path: list[Token], lex: Lexicon) -> bool:
    """Whether the sentence's claim is an allegation only by a hedge word on another clause: "police
    said the suspects were arrested after they allegedly robbed a bank" alleges the robbery, not the
    arrest. A verb of accusation in the sentence keeps the whole claim alleged."""
    sentence = path[0].sent
    hedges = [t for t in sentence if t.lower_ in lex.alleged_words]
    if not hedges or any(t.pos_ == "VERB" and t.lemma_.lower() in lex.alleged_lemmas for t in sentence):
        return False
    # the hedge's head heads a clause of its own: "after they allegedly robbed", "who reportedly planted"
    # ("an alleged chemical attack struck": the hedged noun is the trigger's subject, the same event);
    # or it qualifies a doer, not an act: "alleged gang members shot dead two traders"
    return all((h.head not in path and h.head.dep_ in CLAUSE_DEPS | {"conj"}) or _qualifies_a_doer(h)
               for h in hedges)


def _rejected_charge(trigger: Token, lex: Lexicon) -> bool:
    """Whether the sentence, after the trigger, sums up what it told as a charge the accused rejects:
    "Rebels said the army shelled Kamo, a charge the military rejected", "..., an accusation Moscow
    dismissed". The noun of charge takes the rejecting verb as its relative clause; the trigger must
    come before it, outside that clause."""
    for noun in trigger.sent:
        if noun.i <= trigger.i or noun.lemma_.lower() not in lex.charge_nouns:
            continue
        if any(c.dep_ == RELATIVE_CLAUSE and c.lemma_.lower() in lex.denied_lemmas for c in noun.children):
            return True
    return False


def _own_clause(token: Token) -> bool:
    """A conjunct verb with a subject of its own is a clause of its own ("X does not pose a threat,
    but defectors have been fighting"): the first conjunct's negation stops there."""
    return token.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in token.children)


def _scopes_over(token: Token, trigger: Token, lex: Lexicon) -> bool:
    """Whether the cues on ``token`` (above the trigger) qualify the trigger's event.

    A verb's negation or modal qualifies an event noun it takes only when the verb tells
    the event's occurrence ("did not launch an attack"); otherwise it is about the verb
    ("did not immediately claim the attack": the attack happened).
    """
    if token.pos_ not in {"VERB", "AUX", "ADJ"}:
        return False
    return trigger.pos_ not in NOMINAL_TAGS or token.lemma_.lower() in lex.occurrence_lemmas


def modality_of(trigger: Token, claim: Claim | None = None) -> Modality:
    """The modality of the event ``trigger`` names, given the claim of its sentence if known."""
    lex = lexicon()
    path = _path(trigger)
    scope = _presupposed(path)
    same_clause = True
    for depth, token in enumerate(path):
        found = None
        if same_clause and (depth == 0 or _scopes_over(token, trigger, lex)):
            found = _own_cue(token, lex)
            if found is Modality.HYPOTHETICAL and _reported_future(token, path[depth + 1:], lex):
                found = Modality.PLANNED
        if depth > 0 and token in scope:
            cue = _governing_cue(token, path[depth - 1], lex)
            if cue is Modality.DENIED and _outcome_denied(path[:depth], lex):
                cue = None
            found = cue or found
        if found is not None:
            return found
        same_clause = same_clause and token.dep_ not in CLAUSE_DEPS and not _own_clause(token)
    if _rejected_charge(trigger, lex):
        return Modality.DENIED
    return Modality.ALLEGED if _alleged(path, claim, lex) else Modality.REPORTED


def attribution_for(sentence: Span, claims: Sequence[Claim]) -> Attribution | None:
    """The attribution of the claim overlapping ``sentence`` most, or None when no claim overlaps.

    A claim in the writer's own voice gives ``source_kind`` none with the claim's own span as
    evidence, so the event still points to its claim. A named official's title follows the cue
    (``attribute.official_titles``): whom he speaks for.
    """
    best_index, best_overlap = None, 0
    for index, claim in enumerate(claims):
        overlap = min(sentence.end, claim.span.end) - max(sentence.start, claim.span.start)
        if overlap > best_overlap:
            best_index, best_overlap = index, overlap
    if best_index is None:
        return None
    claim = claims[best_index]
    evidence = [claim.cue] if claim.cue is not None else [claim.span]
    named = claim.source if claim.source_kind is SourceKind.NAMED_OFFICIAL else None
    title = official_title(claim.span, named) if named else None
    evidence += [title] if title is not None else []
    return Attribution(source=claim.source, source_kind=claim.source_kind, claim_index=best_index,
                       evidence=evidence)
