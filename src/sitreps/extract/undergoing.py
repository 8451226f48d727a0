"""Whether a verb's subject suffered the event rather than did it, and whom a verb of harm struck.

"Three soldiers died", "civilians killed in a strike", "two guards lost their lives", a headline's
"Hundreds of soldiers captured": the subject is the victim, and the slot readers name it ``subjpass``
instead of ``subj``. "Killed 24 militants": the object is whom the harm struck.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from sitreps.annotate.quantities import counting_lexicon, load_data
from sitreps.extract.english import words
from sitreps.extract.slots import ROLE_LISTS, Slot
from sitreps.extract.suffered import loses_own


def casualty_described(noun: Token) -> bool:
    """People a casualty participle describes ("civilians killed in ..."), whatever the parse made of the rest."""
    _, casualties = counting_lexicon()
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in casualties for c in noun.children)


@cache
def _intransitive_casualties() -> frozenset[str]:
    """Casualty verbs whose subject is the victim ("three soldiers died"): data/counting.yaml."""
    return frozenset(load_data("counting.yaml")["intransitive_casualties"])


def undergoes(verb: Token) -> bool:
    """The verb's subject is what it happens to, not who does it.

    "One ranger died": a verb of dying has its victim as subject. "Hundreds of soldiers captured in
    retreat": a headline drops the passive auxiliary, leaving a past participle with a subject, no
    object and no "have" (whose perfect, "rebels have advanced", stays active). A verb of harm the
    tagger reads as a past tense there ("Pastor abducted in Beni") is read so too (round 24), and so is
    any verb told with its victim's death as result ("Two farmers shot dead in X", round 27): the active
    names whom it killed ("gunmen shot dead two farmers").
    """
    if verb.lemma_.lower() in _intransitive_casualties():
        return True
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and (verb.lemma_.lower() in words(
        ROLE_LISTS, "headline_passive_verbs") or _death_result(verb)))  # "Pastor abducted in Beni"
    return participle and not any(c.dep_ in ("dobj", "aux") for c in verb.children) and _unended(verb)


def _death_result(verb: Token) -> bool:
    """The verb is told with the death it caused as its result: "shot dead", "beaten to death"."""
    results = words(ROLE_LISTS, "death_results")
    return any(c.lower_ in results or (c.dep_ == "prep" and any(p.lower_ in results for p in c.children))
               for c in verb.children)


def main_verb(verb: Token) -> bool:
    """A reduced relative that is the body sentence's only verb is its main verb: "Hundreds of nurses
    protested outside the ministry." parsed as a noun root; a headline may still drop a passive's
    auxiliary ("Hundreds of soldiers captured in retreat")."""
    return verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") and not _unended(verb) and not any(
        c.dep_ == "agent" for c in verb.children)  # "... claimed by the group." stays a passive


def _unended(token: Token) -> bool:
    """The token's sentence ends without a full stop, as a headline does. A sentence of the body drops no
    auxiliary: there "thousands of people protested in Nairobi" (a past tense the tagger may take for a
    participle) tells what the people did."""
    last = next((t for t in reversed(token.sent) if not t.is_space), None)
    return last is None or last.text not in words(ROLE_LISTS, "sentence_ends")


def suffers(verb: Token) -> bool:
    """A casualty verb without an object says what its subject suffered ("45 civilians killed in ..."), as
    does any verb whose object is the subject's own life or harm ("two guards lost their lives in ...")."""
    _, casualties = counting_lexicon()
    return (verb.lemma_.lower() in casualties and not any(c.dep_ == "dobj" for c in verb.children)) or loses_own(verb)


def casualty_verb(verb: Token) -> bool:
    """A verb that tells a death or wound, of another ("killed") or of its subject ("died")."""
    _, casualties = counting_lexicon()
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma in casualties or lemma in _intransitive_casualties())


def _harms(verb: Token) -> bool:
    """A verb whose object took the harm: a casualty verb ("killed") or one of damage ("destroyed")."""
    _, casualties = counting_lexicon()
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma in casualties or lemma in words(ROLE_LISTS, "affect_verbs"))


def affected(verb: Token) -> list[Slot]:
    """Whom a verb of harm did its harm to: the object of "killed 24 militants in an airstrike"."""
    return [Slot("obj", c) for c in verb.children if c.dep_ == "dobj"] if _harms(verb) else []


def harmed_by_another_word(head: Token, trigger: Token) -> bool:
    """The object of a verb of harm, or the victim a casualty verb's subject names ("four fishermen were
    killed when ..."), that is not the trigger: the casualty counter counts it, not the trigger."""
    if head.head.i == trigger.i:
        return False
    return (head.dep_ == "dobj" and _harms(head.head)) or (
        head.dep_ in ("nsubj", "nsubjpass") and casualty_verb(head.head))
