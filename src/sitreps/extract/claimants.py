"""Who an article says did it: a claim of responsibility or a blame names an incident's initiator.

"The assault was claimed by the Baloch Liberation Army", "the group claimed
responsibility for the attack", "police blamed the attack on insurgents": the
attack's own sentence often names nobody, but another sentence of the article
names who claimed it or who is blamed. The claimant becomes the initiator of
an incident that has none (its modality stays as its retellings give it: a
claim is a party's word, which the realnews gold reads as claimed/alleged).

Relies on: the parse of every retelling's trigger. Words: ``data/en/incidents.yaml``
(``claim_lemmas``, ``blame_lemmas``, ``responsibility_nouns``, ``unnaming_words``) and the armed doers of
``data/en/triggers.yaml``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitreps.annotate.doctext import doc_text
from sitreps.extract.actors import clean_name, record_mention
from sitreps.extract.blamed_on import culprit_verb
from sitreps.extract.english import words
from sitreps.extract.kinds_file import type_list
from sitreps.extract.nouns import is_actor_noun
from sitreps.extract.unrest import state_force
from sitreps.models import EventMention, Role, Span
from sitreps.resolve.actors import ActorRegistry

LISTS = "incidents"
# Dependencies the parser gives a headline's verb of claiming when it reads it as a noun before the
# event ("Al-Shabaab claims deadly hotel attack": "claims" a noun modifier of "attack", keeping its own
# subject "Al-Shabaab"); seen in spaCy's small and medium English models on title-like sentences.
HEADLINE_CLAIM_DEPS = frozenset({"nmod", "compound", "amod"})
# Parts of speech of a clause's verb, which an event noun's clause turns on.
VERB_POS = frozenset({"VERB", "AUX"})
# How an event noun is the subject of its own clause ("the attack took place ... and was claimed by X").
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# How a passive claim hangs on the event noun itself: "the ambush, which was claimed by X" (relcl),
# "the assault, later claimed by X" (acl).
CLAUSE_DEPS = frozenset({"relcl", "acl"})
# Clauses told of a claimant after its name, which are no part of it ("the ELN, which has not commented"); not
# those that name it ("the group, calling itself the Islamic Resistance in Iraq").
DESCRIBING_DEPS = frozenset({"relcl"})
# Sentences before a claim that names no act in which the incident it claims is looked for: the claim
# closes a paragraph ("... killing four soldiers. No group has claimed it. Officials blamed X").
LOOK_BACK = 2
# Entity labels of a party a verb of blame names ("blamed the RSF", "blamed Israel").
PARTY_ENTITIES = frozenset({"ORG", "NORP", "GPE", "PERSON"})


def _subject(verb: Token, deps: Iterable[str] = ("nsubj",)) -> Token | None:
    """The verb's subject, or that of the verb it is coordinated with when it has none of its own
    ("X carried out and claimed the raid": "claimed" shares "carried"'s subject)."""
    own = next((c for c in verb.children if c.dep_ in deps), None)
    if own is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head, deps)
    return own


def _passive_claim(trigger: Token, claims: frozenset[str]) -> Token | None:
    """The agent of a passive claim told in the event noun's own clause but not as its head: a claim
    verb coordinated with the verb the noun is subject of ("the attack took place at night and was
    claimed by X", "was carried out and later claimed by X") or a clause on the noun itself ("the
    ambush, which was claimed by X"). A coordinated claim with a subject of its own claims something
    else the clause tells."""
    verbs = [c for c in trigger.children if c.dep_ in CLAUSE_DEPS]
    if trigger.dep_ in SUBJECT_DEPS:
        verbs += [c for c in trigger.head.children if c.dep_ == "conj" and not any(
            g.dep_ in SUBJECT_DEPS for g in c.children)]
    claim = next((v for v in verbs if v.lemma_.lower() in claims and _agent(v) is not None), None)
    return _agent(claim) if claim is not None else None


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
    if trigger.dep_ in ("dobj", "nsubjpass") and lemma in blames:  # "police blamed the attack on X", "the
        return _culprit(head, trigger)                              # blast was attributed to X"
    if trigger.dep_ == "relcl" and trigger.head.pos_ == "NOUN":      # "claimed the blast [that killed] three"
        return claimant(trigger.head)
    for child in trigger.children:                              # "Al-Shabaab claims [deadly attack]":
        if child.dep_ in HEADLINE_CLAIM_DEPS and child.lemma_.lower() in claims and child.i < trigger.i:
            return _subject(child)                               # a headline's verb misread as a noun
    if trigger.dep_ == "pobj" and head.lower_ == "for":
        governor = head.head
        if governor.lemma_.lower() in words(LISTS, "responsibility_nouns") and governor.head.lemma_.lower() in claims:
            return _subject(governor.head)                       # "X claimed responsibility for the attack"
        if governor.lemma_.lower() in blames:                    # "X was blamed for the attack"
            return _subject(governor, ("nsubjpass",))
    blaming = next((c for c in trigger.children if c.dep_ in CLAUSE_DEPS and c.lemma_.lower() in blames), None)
    if blaming is not None:                                      # "an attack the army blamed on the RSF"
        return _culprit(blaming, trigger)
    return _passive_claim(trigger, claims) or _blamed_in_passing(trigger, blames)


