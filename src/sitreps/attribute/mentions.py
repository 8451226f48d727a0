"""Who a subject token names: its mention span, stated role, and named antecedent.

A speaker is often written as a surname ("Yusov stated"), a pronoun ("he
said") or a role ("the spokesman added"). The article named the person once,
usually with a role ("Andriy Yusov, a representative of ..."); this module
finds that named mention so every quote and claim can carry the full name, the
role as the article states it, and the spans of both.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitreps.annotate.doctext import doc_ents, doc_text, entity_at
from sitreps.attribute.lexicon import lexicon
from sitreps.models import Span

# Dependencies of a person who can be a speaker's antecedent (not "from Sirt", "in Darwa").
SPEAKER_DEPS = frozenset({"nsubj", "nsubjpass", "appos"})
NAME_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})
ORG_ENTITIES = frozenset({"ORG", "NORP", "GPE"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME"})
# Dependents that belong to a noun phrase's own words (not clauses or appositions).
PHRASE_DEPS = frozenset({"compound", "det", "amod", "poss", "nmod", "nummod", "quantmod", "case"})
PERSON_HEADS_KEY = "sitreps.person_heads"
# Dependents by which a noun's own words name whose it is ("the Philippine army", "Ukraine's army").
NAME_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


@dataclass(frozen=True)
class Mention:
    """A resolved mention: the name to report, the stated role, and the evidence spans."""

    name: str
    role: str | None
    head: Token
    entity: str | None
    evidence: tuple[Span, ...]


def _entity(token: Token) -> SpacySpan:
    """The entity a token with an entity type belongs to (spaCy gives every such token one)."""
    entity = entity_at(token)
    if entity is None:
        raise ValueError(f"token {token.i} ({token.text!r}) has an entity type but no entity")
    return entity


def phrase_bounds(token: Token) -> tuple[int, int]:
    """Token indices [start, end) of the noun phrase headed by ``token`` without clauses."""
    if token.ent_type_ in NAME_ENTITIES:
        ent = _entity(token)
        start, end = ent.start, max(ent.end, token.i + 1)
    else:
        start, end = token.i, token.i + 1
    for child in token.lefts:
        if child.dep_ in PHRASE_DEPS:
            start = min(start, child.left_edge.i)
    return start, end


def _span(doc: Doc, start: int, end: int) -> Span:
    return Span.of(doc_text(doc), doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))


def stated_role(token: Token) -> tuple[str | None, Span | None]:
    """The role the article gives the person ``token`` heads: an apposition or a title before the name."""
    doc = token.doc
    if token.dep_ == "appos" and token.head.pos_ == "NOUN":
        span = _role_phrase(token.head)
        return span.text, span
    for child in token.rights:
        if child.dep_ == "appos":
            start, end = child.left_edge.i, child.right_edge.i + 1
            while end > start and doc[end - 1].is_punct:
                end -= 1
            if end > start and child.ent_type_ != "PERSON":
                span = _span(doc, start, end)
                return span.text, span
    if token.ent_type_ == "PERSON":
        ent_start = _entity(token).start
        start = ent_start
        for child in token.lefts:
            if child.dep_ in {"compound", "amod", "nmod"} and child.i < ent_start:
                start = min(start, child.left_edge.i)
        while start < ent_start and doc[start].dep_ == "det":
            start += 1
        if start < ent_start:
            span = _span(doc, start, ent_start)
            return span.text, span
    return None, None


def _role_phrase(noun: Token) -> Span:
    """A role noun with its modifiers and "of ..." complement: "The mayor of Petrovo"."""
    doc = noun.doc
    start, end = phrase_bounds(noun)
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in lexicon().role_complement_prepositions:
            end = child.right_edge.i + 1
    return _span(doc, start, end)


def _is_official(role: str | None) -> bool:
    if not role:
        return False
    words = {w.strip(".,'’").lower() for w in role.replace("-", " ").split()}
    return bool(words & lexicon().official_roles)


def is_official(mention: Mention) -> bool:
    """Whether the mention names a person with an official role, rank or office."""
    return _is_official(mention.role)


def _untitled(ent: SpacySpan) -> str:
    """A person entity's name without the titles the tagger took into it: "Adm. Daniel Hagari" -> "Daniel Hagari"."""
    lex = lexicon()
    titles = lex.official_roles | lex.name_titles
    start = ent.start
    while start < ent.end - 1 and (ent.doc[start].is_punct or ent.doc[start].lower_.rstrip(".") in titles):
        start += 1
    return doc_text(ent.doc)[ent.doc[start].idx : ent.end_char]


