"""Who an article says did it: a claim of responsibility or a blame names an incident's initiator.

"The assault was claimed by the Baloch Liberation Army", "the group claimed
responsibility for the attack", "police blamed the attack on insurgents": the
attack's own sentence often names nobody, but another sentence of the article
names who claimed it or who is blamed. The claimant becomes the initiator of
an incident that has none (its modality stays as its retellings give it: a
claim is a party's word, which the realnews gold reads as claimed/alleged).

Relies on: the parse of every retelling's trigger. Words: ``data/en/incidents.yaml``
(``claim_lemmas``, ``blame_lemmas``, ``responsibility_nouns``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitreps.annotate.doctext import doc_text
from sitreps.extract.actors import clean_name, record_mention
from sitreps.extract.english import words
from sitreps.models import EventMention, Role, Span
from sitreps.resolve.actors import ActorRegistry

LISTS = "incidents"
# Dependencies the parser gives a headline's verb of claiming when it reads it as a noun before the
# event ("Al-Shabaab claims deadly hotel attack": "claims" a noun modifier of "attack", keeping its own
# subject "Al-Shabaab"); seen in spaCy's small and medium English models on title-like sentences.
HEADLINE_CLAIM_DEPS = frozenset({"nmod", "compound", "amod"})


def _subject(verb: Token, deps: Iterable[str] = ("nsubj",)) -> Token | None:
    return next((c for c in verb.children if c.dep_ in deps), None)


def _agent(verb: Token) -> Token | None:
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def claimant(trigger: Token) -> Token | None:
    """The head of the phrase naming who claimed, or is blamed for, the event ``trigger`` names."""
    claims, blames = words(LISTS, "claim_lemmas"), words(LISTS, "blame_lemmas")
    head = trigger.head
    lemma = head.lemma_.lower()
    if trigger.dep_ == "nsubjpass" and lemma in claims:          # "the attack was claimed by X"
        return _agent(head)
    if trigger.dep_ == "dobj" and lemma in claims:               # "X claimed the attack"
        return _subject(head)
    if trigger.dep_ == "dobj" and lemma in blames:               # "police blamed the attack on X"
        prep = next((c for c in (*head.children, *trigger.children) if c.dep_ == "prep" and c.lower_ == "on"), None)
        return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    for child in trigger.children:                              # "Al-Shabaab claims [deadly attack]":
        if child.dep_ in HEADLINE_CLAIM_DEPS and child.lemma_.lower() in claims and child.i < trigger.i:
            return _subject(child)                               # a headline's verb misread as a noun
    if trigger.dep_ == "pobj" and head.lower_ == "for":
        governor = head.head
        if governor.lemma_.lower() in words(LISTS, "responsibility_nouns") and governor.head.lemma_.lower() in claims:
            return _subject(governor.head)                       # "X claimed responsibility for the attack"
        if governor.lemma_.lower() in blames:                    # "X was blamed for the attack"
            return _subject(governor, ("nsubjpass",))
    return None


def _phrase(head: Token) -> SpacySpan:
    return head.doc[head.left_edge.i:head.right_edge.i + 1]


def with_claimant(mention: EventMention, doc: Doc, registry: ActorRegistry,
                  countries: Sequence[str]) -> EventMention:
    """The incident with the claimant as initiator, when it has none and a retelling names one."""
    if any(a.role == Role.INITIATOR for a in mention.actors):
        return mention
    for span in (mention.trigger, *mention.retellings):
        token = doc.char_span(span.start, span.end, alignment_mode="expand")
        found = claimant(token.root) if token is not None else None
        if found is None or found.pos_ == "PRON":
            continue
        phrase = _phrase(found)
        name = clean_name(phrase.text.strip("\"“”' "))
        record = registry.infer(name, context_countries=countries)
        actor = record_mention(Role.INITIATOR, name, record,
                               [Span.of(doc_text(doc), phrase.start_char, phrase.end_char)])
        others = [a for a in mention.actors if (a.evidence[0].start, a.evidence[0].end) != (
            phrase.start_char, phrase.end_char)]  # "blamed the attack on insurgents" is no target
        return mention.model_copy(update={"actors": [*others, actor]})
    return mention
