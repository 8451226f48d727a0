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
# Tags of a relative pronoun ("who", "which", "that"): as a subject it stands for the noun
# its clause modifies ("residents who said", "Machado, who says").
RELATIVE_PRONOUN_TAGS = frozenset({"WP", "WDT"})
# Dependents that make a noun a particular one ("the plan", "Kyiv's plan", "military sources").
NOUN_MODIFIER_DEPS = frozenset({"det", "poss", "compound", "amod", "nummod"})
# Words after a noun that show its phrase goes on.
PHRASE_CONTINUES = frozenset({"NOUN", "PROPN", "ADJ"})
# Dependents that make a verb passive: its passive subject or its passive auxiliary.
PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass"})
# How the words of a trailing speaker's phrase hang on its head ("the army's spokesman" on "Abdallah").
TRAILING_CLIMB = frozenset({"compound", "appos", "poss", "flat", "amod"})
# How the cue's own adjuncts after it hang on it ("said | on Monday", "said | in a statement").
CUE_ADJUNCTS = frozenset({"prep", "npadvmod", "advmod"})
# How a trailing speaker's complement hangs on it ("the press service | of | the 47th brigade").
TRAILING_COMPLEMENT = frozenset({"pobj", "prep"})


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


def can_be_source(head: Token) -> bool:
    """Whether the noun after "according to" can name a source, not an idiom's bare noun ("according to plan").

    A bare singular common noun names a source only when it is a source noun ("according to police").
    """
    if head.pos_ != "NOUN" or head.tag_ == "NNS" or any(c.dep_ in NOUN_MODIFIER_DEPS for c in head.lefts):
        return True
    after = head.nbor(1) if head.i + 1 < len(head.doc) else None
    if after is not None and after.pos_ in PHRASE_CONTINUES:
        return True  # a misparsed longer phrase: "according to emergency medical services"
    lex = lexicon()
    source_nouns = lex.organisation_nouns | lex.person_role_nouns | lex.anonymous_person_nouns | lex.media_nouns
    return head.lemma_.lower() in source_nouns


def is_unvoiced_passive(cue: Token) -> bool:
    """Whether a cue is passive and so names no speaker but its agent: "were reported killed", "is said to"."""
    passive = any(c.dep_ in PASSIVE_DEPS for c in cue.children)
    return passive and cue.lemma_.lower() not in lexicon().passive_speaker_lemmas


def _agent(cue: Token) -> Token | None:
    """The "by" phrase's noun of a passive cue: "was reported by residents" -> residents."""
    agent = next((c for c in cue.children if c.dep_ == "agent"), None)
    return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None


def issuer_of(noun: Token) -> Token:
    """Who issued a statement noun, standing for it as the source: "a statement from Ukraine's General
    Staff" -> Staff, "the army's communique" -> army, "a statement the group posted" -> group, "a statement
    posted by the battalion" -> battalion; any
    other noun, or a statement naming no issuer, is itself."""
    lex = lexicon()
    if noun.lemma_.lower() not in lex.statement_nouns:
        return noun
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in {"NOUN", "PROPN"}:
            return child
        if child.dep_ == "prep" and child.lower_ in lex.issuer_prepositions:
            issuer = next((g for g in child.children if g.dep_ == "pobj"), None)
            if issuer is not None:
                return issuer
        if child.dep_ == "relcl":
            issuer = next((g for g in child.children if g.dep_ == "nsubj" and g.pos_ in {"NOUN", "PROPN"}), None)
            if issuer is not None:
                return issuer
        if child.dep_ == "acl":  # "a statement posted by the battalion", "a video released by the group"
            agent = next((g for g in child.children if g.dep_ == "agent"), None)
            issuer = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
            if issuer is not None and issuer.pos_ in {"NOUN", "PROPN"}:
                return issuer
    return noun


def subject_of(cue: Token) -> Token | None:
    """The speaker token a cue names: the subject, the agent of a passive, or the object of "according to".

    The subject of a passive cue is what was reported, not who reported it ("the separatists
    are said to", "it was reported that").
    """
    if cue.lower_ in lexicon().prepositional_cue_heads:
        particle = cue_particle(cue)
        source = next((g for g in particle.children if g.dep_ == "pobj"), None) if particle is not None else None
        return issuer_of(source) if source is not None and can_be_source(source) else None
    if is_unvoiced_passive(cue):
        return _agent(cue)
    set_off = comma_object_speaker(cue)
    if set_off is not None:
        return issuer_of(set_off)
    verb: Token | None = cue
    for _ in range(3):
        if verb is None:
            break
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        # Two subjects are a parse split at a title ("said Army Brig. | Gen. Hale"): the person speaks.
        subject = next((s for s in subjects if s.ent_type_ == "PERSON"), _named_subject(subjects))
        if subject is not None:
            if subject.tag_ in RELATIVE_PRONOUN_TAGS and verb.dep_ == "relcl":
                return verb.head
            return issuer_of(subject)
        verb = verb.head if verb.dep_ in SHARED_SUBJECT_DEPS and verb.head.i != verb.i else None
    return _trailing_speaker(cue)