def _person_mention(token: Token) -> Mention:
    """A named person: the fullest earlier (or later) form of the name and its stated role."""
    doc = token.doc
    surname = token.text
    start, end = phrase_bounds(token)
    own = _span(doc, start, end)
    best_name, role, evidence = token.text, None, [own]
    if token.ent_type_ == "PERSON":
        best_name = _untitled(_entity(token))
    for head in [token, *(h for h in _person_heads(doc) if h.text == surname)]:
        given = _name_chain(head)
        written = _chain_text(given)
        if len(written.split()) > len(best_name.split()):  # "Leyla Demir" tagged as "Demir" only, or not at all
            best_name = written
            evidence.append(_span(doc, given[0].i, head.i + 1))
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON" or ent[-1].text != surname:
            continue
        head = ent.root
        if len(_untitled(ent)) > len(best_name):
            best_name = _untitled(ent)
            evidence.append(_span(doc, ent.start, ent.end))
        if role is None:
            found, role_span = stated_role(head)
            if found and role_span is not None:
                role = found
                evidence.append(role_span)
    return Mention(best_name, role, token, "PERSON", tuple(dict.fromkeys(evidence)))


def _after_preposition(token: Token) -> bool:
    """Whether a name is a preposition's object that cannot be a speaker: "in Majdal Shams", not
    "according to X" or "by X"."""
    if token.dep_ != "pobj":
        return False
    preposition = token.head
    return preposition.dep_ != "agent" and preposition.head.lower_ not in lexicon().prepositional_cue_heads


def _antecedent(token: Token, wanted: frozenset[str], noun: str | None) -> Token | None:
    """The last named mention before ``token`` with an entity label in ``wanted``.

    A role noun ("the minister") prefers a person whose stated role contains it.
    """
    doc = token.doc
    candidates = [e for e in doc_ents(doc) if e.label_ in wanted and e.end <= token.i]
    if noun:
        for ent in reversed(candidates):
            role, _ = stated_role(ent.root)
            if noun in ent.text.lower() or (role and noun in role.lower()):
                return ent.root
        return None
    if wanted == frozenset({"PERSON"}):
        # One-word "persons" are often places or objects the tagger mislabels ("Darwa", "Debris");
        # prefer a full name, or a surname that repeats one.
        full = {e[-1].text for e in doc_ents(doc) if e.label_ == "PERSON" and len(e) > 1}
        named = [e.root for e in candidates if e.root.dep_ in SPEAKER_DEPS
                 or ((len(e) > 1 or e[-1].text in full) and not _after_preposition(e.root))]
        looks_named = (h for h in _person_heads(doc) if h.i < token.i and not _after_preposition(h))
        heads = sorted([*named, *looks_named], key=lambda t: t.i)
        if heads:
            return heads[-1]
        return candidates[-1].root if candidates else None
    # "it"/"they" stand for a party that acts or speaks, named as a subject ("The ministry said ...
    # It added"); a place or group named as an adjective or after a preposition ("Rwandan troops",
    # "in Aleppo") is not one.
    speaking = [e for e in candidates if e.root.dep_ in SPEAKER_DEPS]
    return speaking[-1].root if speaking else None


def _name_chain(token: Token) -> list[Token]:
    """The proper nouns compounded onto ``token`` that form a personal name, titles left out.

    Punctuation belongs to the name only inside a word ("al-Assad"); the full stop of an
    abbreviated title ("Col. Ronald Rwivanga") ends it.
    """
    lex = lexicon()
    chain = [token]
    for child in reversed([c for c in token.lefts if c.dep_ == "compound"]):
        title = child.lower_.rstrip(".") in lex.official_roles | lex.name_titles or child.ent_type_ in PLACE_ENTITIES
        if child.i != chain[0].i - 1 or child.pos_ != "PROPN" or title:
            break
        if child.is_punct and (child.whitespace_ or child.i == 0 or child.nbor(-1).whitespace_):
            break
        chain.insert(0, child)
    return chain