def _culprit(verb: Token, act: Token) -> Token | None:
    """Whom the verb of blame lays the act on: the object of its culprit preposition ("on", "to"), hung on the
    verb or on the act (``extract.blamed_on``)."""
    preps = (c for c in (*verb.children, *act.children) if c.dep_ == "prep")
    return next((p for c in preps for p in c.children if p.dep_ == "pobj" and culprit_verb(p) == verb), None)


def _blamed_in_passing(trigger: Token, blames: frozenset[str]) -> Token | None:
    """The object of a participle of blame hung on the act's clause or on the verb that reports it: "a drone
    attack killed 22 people, a rights group said, blaming the RSF", "a car bomb killed nine, police said,
    blaming al-Shabaab" (round 27). One that blames for something named ("blaming X for the delays") blames
    for that instead."""
    verb = trigger.head if trigger.dep_ in SUBJECT_DEPS else trigger  # "Shelling killed 15": the killing's clause
    while verb.pos_ not in VERB_POS and verb.head.i != verb.i:
        verb = verb.head
    hosts = [verb, *(c for c in verb.children if c.dep_ == "parataxis")]
    if verb.dep_ == "ccomp":
        hosts.append(verb.head)
    for participle in (c for host in hosts for c in host.children if c.dep_ == "advcl" and c.tag_ == "VBG"):
        if participle.lemma_.lower() in blames and not any(
                c.dep_ == "prep" and c.lower_ in words(LISTS, "blamed_for_prepositions") for c in participle.children):
            return next((c for c in participle.children if c.dep_ == "dobj"), None)
    return None


def _negated(found: Token) -> bool:
    """A claimant the text denies: "no group has claimed the bombing", "nobody", "X did not claim it"."""
    negating = words(LISTS, "negating_words")
    if found.lower_ in negating or any(c.dep_ in ("det", "neg") and c.lower_ in negating for c in found.children):
        return True
    verb = found.head
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in verb.children)


def _phrase(head: Token) -> SpacySpan:
    """The claimant's words, without a relative clause told of it (``DESCRIBING_DEPS``)."""
    end = min((c.left_edge.i for c in head.children if c.i > head.i and c.dep_ in DESCRIBING_DEPS),
              default=head.right_edge.i + 1)
    while end > head.i + 1 and head.doc[end - 1].is_punct:
        end -= 1
    return head.doc[head.left_edge.i:end]


def _claimed(found: Token) -> bool:
    """Whether the claimant was found by a word of claiming, not of blaming: a party's own word that it
    did it, not another's accusation."""
    claims, blames = words(LISTS, "claim_lemmas"), words(LISTS, "blame_lemmas")
    word = next((a for a in found.ancestors if a.lemma_.lower() in claims | blames), None)
    return word is not None and word.lemma_.lower() in claims


def _takes_claimant(mention: EventMention) -> bool:
    """Whether a claim or a blame may give the incident its doer: it names none, or only state forces that
    answered or armed men it does not name (``_answered_only``, ``_unnamed_only``)."""
    return not any(a.role == Role.INITIATOR for a in mention.actors) or _answered_only(mention) \
        or _unnamed_only(mention)


def _answered_only(mention: EventMention) -> bool:
    """Whether every initiator the incident has is a state force: the side that answers an attack
    ("security forces eliminated 16 terrorists" merged with "the assault ... was claimed by X")."""
    doers = [a for a in mention.actors if a.role == Role.INITIATOR]
    return bool(doers) and all(state_force(a) for a in doers)


def _unnamed_only(mention: EventMention) -> bool:
    """Whether every initiator the incident has is an armed doer the text does not name ("gunmen",
    "armed men", "the attackers"): a claim or a blame names who they were."""
    doers = [a for a in mention.actors if a.role == Role.INITIATOR]
    unnaming = words("triggers", "armed_doers") | words("triggers", "armed_modifiers") | words(LISTS, "unnaming_words")
    return bool(doers) and all(all(w in unnaming or w.isdigit() for w in a.name.lower().split()) for a in doers)


