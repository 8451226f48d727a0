"""Who a sentence is attributed to, and by which cue.

Looks, in order of reliability, for: a speech cue in the sentence with a
subject ("the ministry said", "according to X", "as reported by X", "citing
X"); a direct quotation covering the sentence whose cue sits in another
sentence; a vague attribution ("reports have emerged", "it is believed",
"observers"); an anonymity phrase ("a source who asked not to be named").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from sitreps.annotate.doctext import doc_text
from sitreps.attribute.lexicon import lexicon
from sitreps.attribute.mentions import Mention, resolve_mention
from sitreps.attribute.sources import source_kind
from sitreps.attribute.speakers import (
    can_be_source,
    is_cue,
    is_prepositional_cue,
    is_unvoiced_passive,
    issuer_of,
    speaker_for,
)
from sitreps.models import Quote, SourceKind, Span

# Share of a sentence's characters a direct quotation must cover for the sentence to be the
# speaker's words. Half: a sentence is the quote's when most of it is quoted (dev split).
QUOTE_COVER_SHARE = 0.5
# Dependents walked from the word after "as reported by" up to the head noun of the phrase.
NOUN_PHRASE_DEPS = frozenset({"det", "compound", "amod", "poss", "nummod", "punct"})
# A speech cue found in a sentence: its depth, its token index, its span and the speaker it names.
CueCandidate = tuple[int, int, Span, Mention]


@dataclass(frozen=True)
class SentenceSource:
    """The source of one sentence: name as written, kind, cue span and the cue's lemma."""

    name: str | None
    kind: SourceKind
    cue: Span | None
    cue_lemma: str | None


NO_SOURCE = SentenceSource(None, SourceKind.NONE, None, None)


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def _span_of(token: Token) -> Span:
    return Span.of(doc_text(token.doc), token.idx, token.idx + len(token))


def silent(cue: Token) -> bool:
    """Whether a speech verb reports silence: "did not respond", "declined to comment", "no group claimed"."""
    lex = lexicon()
    if any(c.dep_ == "neg" for c in cue.children):
        return True
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in lex.silence_lemmas:
        return True
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and any(d.lower_ in lex.silence_determiners for d in c.children)
        for c in cue.children
    )


def _preposition_sources(unit: TokenSpan) -> list[tuple[Token, Span, Token]]:
    """(first cue token, cue span, source head) for "as reported by X", "citing X", "according to X"."""
    found: list[tuple[Token, Span, Token]] = []
    doc = unit.doc
    for match in lexicon().source_prepositions.finditer(unit.text):
        end_char = unit.start_char + match.end()
        after = next((t for t in unit if t.idx >= end_char and not t.is_punct), None)
        cue = next((t for t in unit if t.idx >= unit.start_char + match.start()), None)
        if after is None or cue is None:
            continue
        head = after
        while head.dep_ in NOUN_PHRASE_DEPS and head.head.i > head.i and head.head.i < unit.end:
            head = head.head
        if head.pos_ in {"NOUN", "PROPN", "PRON"} and can_be_source(head):
            span = Span.of(doc_text(doc), unit.start_char + match.start(), unit.start_char + match.end())
            found.append((doc[cue.i], span, head))
    return found


def _passive_phrase(cue: Token) -> Span:
    """A passive cue with its auxiliaries, and the dummy subject of "it was said that": "have been reported"."""
    reports_clause = any(c.dep_ == "ccomp" for c in cue.children)
    words = [c for c in cue.lefts
             if c.dep_ in {"aux", "auxpass"} or (reports_clause and c.dep_ == "nsubjpass" and c.pos_ == "PRON")]
    first = min(words, key=lambda t: t.i, default=cue)
    return Span.of(doc_text(cue.doc), first.idx, cue.idx + len(cue))


def _unquoted_cues(unit: TokenSpan, quoted: list[tuple[int, int]], taken: set[int]) -> list[Token]:
    """Speech verbs of the sentence outside quotation marks, refusals to speak left out."""
    return [
        tok for tok in unit
        if tok.i not in taken and not any(start <= tok.idx < end for start, end in quoted)
        and is_cue(tok) and not is_prepositional_cue(tok) and not silent(tok)
    ]