def _chain_text(chain: list[Token]) -> str:
    """The name as the article writes it (its own spacing: "al-Assad", not "al - Assad")."""
    first, last = chain[0], chain[-1]
    return doc_text(first.doc)[first.idx : last.idx + len(last)]


def _looks_like_person(token: Token) -> bool:
    """A person's name the tagger missed or called an ORG: two or more proper nouns, no org words."""
    if token.ent_type_ == "PERSON":
        return True
    if token.pos_ != "PROPN" or token.ent_type_ in PLACE_ENTITIES:
        return False
    chain = _name_chain(token)
    lex = lexicon()
    if any(t.is_upper and len(t) > 1 for t in chain) or any(c.lower_ in lex.organisation_determiners
                                                             for c in token.lefts):
        return False  # "the Ukrainian GUR": acronyms and "the" mark organisations, not people
    words = {t.lower_ for t in chain}
    org_like = words & (lex.organisation_nouns | lex.media_name_words | lex.official_roles)
    return len(chain) > 1 and not org_like


def _person_heads(doc: Doc) -> list[Token]:
    """Tokens heading a person's name, in text order.

    Found once per doc and kept (as token indices) in its ``user_data``: callers
    ask for every mention, and each scan walks the whole document.
    """
    found = doc.user_data.get(PERSON_HEADS_KEY)
    if found is None:
        found = tuple(t.i for t in doc if t.dep_ != "compound" and _looks_like_person(t))
        doc.user_data[PERSON_HEADS_KEY] = found
    return [doc[i] for i in found]


def _known_surname(token: Token) -> bool:
    """Whether a bare proper noun repeats the last word of a person named elsewhere ("Yusov")."""
    return any(h.text == token.text and h.i != token.i for h in _person_heads(token.doc)) or (
        _looks_like_person(token)
    )


def _own_name(noun: Token) -> bool:
    """Whether an organisation noun carries a name of its own ("the Philippine army", "the Sudanese
    army", "Ukraine's army"): it is that party, not the last one named with the same noun ("the New
    People's Army" before it); "the army" or "the defence ministry" points back."""
    return any(c.dep_ in NAME_MODIFIER_DEPS and (c.pos_ == "PROPN" or c.ent_type_ in ORG_ENTITIES)
               for c in noun.lefts)


def resolve_mention(token: Token) -> Mention:
    """The mention ``token`` heads, resolved to a named antecedent where it is a pronoun or role."""
    doc = token.doc
    lower, lemma = token.text.lower(), token.lemma_.lower()
    if token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and _known_surname(token)):
        return _person_mention(token)
    named = next((c for c in token.subtree if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if named is not None:  # "The mayor of Petrovo, Ilona Varga, said"
        person = _person_mention(named)
        role = _role_phrase(token)
        return Mention(person.name, person.role or role.text, person.head, "PERSON",
                       (*person.evidence, role))
    lex = lexicon()
    target: Token | None = None
    has_det = any(c.dep_ == "det" and c.lower_ in lex.definite_determiners for c in token.lefts)
    if lower in lex.person_pronouns:
        target = _antecedent(token, frozenset({"PERSON"}), None)
    elif lower in lex.group_pronouns:
        target = _antecedent(token, ORG_ENTITIES, None)
    elif has_det and lemma in lex.person_role_nouns and not token.ent_type_:
        target = _antecedent(token, frozenset({"PERSON"}), lemma)
    elif has_det and lemma in lex.organisation_nouns and not token.ent_type_ and not _own_name(token):
        target = _antecedent(token, ORG_ENTITIES, lemma)
    start, end = phrase_bounds(token)
    own = _span(doc, start, end)
    if target is not None:
        resolved = resolve_mention(target)
        return Mention(resolved.name, resolved.role, resolved.head, resolved.entity,
                       (own, *resolved.evidence))
    if lower in lex.person_pronouns | lex.group_pronouns:
        return Mention(own.text, None, token, None, (own,))
    entity = token.ent_type_ or None
    return Mention(own.text, None, token, entity, (own,))