def with_claimant(mention: EventMention, doc: Doc, registry: ActorRegistry,
                  countries: Sequence[str]) -> EventMention:
    """The incident with the claimant as initiator, when it has none and a retelling names one; or as
    its first initiator when only state forces were read as its doers and the retelling is a claim (a
    group does not claim the forces' response: the claim names who attacked), or when its doers are
    unnamed ("gunmen stormed a train ... the assault was claimed by X": X were the gunmen). A blame stays
    below a doer the text names (another's accusation, weaker than the clause that tells the act)."""
    if not _takes_claimant(mention):
        return mention  # read no retelling's parse for a claimant the incident would not take
    for span in (mention.trigger, *mention.retellings):
        token = doc.char_span(span.start, span.end, alignment_mode="expand")
        found = claimant(token.root) if token is not None else None
        given = _given(mention, found, doc, registry, countries) if found is not None else None
        if given is not None:
            return given
    return mention


def _given(mention: EventMention, found: Token, doc: Doc, registry: ActorRegistry,
           countries: Sequence[str]) -> EventMention | None:
    """The incident with ``found`` as its initiator as ``with_claimant`` rules, or None where it takes none."""
    if not _takes_claimant(mention):
        return None
    answered = _answered_only(mention)
    replaces = answered or _unnamed_only(mention)  # the claimant goes first, where a claim names it
    if found.pos_ == "PRON" or _negated(found) or (replaces and not _claimed(found)):
        return None
    phrase = _phrase(found)
    name = clean_name(phrase.text.strip("\"“”' "))
    record = registry.infer(name, context_countries=countries)
    actor = record_mention(Role.INITIATOR, name, record, [Span.of(doc_text(doc), phrase.start_char, phrase.end_char)])
    if answered and state_force(actor):
        return None
    others = [a for a in mention.actors if (a.evidence[0].start, a.evidence[0].end) != (
        phrase.start_char, phrase.end_char)]  # "blamed the attack on insurgents" is no target
    return mention.model_copy(update={"actors": [actor, *others] if replaces else [*others, actor]})


def with_loose_claimants(story: Sequence[EventMention], doc: Doc, registry: ActorRegistry,
                         countries: Sequence[str], claimable: Collection[str]) -> list[EventMention]:
    """The story with each claim or blame that names no act given to the incident told just before it:
    "a roadside bomb struck a convoy, killing four soldiers; the BLA claimed responsibility", "gunmen killed
    14 villagers. Local officials blamed the Ostra Front" (round 30: wire copy tells who did it in a
    sentence of its own, which no retelling of the act anchors). The incident is the claimable one
    (``claimable`` types) told last before the claim, in its sentence or the ``LOOK_BACK`` before it, and
    takes the claimant as ``with_claimant`` rules (a blame never before a doer the text names); a blame only
    one-sided acts (``culprit_types``: in a fight it names one of the sides)."""
    told = list(story)
    sentences = list(doc.sents)
    for number, sentence in enumerate(sentences):
        since = sentences[max(0, number - LOOK_BACK)].start_char
        for verb in sentence:
            found = loose_claimant(verb)
            if found is None:
                continue
            types = claimable if _claimed(found) else type_list("culprit_types")
            starts = {i: max((s.start for s in (m.trigger, *m.retellings) if since <= s.start < verb.idx), default=-1)
                      for i, m in enumerate(told) if m.type in types}
            latest = max(starts, key=lambda i: starts[i], default=None)
            if latest is not None and starts[latest] >= 0:
                told[latest] = _given(told[latest], found, doc, registry, countries) or told[latest]
    return told


def loose_claimant(verb: Token) -> Token | None:
    """Who a claim or a blame that names no act says did it: the subject of "claimed responsibility" with
    nothing it claims ("the BLA claimed responsibility"), or the party a verb of blame names with nothing it
    blames for or on ("officials blamed insurgents of the BRN"); None for any other word."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in VERB_POS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    preps = {c.lower_ for o in (verb, *objects) for c in o.children if c.dep_ == "prep"}
    if lemma in words(LISTS, "claim_lemmas") and objects and not preps & words(LISTS, "claimed_for_prepositions"):
        responsible = objects[0].lemma_.lower() in words(LISTS, "responsibility_nouns")
        return _subject(verb) if responsible else None
    if lemma in words(LISTS, "blame_lemmas") and objects and _party(objects[0]) and not preps & (
            words(LISTS, "blamed_for_prepositions") | words("places", "culprit_prepositions")):
        return objects[0]
    return None


def _party(noun: Token) -> bool:
    """A name or a noun of a group of people ("the RSF", "insurgents"), not a thing blamed ("a dispute")."""
    return noun.pos_ == "PROPN" or noun.ent_type_ in PARTY_ENTITIES or is_actor_noun(noun)
