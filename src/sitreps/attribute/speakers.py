"""Finding the speech cue of a quotation and the speaker it names.

A cue is a speech verb ("said", "told", "added") outside every quotation, in
the sentence that holds the quotation, nearest to its marks; "according to X"
counts as a cue whose speaker is X. A quotation standing alone inherits the
speaker of the quotation just before it, or of a speech verb in the sentence
just before ("He said on Monday:" / "Yusov spoke to reporters.").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from sitreps.annotate.doctext import doc_text
from sitreps.attribute.lexicon import lexicon
from sitreps.attribute.mentions import Mention, resolve_mention

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Dependencies through which a verb shares its subject with the verb it hangs on ("paused and said").
SHARED_SUBJECT_DEPS = frozenset({"conj", "xcomp"})


def cue_particle(token: Token) -> Token | None:
    """The "to" of "according to" when ``token`` is the head word of such a prepositional cue."""
    lex = lexicon()
    if token.lower_ not in lex.prepositional_cue_heads:
        return None
    return next((child for child in token.children if child.lower_ in lex.prepositional_cue_particles), None)


def is_prepositional_cue(token: Token) -> bool:
    """Whether ``token`` is the "according" of "according to", whose object is the speaker."""
    return cue_particle(token) is not None


def is_cue(token: Token) -> bool:
    """Whether ``token`` can introduce speech: a speech verb or the "according" of "according to"."""
    lex = lexicon()
    if token.lower_ in lex.prepositional_cue_heads:
        return is_prepositional_cue(token)
    lemma = token.lemma_.lower()
    return token.pos_ in {"VERB", "AUX"} and (
        lemma in lex.speech_verbs or lemma in lex.accusation_verbs or lemma in lex.denial_verbs
    )


def subject_of(cue: Token) -> Token | None:
    """The speaker token a cue names: the subject, or the object of "according to"."""
    if cue.lower_ in lexicon().prepositional_cue_heads:
        particle = cue_particle(cue)
        return next((g for g in particle.children if g.dep_ == "pobj"), None) if particle is not None else None
    verb: Token | None = cue
    for _ in range(3):
        if verb is None:
            return None
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            if subject.lower_ in lexicon().expletive_subjects and subject.dep_ == "nsubjpass":
                return None  # "it was reported that": no speaker
            return subject
        verb = verb.head if verb.dep_ in SHARED_SUBJECT_DEPS and verb.head.i != verb.i else None
    return None


def speaker_for(cue: Token) -> Mention | None:
    """The resolved speaker of ``cue``, or None when the cue has no subject (passives, "it is said")."""
    subject = subject_of(cue)
    return resolve_mention(subject) if subject is not None else None


def _inside(token: Token, regions: list[tuple[int, int]]) -> bool:
    return any(start <= token.idx < end for start, end in regions)


def nearest_cue(doc: Doc, open_at: int, close_at: int, regions: list[tuple[int, int]]) -> Token | None:
    """The speech cue nearest the quotation [open_at, close_at] in the sentences it touches."""
    sents = {tok.sent.start: tok.sent for tok in doc if open_at <= tok.idx <= close_at}
    best: tuple[int, Token] | None = None
    for sent in sents.values():
        for tok in sent:
            if not is_cue(tok) or _inside(tok, regions):
                continue
            if tok.idx > close_at:
                gap = tok.idx - close_at
            elif tok.idx < open_at:
                gap = open_at - tok.idx + 1  # ties go to the cue after the quotation
            else:
                continue
            if _quote_between(regions, tok.idx, open_at, close_at):
                gap += len(doc_text(doc))  # another quotation sits between: a last resort only
            if best is None or gap < best[0]:
                best = (gap, tok)
    return best[1] if best else None


def _quote_between(regions: list[tuple[int, int]], cue_at: int, open_at: int, close_at: int) -> bool:
    low, high = (close_at, cue_at) if cue_at > close_at else (cue_at, open_at)
    return any(low < start and end < high for start, end in regions)


def previous_sentence_cue(doc: Doc, sent: TokenSpan) -> Token | None:
    """A speech verb with a subject in the sentence before ``sent`` (same or previous paragraph)."""
    if sent.start == 0:
        return None
    previous = doc[sent.start - 1].sent
    if doc_text(doc).count("\n", previous.end_char, sent.start_char) > 2:
        return None
    cues = [tok for tok in previous if is_cue(tok) and subject_of(tok) is not None]
    return cues[-1] if cues else None
