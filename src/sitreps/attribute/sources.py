"""What kind of source a mention is: named official, person, organisation, media, anonymous, vague.

Relies on a resolved :class:`Mention` and on the sentence it sits in (anonymity
phrases such as "who asked not to be named" often follow the source noun).
"""

from __future__ import annotations

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from sitreps.attribute.lexicon import lexicon
from sitreps.attribute.mentions import ORG_ENTITIES, Mention, is_official
from sitreps.models import SourceKind


def _is_media_name(name: str) -> bool:
    lex = lexicon()
    words = name.replace("-", " ").split()
    if any(w.strip(".,’'") in lex.media_acronyms for w in words):
        return True
    lowered = {w.strip(".,’'").lower() for w in words}
    return bool(lowered & lex.media_name_words) and any(w[:1].isupper() for w in words)


def _unspecific(head: Token) -> bool:
    """Whether a person noun leaves the person unidentified: "a source", "officials", "one man"."""
    if head.tag_ in {"NNS", "NNPS"}:
        return True
    indefinite = lexicon().indefinite_determiners
    return any(c.lower_ in indefinite and c.dep_ in {"det", "nummod"} for c in head.lefts)


def _phrase_kind(text: str) -> SourceKind | None:
    """Anonymous or vague from the words alone, before looking at entities."""
    lex = lexicon()
    if lex.anonymity_phrases.search(text):
        return SourceKind.ANONYMOUS
    if lex.vague_phrases.search(text):
        return SourceKind.VAGUE
    return None


def _names_a_person(mention: Mention) -> bool:
    """Whether a PERSON-tagged mention reads as a person's name: two or more words, no acronym, no
    organisation word. The tagger calls countries, capitals, firms and groups persons ("Baku said",
    "Ambrey said", "the Houthis said", "DG ISPR noted"); news names a person in full at least once."""
    words = [w.strip(".,’'") for w in mention.name.replace("-", " ").split()]
    lex = lexicon()
    org_words = lex.organisation_nouns | lex.media_name_words
    acronym = any(w.isupper() and len(w) > 1 for w in words)
    return len(words) > 1 and not acronym and not any(w.lower() in org_words for w in words)


def source_kind(mention: Mention, sentence: TokenSpan) -> SourceKind:
    """Classify the source ``mention`` in ``sentence``; the order goes from most to least specific."""
    lex = lexicon()
    head = mention.head
    lemma = head.lemma_.lower()
    if mention.entity == "PERSON" and _names_a_person(mention):
        return SourceKind.NAMED_OFFICIAL if is_official(mention) else SourceKind.NAMED_PERSON
    own_text = mention.evidence[0].text
    if _is_media_name(mention.name) or lemma in lex.media_nouns:
        return SourceKind.MEDIA
    by_words = _phrase_kind(own_text)
    if by_words is not None:
        return by_words
    if (lemma in lex.anonymous_person_nouns or lemma in lex.person_role_nouns) and not mention.entity:
        if _unspecific(head):
            return _phrase_kind(sentence.text) or SourceKind.ANONYMOUS
        return SourceKind.ORGANISATION  # "the governor", "Mayor": an office speaking
    if mention.entity in ORG_ENTITIES or lemma in lex.organisation_nouns:
        return SourceKind.ORGANISATION
    if head.pos_ == "PROPN":
        return SourceKind.ORGANISATION
    return SourceKind.VAGUE  # a pronoun or noun we could not tie to anyone in particular
