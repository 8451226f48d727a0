"""Quotations and reported speech, with speaker, stated role and cue.

``find_quotes`` relies on a parsed spaCy ``Doc`` of ``document.text`` (so
token offsets are document offsets). Direct quotations come from the quote
marks (sitreps.annotate.quotes); indirect ones from speech verbs with a
reported clause ("X said (that) ..."), "according to X, ..." and
"X accused Y of ...".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitreps.annotate.doctext import doc_text
from sitreps.annotate.quotes import QuotedSpan, find_quoted_spans
from sitreps.attribute.lexicon import lexicon
from sitreps.attribute.mentions import Mention
from sitreps.attribute.speakers import (
    cue_particle,
    is_prepositional_cue,
    nearest_cue,
    previous_sentence_cue,
    speaker_for,
)
from sitreps.models import Quote, Span

# A quotation this short without closing punctuation is a scare quote or a title ("so-called
# “liberation”"), not speech. Chosen on the dev split: 3 words keeps "“We are ready,”".
MIN_SPEECH_WORDS = 3
# A long quotation with no cue anywhere near is still speech, its speaker unknown. 8 words:
# longer than the report and operation names seen in the dev articles.
MIN_UNCUED_WORDS = 8
# A stand-alone quotation inherits the previous quotation's speaker within this many characters
# (about two short paragraphs in the dev articles).
MAX_INHERIT_CHARS = 600
SPEECH_END = ".,!?…:;—-"


def _looks_like_speech(doc: Doc, quoted: QuotedSpan, has_cue: bool) -> bool:
    words = len(doc_text(doc)[quoted.start : quoted.end].split())
    ends_like_speech = doc_text(doc)[quoted.end - 1] in SPEECH_END
    if has_cue:
        return words >= MIN_SPEECH_WORDS or ends_like_speech
    return words >= MIN_UNCUED_WORDS


def _quote(doc: Doc, start: int, end: int, direct: bool, cue: Span | None, who: Mention | None) -> Quote:
    return Quote(
        speaker=who.name if who else None,
        role=who.role if who else None,
        text=Span.of(doc_text(doc), start, end),
        direct=direct,
        cue=cue,
        speaker_evidence=list(who.evidence) if who else [],
    )


def _cue_span(doc: Doc, cue: Token) -> Span:
    """The cue's span; "according to" covers both words."""
    particle = cue_particle(cue)
    end_token = particle if particle is not None else cue
    return Span.of(doc_text(doc), cue.idx, end_token.idx + len(end_token))


def _direct_quotes(doc: Doc, spans: list[QuotedSpan]) -> tuple[list[Quote], set[int]]:
    """Direct quotations and the token indices of the cues they used."""
    regions = [(q.open_at, q.close_at + 1) for q in spans]
    quotes: list[Quote] = []
    used: set[int] = set()
    for quoted in spans:
        cue = nearest_cue(doc, quoted.open_at, quoted.close_at, regions)
        who = speaker_for(cue) if cue is not None else None
        cue_span = _cue_span(doc, cue) if cue is not None else None
        if cue is None:
            who, cue_span = _inherited(doc, quoted, quotes)
        if not _looks_like_speech(doc, quoted, cue_span is not None):
            continue
        if cue is not None:
            used.add(cue.i)
        quotes.append(_quote(doc, quoted.start, quoted.end, True, cue_span, who))
    return quotes, used


def _inherited(doc: Doc, quoted: QuotedSpan, earlier: list[Quote]) -> tuple[Mention | None, Span | None]:
    """Speaker of a stand-alone quotation: the previous quotation's, or the previous sentence's."""
    last = earlier[-1] if earlier else None
    if last is not None and last.speaker and quoted.open_at - last.text.end <= MAX_INHERIT_CHARS:
        return Mention(last.speaker, last.role, doc[0], None, tuple(last.speaker_evidence)), last.cue
    first = next((tok for tok in doc if tok.idx >= quoted.open_at), None)
    if first is None:
        return None, None
    cue = previous_sentence_cue(doc, first.sent)
    if cue is None:
        return None, None
    return speaker_for(cue), _cue_span(doc, cue)


def _clause_bounds(doc: Doc, clause: Token) -> tuple[int, int]:
    """Character bounds of a reported clause without its leading "that" and trailing punctuation."""
    start, end = clause.left_edge.i, clause.right_edge.i + 1
    while start < end and (doc[start].dep_ == "mark" or doc[start].is_punct):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _reported_clause(cue: Token) -> Token | None:
    """The clause a speech or accusation verb reports."""
    lex = lexicon()
    lemma = cue.lemma_.lower()
    if lemma in lex.accusation_verbs:
        target = next((c for c in cue.children if c.dep_ == "dobj"), None)
        prep = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ in lex.accusation_prepositions), None)
        return prep if target is not None and prep is not None else None
    if lemma in lex.indirect_verbs:
        return next((c for c in cue.children if c.dep_ == "ccomp"), None)
    return None


def _according_clause(doc: Doc, cue: Token) -> tuple[int, int] | None:
    """The rest of the sentence around "according to X"."""
    sent = cue.sent
    phrase_start, phrase_end = cue.left_edge.i, cue.right_edge.i + 1
    before = (sent.start, phrase_start)
    after = (phrase_end, sent.end)
    start, end = after if after[1] - after[0] > before[1] - before[0] else before
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end <= start:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _indirect_quotes(doc: Doc, direct: list[Quote], used: set[int]) -> list[Quote]:
    regions = [(q.text.start, q.text.end) for q in direct]
    found: list[Quote] = []
    for tok in doc:
        cue = is_prepositional_cue(tok)
        # the cheap word checks first: most tokens are no cue, and the region test is a scan
        if not cue and tok.pos_ not in {"VERB", "AUX"}:
            continue
        if tok.i in used or any(s - 1 <= tok.idx < e + 1 for s, e in regions):
            continue
        bounds: tuple[int, int] | None = None
        if cue:
            bounds = _according_clause(doc, tok)
        elif tok.pos_ in {"VERB", "AUX"}:
            clause = _reported_clause(tok)
            if clause is not None:
                bounds = _clause_bounds(doc, clause)
                if tok.lemma_.lower() in lexicon().accusation_verbs:
                    target = next(c for c in tok.children if c.dep_ == "dobj")
                    bounds = (target.left_edge.idx, bounds[1])
        if bounds is None or any(s < bounds[1] and bounds[0] < e for s, e in regions):
            continue
        who = speaker_for(tok)
        if who is None:
            continue
        found.append(_quote(doc, bounds[0], bounds[1], False, _cue_span(doc, tok), who))
    return found


def find_quotes(doc: Doc) -> list[Quote]:
    """Every direct and indirect quotation in ``doc``, in text order.

    ``speaker`` is the name as written, expanded to the fullest named form
    (surname or pronoun -> "Andriy Yusov"); ``speaker_id`` is left for the
    resolver.
    """
    direct, used = _direct_quotes(doc, find_quoted_spans(doc_text(doc)))
    indirect = _indirect_quotes(doc, direct, used)
    return sorted(direct + indirect, key=lambda q: q.text.start)