def _cue_source(unit: TokenSpan, quoted: list[tuple[int, int]]) -> SentenceSource | None:
    """The shallowest speech cue of the sentence, outside quotation marks, that names a speaker."""
    candidates: list[CueCandidate] = []
    prepositions = _preposition_sources(unit)
    taken = {cue.i for cue, _, _ in prepositions} | {cue.i + 1 for cue, _, _ in prepositions}
    for tok in _unquoted_cues(unit, quoted, taken):
        who = speaker_for(tok)
        if who is not None:
            candidates.append((_depth(tok), tok.i, _span_of(tok), who))
    for cue, span, head in prepositions:
        candidates.append((_depth(head) - 1, cue.i, span, resolve_mention(issuer_of(head))))
    if not candidates:
        return None
    ranked = sorted(candidates, key=lambda c: (c[0], c[1]))
    _, index, span, who = _relayed(unit, ranked) or _party_of_spokesman(unit, ranked)
    lemma = unit.doc[index].lemma_.lower()
    return SentenceSource(who.name, source_kind(who, unit), span, lemma)


def _party_of_spokesman(unit: TokenSpan, ranked: list[CueCandidate]) -> CueCandidate:
    """The shallowest cue's speaker, or the party its spokesman speaks for: "M23 rebels said they had taken
    Rubaya, rebel spokesman Lawrence Kanyuka said" tells the rebels' own claim, voiced by their spokesman,
    so the organisation the cue inside his words names is the sentence's source (not residents or a pronoun)."""
    first = ranked[0]
    role = (first[3].role or "").lower().split()
    if not set(role) & lexicon().spokesperson_nouns:
        return first
    outer = unit.doc[first[1]]
    for candidate in ranked[1:]:
        inner, who = unit.doc[candidate[1]], candidate[3]
        if outer in inner.ancestors and who.head.pos_ in {"NOUN", "PROPN"} \
                and source_kind(who, unit) is SourceKind.ORGANISATION:
            return candidate
    return first


def _relayed(unit: TokenSpan, ranked: list[CueCandidate]) -> CueCandidate | None:
    """The source an outlet cites, when the shallowest cue is an outlet's: "state news agency TASS, citing
    the defence ministry, said air defences destroyed 15 drones" tells the ministry's word, passed on; an
    outlet that cites is no witness of its own. None when the outlet cites nobody named."""
    if source_kind(ranked[0][3], unit) is not SourceKind.MEDIA:
        return None
    relays = lexicon().relay_lemmas
    return next((c for c in ranked[1:] if unit.doc[c[1]].lemma_.lower() in relays), None)


def _passive_source(unit: TokenSpan, quoted: list[tuple[int, int]]) -> SentenceSource | None:
    """A passive cue without a "by" agent: nobody named vouches ("four people were reported killed")."""
    passives = [tok for tok in _unquoted_cues(unit, quoted, set()) if is_unvoiced_passive(tok)]
    if not passives:
        return None
    cue = min(passives, key=lambda t: (_depth(t), t.i))
    phrase = _passive_phrase(cue)
    return SentenceSource(phrase.text, SourceKind.VAGUE, phrase, cue.lemma_.lower())


def _quote_source(unit: TokenSpan, quotes: Sequence[Quote]) -> SentenceSource | None:
    """The speaker of a direct quotation that covers most of the sentence."""
    doc = unit.doc
    for quote in quotes:
        overlap = min(quote.text.end, unit.end_char) - max(quote.text.start, unit.start_char)
        if not quote.direct or overlap < QUOTE_COVER_SHARE * len(unit.text) or quote.cue is None:
            continue
        cue_words = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
        cue = cue_words[0] if cue_words is not None else None
        who = speaker_for(cue) if cue is not None else None
        if cue is None or who is None:
            return SentenceSource(quote.speaker, SourceKind.VAGUE, quote.cue, None)
        return SentenceSource(who.name, source_kind(who, cue.sent), quote.cue, cue.lemma_.lower())
    return None


def _phrase_source(unit: TokenSpan) -> SentenceSource | None:
    """A vague or anonymous attribution phrase, when no cue names a speaker."""
    lex = lexicon()
    kinds = ((lex.vague_phrases, SourceKind.VAGUE), (lex.anonymity_phrases, SourceKind.ANONYMOUS))
    for pattern, kind in kinds:
        match = pattern.search(unit.text)
        if match:
            start = unit.start_char + match.start()
            cue = Span.of(doc_text(unit.doc), start, unit.start_char + match.end())
            return SentenceSource(cue.text, kind, cue, None)
    return None


def sentence_source(unit: TokenSpan, quotes: Sequence[Quote]) -> SentenceSource:
    """The source of ``unit`` (a sentence), or NO_SOURCE when the article speaks in its own voice."""
    quoted = [(q.text.start, q.text.end) for q in quotes if q.direct]
    return (_cue_source(unit, quoted) or _quote_source(unit, quotes) or _passive_source(unit, quoted)
            or _phrase_source(unit) or NO_SOURCE)
