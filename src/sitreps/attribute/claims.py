"""Claims: every informative sentence, with its kind, source and check-worthiness.

``find_claims`` relies on a parsed spaCy ``Doc`` of ``document.text`` and on the
quotations ``find_quotes`` returned for it. Kinds are decided in a fixed order
(docs/attribution.md): denial, allegation, then attributed statement when a
named, organisational or media source speaks, then the writer's own voice:
speculation, opinion, background, else reported event.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from sitreps.annotate.doctext import doc_text
from sitreps.attribute.claim_source import SentenceSource, sentence_source
from sitreps.attribute.lexicon import lexicon
from sitreps.attribute.worthiness import check_worthiness
from sitreps.models import Claim, ClaimKind, Quote, SourceKind, Span

# Dependencies that put a word in a subordinate clause: a marker there ("the defection, which
# highlights ...") does not make the whole sentence an opinion or a forecast.
SUBORDINATE_DEPS = frozenset({"relcl", "acl", "advcl", "pcomp"})
DATELINE_ENDS = frozenset({"–", "—", "-", ":", "(", "--"})
UNVOUCHED = frozenset({SourceKind.VAGUE, SourceKind.ANONYMOUS})
SPEAKING = frozenset({SourceKind.NAMED_OFFICIAL, SourceKind.NAMED_PERSON, SourceKind.ORGANISATION,
                      SourceKind.MEDIA})


def claim_units(doc: Doc) -> Iterator[TokenSpan]:
    """Sentences without their surrounding whitespace; datelines and empty lines left out.

    Titles and paragraph breaks are sentence boundaries already (annotate.segment),
    while a break inside a hard-wrapped sentence is not one.
    """
    for sent in doc.sents:
        unit = _trim(sent)
        if unit is not None:
            yield unit


def _trim(unit: TokenSpan) -> TokenSpan | None:
    # from each end inward: a sentence is rarely padded by more than a token or two of space
    first = next((t for t in unit if not t.is_space), None)
    last = next((unit[i] for i in range(len(unit) - 1, -1, -1) if not unit[i].is_space), None)
    if first is None or last is None or not any(t.is_alpha for t in unit):
        return None
    if last.text in DATELINE_ENDS and not any(t.pos_ in {"VERB", "AUX"} for t in unit):
        return None  # a dateline ("KYIV, Ukraine –") carries no claim
    return unit.doc[first.i : last.i + 1]


def _main_clause_match(pattern: re.Pattern[str], unit: TokenSpan) -> bool:
    """Whether ``pattern`` matches in ``unit`` outside subordinate clauses."""
    for match in pattern.finditer(unit.text):
        at = unit.start_char + match.start()
        token = next((t for t in unit if t.idx >= at), None)
        if token is None:
            continue
        path = [token, *token.ancestors]
        if not any(t.dep_ in SUBORDINATE_DEPS for t in path):
            return True
    return False


def _has_active_lemma(unit: TokenSpan, lemmas: frozenset[str]) -> bool:
    """Whether a verb of ``lemmas`` is used actively ("denied that", not "were denied access")."""
    return any(
        t.lemma_.lower() in lemmas and t.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in t.children)
        for t in unit
    )


def _own_voice_kind(unit: TokenSpan) -> ClaimKind:
    lex = lexicon()
    if _main_clause_match(lex.speculation, unit):
        return ClaimKind.SPECULATION
    if _main_clause_match(lex.opinion, unit):
        return ClaimKind.OPINION
    if lex.background.search(unit.text):
        return ClaimKind.BACKGROUND
    return ClaimKind.REPORTED_EVENT


def claim_kind(unit: TokenSpan, source: SentenceSource) -> ClaimKind:
    """The kind of claim a sentence makes, given its source."""
    lex = lexicon()
    if _has_active_lemma(unit, lex.denial_verbs) or (source.cue and lex.denial_phrases.search(unit.text)):
        return ClaimKind.DENIAL
    if _has_active_lemma(unit, lex.accusation_verbs) or lex.allegation_phrases.search(unit.text):
        return ClaimKind.ALLEGATION
    if _rights_report(unit, source):
        return ClaimKind.ALLEGATION
    if source.kind in SPEAKING:
        return ClaimKind.ATTRIBUTED_STATEMENT
    own = _own_voice_kind(unit)
    if source.kind not in UNVOUCHED or own is ClaimKind.SPECULATION:
        return own
    if source.kind is SourceKind.ANONYMOUS or has_event_word(unit):
        return ClaimKind.ALLEGATION  # an unnamed source's word is not a confirmed fact
    return ClaimKind.ATTRIBUTED_STATEMENT if source.cue_lemma else own


def _rights_report(unit: TokenSpan, source: SentenceSource) -> bool:
    """A rights group telling of abuses ("Human Rights Watch said soldiers executed 60 civilians", "rights
    groups say troops tortured detainees") makes an accusation against the abusers: the report is the
    group's, unconfirmed by the accused or the outlet."""
    lex = lexicon()
    words = set((source.name or "").lower().split())
    if source.kind not in SPEAKING or not words & lex.rights_group_words:
        return False
    return any(t.lemma_.lower() in lex.abuse_lemmas or t.lower_ in lex.abuse_lemmas for t in unit)


def has_event_word(unit: TokenSpan) -> bool:
    """Whether the sentence mentions a kind of event conflict monitors record."""
    events = lexicon().event_lemmas
    return any(t.lemma_.lower() in events or t.lower_ in events for t in unit)


def find_claims(doc: Doc, quotes: Sequence[Quote]) -> list[Claim]:
    """One claim per informative sentence (the title included), in text order."""
    claims: list[Claim] = []
    for unit in claim_units(doc):
        source = sentence_source(unit, quotes)
        kind = claim_kind(unit, source)
        claims.append(
            Claim(
                span=Span.of(doc_text(doc), unit.start_char, unit.end_char),
                kind=kind,
                source=source.name,
                source_kind=source.kind,
                cue=source.cue,
                check_worthiness=check_worthiness(unit, kind),
            )
        )
    return claims