def _trailing_head(token: Token) -> bool:
    """Whether a word of a trailing speaker's phrase hangs on a word of the same phrase: a modifier, an
    apposition to a name ("Brigadier Nabil Abdallah, the army's spokesman") but not to a preposition's object
    ("near Pokrovsk, the press service": a place is no speaker), or "of" and its object ("the press service of
    the brigade")."""
    if token.dep_ == "appos":
        return token.head.dep_ != "pobj"
    if token.dep_ in TRAILING_COMPLEMENT:
        return token.dep_ == "pobj" or token.lower_ in lexicon().mouthpiece_prepositions
    return token.dep_ in TRAILING_CLIMB


def _trailing_speaker(cue: Token) -> Token | None:
    """The speaker of a cue that closes its sentence with no subject the parser gave it: "Russian troops took
    the village, Defence Ministry spokesman Igor Konashenkov said", "..., Brigadier Nabil Abdallah, the army's
    spokesman, said" (round 22). The parser hangs the name on the clause before it (the object of "of", a
    conjunct of the place); the noun phrase right before the cue is who said it. Only for a cue whose
    reported clause comes before it and that ends the sentence but for its adjuncts ("said on Monday")."""
    closing = {t.i for c in cue.rights if c.dep_ in CUE_ADJUNCTS for t in c.subtree}
    after = [t for t in cue.doc[cue.i + 1:cue.sent.end] if not t.is_punct and t.i not in closing]
    told = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i), None)
    if after or told is None:
        return None
    comma = next((t.i for t in cue.doc[told.i:cue.i] if t.text == ","), None)
    if comma is None or comma >= cue.i - 2:
        return None  # no phrase set off between the told clause and the cue
    token = cue.doc[cue.i - 1]
    if token.is_punct:
        token = cue.doc[token.i - 1]
    while comma < token.head.i < cue.i and _trailing_head(token):
        token = token.head
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ == "appos" or not can_be_source(token):
        return None  # an apposition to a place ("near Pokrovsk, the press service") reads as the place
    return issuer_of(token)


def comma_object_speaker(cue: Token) -> Token | None:
    """The speaker the parser took for an object of the verb before it: "Security forces killed eight
    terrorists on Monday, the military's media wing, the Inter-Services Public Relations (ISPR), said in a
    statement" parses "wing" as a second object of "killed" and "said" as its conjunct, which shares its
    subject (the forces), or as the clause a subjectless "said" reports. A cue conjoined to the verb, or
    reporting it, with no subject of its own, closing the sentence but for its adjuncts, whose verb has a noun
    object set off by a comma between its other object and the cue: that noun said it. Round 24, issue #13
    (wire part m)."""
    if cue.dep_ not in {"conj", "ROOT"} or not is_cue(cue) or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    closing = {t.i for c in cue.rights if c.dep_ in CUE_ADJUNCTS for t in c.subtree}
    if any(not t.is_punct and t.i not in closing for t in cue.doc[cue.i + 1:cue.sent.end]):
        return None
    told = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i), None)  # "X killed ..., Y, said"
    verb = cue.head if cue.dep_ == "conj" else told or next(
        (t for t in reversed(cue.doc[cue.sent.start:cue.i]) if t.dep_ == "ROOT"), None)  # a second root
    if verb is None:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < cue.i]
    if len(objects) < 2:
        return None
    speaker = objects[-1]
    before = cue.doc[speaker.left_edge.i - 1] if speaker.left_edge.i > 0 else None
    if before is None or before.text != "," or speaker.pos_ not in {"NOUN", "PROPN"}:
        return None
    return speaker


def _named_subject(subjects: list[Token]) -> Token | None:
    """The first subject, or the name after it where the parser split one phrase into two subjects at a
    descriptive adjective ("Sudan's paramilitary | Rapid Support Forces said"): the adjective and its
    owner describe the name, which speaks."""
    if not subjects:
        return None
    first = subjects[0]
    after = next((s for s in subjects[1:] if s.i > first.i), None)
    if first.pos_ == "ADJ" and after is not None and after.ent_type_ and after.left_edge.i == first.i + 1:
        return after
    return first


def speaker_for(cue: Token) -> Mention | None:
    """The resolved speaker of ``cue``, or None when the cue has no subject (passives, "it is said")."""
    subject = subject_of(cue)
    return resolve_mention(subject) if subject is not None else None


def _inside(token: Token, regions: list[tuple[int, int]]) -> bool:
    return any(start <= token.idx < end for start, end in regions)


def _sentences_touching(doc: Doc, open_at: int, close_at: int) -> list[TokenSpan]:
    """The sentences holding a token that starts within [open_at, close_at], in text order.

    One pass over the sentences, testing tokens only where the sentence's characters reach the
    quotation: asking each token of the document for its ``.sent`` walked its sentence again for
    every token (a sixth of the time spent finding quotes, in the throughput profile).
    """
    return [sent for sent in doc.sents if sent.start_char <= close_at and sent.end_char >= open_at
            and any(open_at <= token.idx <= close_at for token in sent)]


def nearest_cue(doc: Doc, open_at: int, close_at: int, regions: list[tuple[int, int]]) -> Token | None:
    """The speech cue nearest the quotation [open_at, close_at] in the sentences it touches."""
    best: tuple[int, Token] | None = None
    for sent in _sentences_touching(doc, open_at, close_at):
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
