"""Who did it to whom: the dependency slots around a trigger and the phrases that fill them.

Slots are named by syntax (``subj``, ``obj``, ``agent``, ``subjpass``,
``poss``, ``mod``, ``prep_<word>``); the taxonomy maps slots to roles per
event type (``EventType.role_for``), so the same parse serves "X attacked Y", "Y was attacked by X",
"X's attack on Y" and "an X attack".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from sitreps.annotate.quantities import counting_lexicon, load_data
from sitreps.attribute.lexicon import lexicon
from sitreps.extract.bearings import bearings_of
from sitreps.extract.doer_modifiers import names_doer_kind
from sitreps.extract.english import words
from sitreps.extract.nouns import is_abstract, is_actor_noun, is_munition, is_person_noun
from sitreps.extract.suffered import loses_own
from sitreps.extract.taxonomy import load_taxonomy
from sitreps.resolve.registry_data import load_lexicon

# Dependents that belong to the clause around a phrase, not to the phrase itself.
PHRASE_CUT_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "punct", "prep", "cc", "parataxis"})
# Verbs that pass their subject to a noun trigger: "carried out a special operation".
LIGHT_VERB_DEPS = frozenset({"dobj", "attr", "nsubjpass"})
INHERIT_SUBJECT_DEPS = frozenset({"conj", "xcomp", "advcl", "ccomp", "pcomp"})
# Links a subjectless passive verb climbs to the clause it hangs from: "after [12 days of] being abducted"
# (pcomp, prep, pobj), "kidnapped near Gao, the reporter was freed" (advcl).
TAKEN_CLIMB_DEPS = frozenset({"pcomp", "prep", "pobj", "advcl"})
# Steps of that climb: "after 12 days of being held" is four; more would leave the sentence's clause.
TAKEN_CLIMB_STEPS = 5
# Verb tags of a participle or gerund, which borrows its subject from the clause above it.
NON_FINITE_TAGS = frozenset({"VBN", "VBG"})
# Clauses whose events are told apart from the clause they hang from ("officials said", "the town, which").
CLAUSE_BOUNDARY_DEPS = frozenset({"ccomp", "relcl", "acl", "parataxis", "conj"})
ROLE_LISTS = "actor_roles"
# Dash characters (hyphen, en dash, em dash) that, spaced, end a stamp or dateline before a phrase.
DASHES = frozenset("-\u2013\u2014")
# A sentence whose longer words (over three letters, so not "of", "in", "the") are at least this share
# capitalised is a title-case headline ("Deep South Bombing Spree Continues"): chosen so that a news
# sentence heavy with names ("Russian Defence Minister Andrei Belousov visited Kursk") stays below it.
TITLE_CASE_SHARE = 0.9
TITLE_WORD_LETTERS = 3
# Slots of an event noun that name its doer: "Israel's strike", "an Israeli strike", "a militia attack",
# "an attack by gunmen".
DOER_SLOTS = frozenset({"poss", "mod", "compound", "agent"})
# How many prepositional steps into an event noun's own phrase a "by" phrase may hang and still name
# the noun's doer: "an attack on [worshippers] at [a mosque] in [Kabul] by gunmen" is three; more
# reaches phrases of their own (tests/extract/test_stranded_agents.py).
STRANDED_AGENT_STEPS = 3
# Modifiers before a means that may name whose it is: "Russian drones", "Houthi missiles", and the parser's
# nmod for a name kept apart from the noun by other modifiers ("a Hezbollah anti-tank missile"). An event
# noun's nmod names its doer only when tagged a group (``DOER_ENTITIES``): an untagged one may be a
# capitalised adjective with a dateline's outlet ("(MENAFN) Violent overnight fighting").
OWNER_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Entity labels of a "by" phrase's object that name someone who can act.
DOER_ENTITIES = frozenset({"ORG", "NORP"})
# Phrases that say when or how much, never who: "on Tuesday" is not a target.
NON_ACTOR_ENTITIES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"})


@dataclass(frozen=True)
class Slot:
    """A syntactic slot of a trigger and the head token of the phrase filling it."""

    name: str
    head: Token


def phrase_tokens(head: Token, *, with_conjuncts: bool = True) -> list[Token]:
    """The tokens of the phrase a head token stands for, without clauses attached to it."""
    tokens = [head]
    stack = list(head.children)
    while stack:
        child = stack.pop()
        if not with_conjuncts and child.head == head and child.dep_ in ("conj", "cc"):
            continue
        kept_prep = child.dep_ == "prep" and child.lower_ in words(ROLE_LISTS, "kept_prepositions") and not any(
            c.dep_ == "pcomp" for c in child.children)  # "the militia of burning homes" is a clause
        if child.is_space or (child.dep_ in PHRASE_CUT_DEPS and child.dep_ != "cc" and not kept_prep):
            continue
        tokens.append(child)
        stack.extend(child.children)
    return tokens


def phrase_bounds(head: Token, *, with_conjuncts: bool = True) -> tuple[int, int]:
    """Character offsets of the phrase a head token stands for, without clauses attached to it."""
    tokens = phrase_tokens(head, with_conjuncts=with_conjuncts)
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens)
    doc = head.doc
    stamps = [t.i for t in doc[start:head.i] if _spaced_dash(t)]  # "UPDATE 09:15 - Russian forces"
    start = stamps[-1] + 1 if stamps else start
    while start < head.i and (doc[start].is_punct or doc[start].is_space or _resultative(doc[start])):
        start += 1
    while end > head.i and (doc[end].is_punct or doc[end].is_space or doc[end].dep_ == "cc"):
        end -= 1
    return doc[start].idx, doc[end].idx + len(doc[end])


def _spaced_dash(token: Token) -> bool:
    """A dash with a space on each side: it ends a live blog's stamp or a dateline ("14:20 GMT - Police
    fired"), where a hyphen inside a word ("pro-government") has none."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (token.is_punct and set(token.text) <= DASHES and bool(token.whitespace_)
            and before is not None and bool(before.whitespace_))


def _resultative(token: Token) -> bool:
    """An adjective before the phrase's numeral belongs to the verb: "shot dead nine gunmen" (no noun
    phrase puts an adjective before its number, as "nine dead gunmen" does after it)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.dep_ == "amod" and following is not None and following.dep_ == "nummod" and (
        following.head == token.head)


def core_bounds(head: Token) -> tuple[int, int]:
    """The phrase of the head alone, without coordinated parts ("Russian officer" of "... and 11 servicemen")."""
    return phrase_bounds(head, with_conjuncts=False)


def _antecedent(token: Token) -> Token:
    """The noun a pronoun stands for, where the sentence says it.

    A relative pronoun stands for the noun its clause modifies ("soldiers who
    defected"); the subject pronoun of a reported clause for the speaker ("the
    army said it had shelled": it is the army), but not when the speaker comes after ("they abducted
    80 pupils, police said": someone told before), unless it is the first person ("we detained four,
    the police said"); that of an adverbial clause for the main clause's subject ("gunmen fled after
    they attacked": the gunmen).
    """
    if token.lower_ in words(ROLE_LISTS, "relative_pronouns") and token.head.dep_ == "relcl":
        return token.head.head
    clause = token.head
    if (token.lower_ in words(ROLE_LISTS, "subordinate_subject_pronouns") and token.dep_ in ("nsubj", "nsubjpass")
            and clause.dep_ == "advcl"):  # "militants killed two soldiers after they attacked": the militants
        mains = [c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        if mains:
            return mains[0]
    if token.lower_ in words(ROLE_LISTS, "speaker_pronouns") and token.dep_ == "nsubj" and clause.dep_ == "ccomp":
        speakers = [c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        if speakers and (speakers[0].i < token.i or token.lower_ in words(ROLE_LISTS, "first_person_speakers")):
            return speakers[0]  # "They abducted 80 pupils, police said": they are told before, not the police
    return token


def members_speaker(token: Token) -> Token | None:
    """Whose members a reported subject such as "its fighters", "their units" are: the speaker's.

    "The RSF said its fighters had taken the town", "Hamas said its fighters fired": the fighters act
    for the RSF, Hamas (the phrase stays the argument; its actor is the speaker's).
    """
    clause = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or (
            token.lower_ not in load_lexicon().member_nouns) or not any(
            c.dep_ == "poss" and c.lower_ in words(ROLE_LISTS, "speaker_possessives") for c in token.children):
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)


def _verb_slots(verb: Token) -> list[Slot]:
    slots: list[Slot] = []
    for child in verb.children:
        if child.dep_ == "nsubj" and (is_abstract(child) or _means_of_another(child)):
            slots.extend(_event_doers(child))  # "shells fired by the RSF hit a market": the RSF, never the shells
        elif child.dep_ in ("nsubj", "csubj"):
            victim = _victims(child) or _undergoes(verb)
            slots.append(Slot("subjpass" if victim else "subj", _antecedent(child)))
        elif child.dep_ == "nsubjpass":
            slots.append(Slot("subjpass", _antecedent(child)))
        elif child.dep_ in ("dobj", "dative"):
            slots.append(Slot("obj" if child.dep_ == "dobj" else "prep_to", child))
        elif child.dep_ == "agent":
            slots.extend(Slot("agent", p) for p in child.children if p.dep_ == "pobj")
        elif child.dep_ == "prep":
            slots.extend(Slot(f"prep_{child.lower_}", p) for p in child.children if p.dep_ == "pobj")
    return slots


def _means_of_another(noun: Token) -> bool:
    """A subject that is a weapon ("mortar shells hit the market"), or any thing a participle says someone
    else used ("Rockets fired by militants struck a camp", "Airstrikes carried out by the United States
    hit the port": the tagger takes the capitalised first word after a dateline or an item's place for a
    name): the doer is the one who used it. Event nouns in general are left out: "the dispersal began"
    would take the doer of the clause it is reported in, a speaker."""
    if is_munition(noun):
        return True
    return not _names_a_doer(noun) and any(
        s.name == "agent" and _names_a_doer(s.head) for c in noun.children if c.dep_ == "acl" and not _tells_of(c)
        for s in _verb_slots(c))


def _event_doers(event: Token) -> list[Slot]:
    """Who did the event a verb's subject names: "a new Israeli strike killed seven" (Israel's forces)."""
    return [Slot("subj", s.head) for s in _noun_slots(event) if s.name in DOER_SLOTS]


def _inherited_subject(verb: Token) -> list[Slot]:
    """The subject a non-finite or coordinated verb shares with the verb it hangs from."""
    if verb.dep_ == "acl":
        # "insurgents killed six villagers" is sometimes parsed as a reduced relative;
        # a verb with its own object is active whatever its tag says.
        passive = verb.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in verb.children) and not _main_verb(verb)
        return [Slot("subjpass" if passive else "subj", verb.head)]
    if verb.dep_ not in INHERIT_SUBJECT_DEPS or verb.head == verb:
        return []
    governor = verb.head
    if verb.dep_ == "advcl" and governor.lemma_.lower() in words(ROLE_LISTS, "repelling_verbs"):
        return _repelled_sides(governor)
    if verb.dep_ == "pcomp":  # "rebels were repelled after attacking": the rebels attacked, whatever the voice
        return [Slot("subj", s.head) for s in _prepositional_subject(governor)]
    if verb.dep_ == "xcomp":  # "forced the villagers to flee": they fled; "forced the bus to stop and took
        # 18 passengers hostage" (the second verb parsed under "stop"): a thing acts not, the subject took them
        objects = [c for c in governor.children if c.dep_ == "dobj" and not _inanimate(c)]
        if objects:
            return [Slot("subj", objects[0])]
    own = [s for s in _verb_slots(governor) if s.name in ("subj", "subjpass")]
    if own:
        return [Slot("subj", own[0].head)] if own[0].name == "subj" else []
    return _inherited_subject(governor)


def _inanimate(noun: Token) -> bool:
    """A common noun naming neither a person nor a group ("the bus", "the train"): it cannot act."""
    return noun.pos_ == "NOUN" and not noun.ent_type_ and not (is_actor_noun(noun) or is_person_noun(noun))


def _prepositional_subject(prep: Token) -> list[Slot]:
    """Who does what a preposition introduces: "accused X of shelling" (X), "after attacking" (the clause's)."""
    governor = prep.head
    if governor.dep_ == "dobj" and prep.lower_ in words(ROLE_LISTS, "object_control_prepositions"):
        return [Slot("subj", governor)]  # "of" attached to the object: "accused [the militia of burning]"
    if governor.pos_ not in ("VERB", "AUX"):
        return []
    accused = _accused(governor, prep)
    if accused is not None:
        return [Slot("subj", accused)]
    objects = [c for c in governor.children if c.dep_ == "dobj"]
    if objects and prep.lower_ in words(ROLE_LISTS, "object_control_prepositions"):
        return [Slot("subj", objects[0])]
    own = [s for s in _verb_slots(governor) if s.name in ("subj", "subjpass")]
    if own and (own[0].name == "subjpass" or _suffers(governor)):
        return [Slot("subjpass", own[0].head)]  # "civilians (were) killed in a drone strike": its victims
    return own[:1] or _inherited_subject(governor)


def _accused(verb: Token, prep: Token) -> Token | None:
    """Whom a verb of accusing charges with what its preposition introduces: the doer of that act.

    "Rights groups accused the police of shooting protesters" (the object; the accuser is no doer),
    "the army was accused of killing 30 villagers", "Houthis blamed for attack on tanker" (a
    headline's participle: its subject), "a militia suspected of killing 12 herders" (the noun the
    participle describes). Without this the passive subject reads as the act's victim.
    """
    if verb.lemma_.lower() not in words(ROLE_LISTS, "accusation_lemmas") \
            or prep.lower_ not in words(ROLE_LISTS, "object_control_prepositions"):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return _antecedent(objects[0])
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return _antecedent(subjects[0])
    return verb.head if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") else None


def _victims(noun: Token) -> bool:
    """People a casualty participle describes ("civilians killed in ..."), whatever the parse made of the rest."""
    _, casualties = counting_lexicon()
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in casualties for c in noun.children)


@cache
def _intransitive_casualties() -> frozenset[str]:
    """Casualty verbs whose subject is the victim ("three soldiers died"): data/counting.yaml."""
    return frozenset(load_data("counting.yaml")["intransitive_casualties"])


def _undergoes(verb: Token) -> bool:
    """The verb's subject is what it happens to, not who does it.

    "One ranger died": a verb of dying has its victim as subject. "Hundreds of soldiers captured in
    retreat": a headline drops the passive auxiliary, leaving a past participle with a subject, no
    object and no "have" (whose perfect, "rebels have advanced", stays active).
    """
    if verb.lemma_.lower() in _intransitive_casualties():
        return True
    return verb.tag_ == "VBN" and not any(c.dep_ in ("dobj", "aux") for c in verb.children) and _unended(verb)


def _main_verb(verb: Token) -> bool:
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


def _suffers(verb: Token) -> bool:
    """A casualty verb without an object says what its subject suffered ("45 civilians killed in ..."), as
    does any verb whose object is the subject's own life or harm ("two guards lost their lives in ...")."""
    _, casualties = counting_lexicon()
    return (verb.lemma_.lower() in casualties and not any(c.dep_ == "dobj" for c in verb.children)) or loses_own(verb)


def _title_case(token: Token) -> bool:
    """Whether the token's sentence is a headline in title case, where every word looks like a name."""
    longer = [t for t in token.sent if t.is_alpha and len(t) > TITLE_WORD_LETTERS]
    return bool(longer) and sum(t.text[0].isupper() for t in longer) >= TITLE_CASE_SHARE * len(longer)


def _compound_slot(modifier: Token) -> Slot:
    """A noun modifier that names a doer is one ("a militia attack", "a rebel drone strike"), and so is a
    name or demonym before the means it names ("a Russian missile strike", "an Israeli drone strike": the
    strike is Russia's); else a compound."""
    doers = [t for t in (modifier, *(c for c in modifier.children if c.dep_ in ("compound", "amod")))
             if is_actor_noun(t)]
    if doers:
        return Slot("mod", doers[-1])
    owners = owner_modifiers(modifier)
    return Slot("mod", owners[0]) if owners else Slot("compound", modifier)


def _names_a_party(modifier: Token) -> bool:
    """A modifier that names a party: an entity of people, groups or states, or an untagged proper noun
    outside a title-case headline ("a Front ambush"); a place after a bearing ("northern Mali strikes")
    says where, not who."""
    if _modified_place(modifier) or _tagged_adjective(modifier):
        return False
    return modifier.ent_type_ in ("NORP", "ORG", "GPE", "PERSON") or (
        modifier.pos_ == "PROPN" and not modifier.ent_type_ and not _title_case(modifier))


def _tagged_adjective(modifier: Token) -> bool:
    """An adjective the entity tagger took for a group ("Fierce fighting raged", "Heavy clashes" at the
    head of a sentence): only a people's or a country's adjective ("Russian", "Islamist") names a party."""
    return modifier.pos_ == "ADJ" and modifier.ent_type_ not in ("NORP", "GPE")


def owner_modifiers(means: Token) -> list[Token]:
    """Who a weapon or unit belongs to, as its modifiers say: "Russian drones", "Houthi missiles",
    "Israel's warplanes", "US drones". Whoever fires the means does the strike; a stance word
    ("pro-Kremlin") is no owner, nor a place (``_names_a_party``: "northern Mali drone strikes")."""
    return [c for c in means.children if not _stance(c) and (
        c.dep_ == "poss" or (c.dep_ in OWNER_MODIFIER_DEPS and _names_a_party(c)))]


def _modified_place(token: Token) -> bool:
    """A place named with a modifier of its own ("Gaza City"), or after a bearing ("northern Mali"),
    whatever the parse made of the bearing or the name (a headline's "Mali" may be tagged a person)."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    bearing = before is not None and bool(bearings_of(before))
    return bearing or (token.ent_type_ in ("GPE", "LOC", "FAC") and any(
        c.dep_ in ("amod", "compound") for c in token.children))


def _possessor_undergoes(noun: Token) -> bool:
    """The possessor of "Zambada's arrest", "the reporter's abduction" is who it was done to.

    Nouns of acts done to a person take their object as possessor when no "of" phrase names it
    ("the army's arrest of X": the army did it).
    """
    return noun.lemma_.lower() in words(ROLE_LISTS, "patient_possessive_nouns") and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _stance(token: Token) -> bool:
    """The token is part of a stance word ("anti-government protests", "Pro-European rallies"): what the
    event is for or against, never who does it."""
    doc = token.doc
    start = token.i
    while start > 0 and not doc[start - 1].whitespace_ and "-" in (doc[start - 1].text, doc[start].text):
        start -= 1
    return (start + 1 < len(doc) and doc[start + 1].text == "-"
            and doc[start].lower_ in words(ROLE_LISTS, "stance_prefixes"))


def _noun_slots(noun: Token) -> list[Slot]:
    slots: list[Slot] = []
    for child in noun.children:
        if child.dep_ in ("compound", "amod") and _stance(child):
            continue
        if child.dep_ == "poss":
            slots.append(Slot("subjpass" if _possessor_undergoes(noun) else "poss", child))
        elif _names_doer_before(child):  # "a Front ambush", "a JNIM improvised explosive device"
            slots.append(Slot("mod", child))
        elif child.dep_ == "compound":
            slots.append(_compound_slot(child))
        elif names_doer_kind(child):  # "a terrorist attack": the tagger made it an adjective
            slots.append(Slot("mod", child))
        elif child.dep_ == "prep":
            agent = child.lower_ in words(ROLE_LISTS, "agent_prepositions") or _comes_from(noun, child)
            if agent and _after_event_noun(noun, child):
                continue  # "an attack on a march by students": the students marched
            name = "agent" if agent else f"prep_{child.lower_}"
            slots.extend(Slot(name, p) for p in child.children if p.dep_ == "pobj")
    if not any(s.name == "agent" for s in slots):
        slots.extend(_stranded_agents(noun))
    for clause in (c for c in noun.children if c.dep_ == "acl" and not _tells_of(c)):
        slots.extend(s for s in _verb_slots(clause) if s.name == "agent")  # "a landmine planted by FARC dissidents"
        slots.extend(_verb_held_sides(clause))  # "renewed fighting flared between X and Y" parsed as a noun root
    placed = _count_of(noun) or noun
    governor = placed.head
    if placed.dep_ in LIGHT_VERB_DEPS and governor.pos_ == "VERB":
        # "the attack was carried out by X": the agent of a passive light verb did it
        agents = ("subj", "agent") if placed.dep_ == "nsubjpass" and not _claims(governor) else ("subj",)
        doers = [Slot("subj", s.head) for s in _verb_slots(governor) if s.name in agents]
        if not doers and not any(s.name == "subj" for s in slots):
            doers = _inherited_subject(governor)
        slots.extend(_governor_subjects(governor, doers))
    elif _undergone(placed):  # "security forces came under attack": they suffered it
        slots.extend(Slot("subjpass", s.head) for s in _verb_slots(governor.head) if s.name in ("subj", "subjpass"))
        if not any(s.name == "agent" for s in slots):  # "came under fire from militants": "from" hung on the verb
            slots.extend(Slot("agent", p) for c in governor.head.children if c.dep_ == "prep" and _comes_from(placed, c)
                         for p in c.children if p.dep_ == "pobj")
    elif placed.dep_ == "pobj":  # "said at a press conference", "killed in a raid"
        if not any(s.name == "agent" for s in slots):
            slots.extend(_stray_agents(governor.head) if governor.dep_ == "prep" else [])
        has_doer = any(s.name in ("subj", "agent", "poss", "mod") for s in slots)
        slots.extend(s for s in _prepositional_subject(governor) if not has_doer or s.name == "subjpass")
        slots.extend(_affected(governor.head) if governor.dep_ == "prep" else [])
    if placed.dep_ == "nsubj":
        slots.extend(_affected(governor))  # "a missile attack damaged a ship"
        slots.extend(_verb_held_sides(governor))  # "clashes broke out between X and Y"
    for clause in (c for c in noun.children if c.dep_ == "relcl" and _relative_subject(c)):
        slots.extend(_affected(clause))  # "a bombing that killed five people": whom it killed
    return slots


def _verb_held_sides(verb: Token) -> list[Slot]:
    """The sides a verb of happening holds for the event noun that is its subject: "clashes broke out
    between X and Y", "fighting erupted between X and Y", "gunfights took place between police and
    rustlers" (the parse hangs "between" on the verb, which no one does but the fight)."""
    return [Slot(f"prep_{c.lower_}", p) for c in verb.children
            if c.dep_ == "prep" and c.lower_ in words(ROLE_LISTS, "side_prepositions")
            for p in c.children if p.dep_ == "pobj"]


def _stray_agents(verb: Token) -> list[Slot]:
    """A "by" phrase a casualty verb holds names the doer of the event its "in" phrase tells: "eight
    soldiers died in an attack on their base by ISWAP fighters" (no one dies by someone: the parse hung
    the attack's agent on the verb), "two guards were killed in a raid by gunmen" (the killers raided)."""
    if not _casualty_verb(verb):
        return []
    held = (c for c in verb.children if c.dep_ == "agent" or (
        c.dep_ == "prep" and c.lower_ in words(ROLE_LISTS, "agent_prepositions")))
    return [Slot("agent", p) for c in held for p in c.children if p.dep_ == "pobj" and _names_a_doer(p)]


def _names_doer_before(modifier: Token) -> bool:
    """A modifier of an event noun that names its doer: a party as compound or adjective ("a Front
    ambush"), or a group the parser set apart as nmod ("a JNIM improvised explosive device"; an
    untagged nmod may be a capitalised adjective, see ``OWNER_MODIFIER_DEPS``)."""
    if modifier.dep_ == "nmod":
        return modifier.ent_type_ in DOER_ENTITIES
    return modifier.dep_ in ("compound", "amod") and _names_a_party(modifier)


def _undergone(noun: Token) -> bool:
    """An assault the clause's subject came or was "under" ("came under attack", "under heavy fire")."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ in words(ROLE_LISTS, "undergoing_prepositions")
            and noun.lemma_.lower() in words(ROLE_LISTS, "assault_words") and prep.head.pos_ in ("VERB", "AUX"))


def _comes_from(noun: Token, prep: Token) -> bool:
    """Whom an attack one "came under" comes "from" did it ("came under attack from gunmen", "from
    jihadist fighters", which the tagger may take for a name); from a place ("from the hills") it says
    where."""
    return (_undergone(noun) and prep.lower_ in words(ROLE_LISTS, "source_prepositions")
            and any(p.dep_ == "pobj" and (_names_a_doer(p) or p.pos_ == "PROPN") for p in prep.children))


@cache
def _trigger_nouns() -> frozenset[str]:
    """Nouns the bundled taxonomy reads as events ("rally", "march", "raid"): they take agents of their own."""
    return frozenset(n for t in load_taxonomy().types.values() for n in t.triggers.nouns)


def _event_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and (is_abstract(token) or token.lemma_.lower() in _trigger_nouns())


def _names_a_doer(token: Token) -> bool:
    """A group's name or a people noun ("Front gunmen"), not a place or a thing ("the river", "the hills")."""
    return token.ent_type_ in DOER_ENTITIES or (
        is_actor_noun(token) or is_person_noun(token))


def _stranded_agents(noun: Token) -> list[Slot]:
    """A "by" phrase the parse hung on a place or thing inside an event noun's own phrase names the
    noun's doer: "an attack on worshippers at a mosque in Kabul by gunmen", "a raid on a camp near Goma
    by M23 fighters". A place or a thing takes no agent; an event noun on the way does ("a rally by
    students"), so the walk stops there, and a "by" whose object is no one ("by the river") says where.
    It stops at people too ("a camp for families ... by M23"): walking on through them split a report
    of the real-news test split in two and lowered its linking."""
    found: list[Slot] = []
    frontier = [noun]
    for _ in range(STRANDED_AGENT_STEPS):
        objects = [p for t in frontier for c in t.children if c.dep_ == "prep"
                   for p in c.children if p.dep_ == "pobj" and not _event_noun(p) and not _names_a_doer(p)]
        for holder in objects:
            found.extend(Slot("agent", p) for c in holder.children if c.dep_ == "prep"
                         and c.lower_ in words(ROLE_LISTS, "agent_prepositions")
                         for p in c.children if p.dep_ == "pobj" and _names_a_doer(p))
        frontier = [o for o in objects if not any(c.lower_ in words(ROLE_LISTS, "agent_prepositions")
                                                  for c in o.children if c.dep_ == "prep")]
    return found[:1]


def _after_event_noun(noun: Token, prep: Token) -> bool:
    """The "by" phrase follows another event noun of the phrase ("an attack on a march by students"),
    whose agent it is, whatever the parse attached it to."""
    before = [p for c in noun.children if c.dep_ == "prep" and c.i < prep.i for p in c.children
              if p.dep_ == "pobj" and p.i < prep.i]
    if not before:
        return False
    last = max(before, key=lambda t: t.i)
    return _event_noun(last) and max(t.i for t in last.subtree) == prep.i - 1


def _relative_subject(clause: Token) -> bool:
    """The relative clause's subject is its relative pronoun: "the strike that killed nine" tells what
    the strike did; "the strike the army denied" tells of another's act."""
    return any(c.dep_ == "nsubj" and c.lower_ in words(ROLE_LISTS, "relative_pronouns") for c in clause.children)


def _tells_of(verb: Token) -> bool:
    """A verb of telling or judging ("the airstrike, confirmed by military officials", "the raid,
    condemned by the UN"): its agent is a source, not the doer; a claim ("an attack claimed by X")
    still names who did it."""
    lemma = verb.lemma_.lower()
    told = lemma in lexicon().speech_verbs or lemma in words(ROLE_LISTS, "reacting_verbs")
    return told and not _claims(verb)


def _claims(verb: Token) -> bool:
    """A verb of claiming ("the attack was claimed by X"): who claimed it is read by extract.claimants,
    which also keeps it a party's word."""
    return verb.lemma_.lower() in words("incidents", "claim_lemmas")


def _count_of(noun: Token) -> Token | None:
    """The figure or series an event noun is counted by ("hundreds of airstrikes", "a wave of arrests"):
    it stands in the clause where the event would, so its verb tells who did them."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ not in ("NOUN", "NUM"):
        return None
    count = prep.head
    counts = count.ent_type_ == "CARDINAL" or count.like_num or count.lemma_.lower() in words(
        ROLE_LISTS, "event_count_nouns")
    return count if counts else None


def _governor_subjects(verb: Token, subjects: list[Slot]) -> list[Slot]:
    """What the subject of a verb governing an event noun is to that event.

    "Rebels launched an attack": its doer. "Two farmers survived the ambush", "families fled the
    fighting": who it happened to. "The ministry condemned the bombing", "aid groups mourned the
    killing": neither, they speak of it.
    """
    lemma = verb.lemma_.lower()
    if lemma in words(ROLE_LISTS, "reacting_verbs"):
        return []
    if lemma in words(ROLE_LISTS, "undergoing_verbs"):
        return [Slot("subjpass", s.head) for s in subjects if s.name == "subj"]
    return subjects


def _harms(verb: Token) -> bool:
    _, casualties = counting_lexicon()
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma in casualties or lemma in words(ROLE_LISTS, "affect_verbs"))


def _affected(verb: Token) -> list[Slot]:
    """Whom a verb of harm did its harm to: the object of "killed 24 militants in an airstrike"."""
    return [Slot("obj", c) for c in verb.children if c.dep_ == "dobj"] if _harms(verb) else []


def harmed_by_another_word(head: Token, trigger: Token) -> bool:
    """The object of a verb of harm, or the victim a casualty verb's subject names ("four fishermen were
    killed when ..."), that is not the trigger: the casualty counter counts it, not the trigger."""
    if head.head.i == trigger.i:
        return False
    return (head.dep_ == "dobj" and _harms(head.head)) or (
        head.dep_ in ("nsubj", "nsubjpass") and _casualty_verb(head.head))


def trigger_slots(head: Token, *, fought: bool = False) -> list[Slot]:
    """Every filled slot of a trigger, pronouns and expletives left out.

    ``fought``: the trigger tells a fight, so a verb of defence ("repelled") tells the attack it met.
    """
    if head.pos_ in ("VERB", "AUX"):
        slots = _verb_slots(head)
        repelled = head.lemma_.lower() in words(ROLE_LISTS, "repelling_verbs") and (fought or _foiled_attacker(head))
        if repelled:
            slots = _repelled(slots)
        elif fought and _answers_back(head):
            slots = _fought_back(slots)
        if not repelled and _subjectless_passive(head):
            slots.extend(_main_clause_undergoer(head))
        elif not any(s.name in ("subj", "agent") for s in slots):
            slots.extend(_repelled_by(head) if repelled else _inherited_subject(head))
    else:
        slots = _noun_slots(head)
    return usable(slots + _clause_victims(head))


def _subjectless_passive(verb: Token) -> bool:
    """A passive verb with no subject of its own, hanging from another clause: "after being detained",
    "kidnapped near Gao, ...". Its inherited subject is whom it happened to, never its doer."""
    if verb.dep_ not in ("pcomp", "advcl") or verb.tag_ != "VBN":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "mark") for c in verb.children):
        return False  # "when they were detained" has its own subject; "killed five people" is active
    return verb.dep_ == "advcl" or any(c.dep_ == "auxpass" for c in verb.children)


def _main_clause_undergoer(verb: Token) -> list[Slot]:
    """The subject of the clause a subjectless passive verb hangs from: "after being abducted by gunmen,
    12 passengers were freed" (the passengers were abducted), "after 12 days of being held, the priest
    returned" (the priest). A clause the parser hung from the wrong verb ("..., the students were freed,
    police said") yields nobody: its speaker was not the one taken."""
    node = verb
    for _ in range(TAKEN_CLIMB_STEPS):
        if node.dep_ not in TAKEN_CLIMB_DEPS or node.head == node:
            return []
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects:
                if node.tag_ in NON_FINITE_TAGS:
                    continue  # "released after being detained, the journalist told ...": climb on
                return []  # a finite verb whose subject the parser lost: the next one up is another's
            if any(c.dep_ in ("ccomp", "parataxis") and verb.i < c.i < subjects[0].i for c in node.children):
                return []  # "after being kidnapped, [the priest returns]", the ministry said: misattached
            return [Slot("subjpass", _antecedent(subjects[0]))]
    return []


def _clause_victims(trigger: Token) -> list[Slot]:
    """Whom the casualty verb of the main clause says the event of its "when" clause struck.

    "At least 14 people were killed when a bomber blew himself up", "three soldiers died after their
    vehicle struck a mine": the bombing and the mine's verbs name no victim, the main clause does (a
    passive subject, or the subject of a verb of dying). Reported speech, relative and complement
    clauses in between end the search: what they tell is another clause's.
    """
    clause = trigger
    while clause.dep_ != "advcl":
        if clause.dep_ in CLAUSE_BOUNDARY_DEPS or clause.head == clause:
            return []
        clause = clause.head
    verb = clause.head
    marked = any(c.dep_ in ("mark", "advmod") and c.lower_ in words(ROLE_LISTS, "victim_clause_markers")
                 for c in clause.children)  # the parser makes "when" either
    if not marked or not _casualty_verb(verb):
        return []
    return [Slot("subjpass", _antecedent(c)) for c in verb.children
            if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and _undergoes(verb))]


def _casualty_verb(verb: Token) -> bool:
    _, casualties = counting_lexicon()
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma in casualties or lemma in _intransitive_casualties())


def _answers_back(verb: Token) -> bool:
    """A fight "back" answers an attack: "police fought back", "troops hit back at the militants". Not
    an advance ("fought its way back into the town": an object, and "back" with a way of its own)."""
    return not any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ in ("advmod", "prt") and c.lower_ in words(ROLE_LISTS, "response_particles")
        and not any(g.dep_ == "prep" for g in c.children) for c in verb.children)


def _fought_back(slots: list[Slot]) -> list[Slot]:
    """The slots of a fight back: its subject is the attack's target, whom it fought back at or against
    the attack's doer, as ACLED codes the attacker first whoever prevailed."""
    at = {f"prep_{p}" for p in words(ROLE_LISTS, "response_prepositions")}
    return [Slot("subjpass", s.head) if s.name == "subj" else Slot("subj", s.head) if s.name in at else s
            for s in slots]


def _repelled(slots: list[Slot]) -> list[Slot]:
    """The slots of a verb of defence told as the event: "the garrison repelled an attack by rebels on the
    town" is the rebels' attack on the garrison and the town; "troops repulsed the militants" the
    militants' attack on the troops. ACLED codes the attacker as the first actor, whoever prevailed.

    The active verb's "by" phrase can only be the attack's ("repelled an assault by militants", the
    parse hanging it on the verb), and a people word before the attack names its doer ("a militant
    assault").
    """
    sided: list[Slot] = []
    for slot in map(_active, slots):
        if slot.name == "subj":
            sided.append(Slot("subjpass", slot.head))
        elif slot.name == "obj" and not _party(slot.head):
            own = {t.i for t in slot.head.subtree}  # not what the clause around the attack says of it
            sided.extend(Slot("subj", s.head) if s.name in DOER_SLOTS else s for s in _noun_slots(slot.head)
                         if s.head.i in own)
            sided.extend(Slot("subj", c) for c in slot.head.children if c.dep_ == "amod" and is_actor_noun(c))
        elif slot.name == "obj" or slot.name in {f"prep_{p}" for p in words(ROLE_LISTS, "agent_prepositions")}:
            sided.append(Slot("subj", slot.head))
        else:
            sided.append(slot)
    return sided


def _foiled_attacker(verb: Token) -> bool:
    """A verb of defence whose object is an assault with its doer named ("foiled an attack by ISWAP
    fighters on a base") tells that attack whatever type the sentence was given; "police foiled a bomb
    plot" names no attacker and stays the foiling. The "by" phrase may hang on the verb ("thwarted an
    assault by JNIM gunmen"): an active verb of defence takes none of its own. A passive's subject is its
    object ("a militant attack on a police post was repelled")."""
    assaults = words(ROLE_LISTS, "assault_words")
    objects = [o for o in verb.children if o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in assaults]
    by_verb = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in words(ROLE_LISTS, "agent_prepositions")
               for p in c.children if p.dep_ == "pobj" and _names_a_doer(p)]
    return bool(objects) and (bool(by_verb) or any(s.name in DOER_SLOTS for o in objects for s in _noun_slots(o)))


def _repelled_sides(verb: Token) -> list[Slot]:
    """The sides of the attack a verb of defence met, for the participle that goes on to tell it: "troops
    foiled an attack by ISWAP fighters, killing 15 of them" is the fighters' attack on the troops, as
    ACLED codes it, whoever did the killing."""
    return [s for s in _repelled(_verb_slots(verb)) if s.name in ("subj", "subjpass")]


def _active(slot: Slot) -> Slot:
    """A passive verb of defence's slots as the active's: "the RSF's assault was repelled by the army" is
    "the army repelled the RSF's assault"."""
    passive = {"agent": "subj", "subjpass": "obj"}
    return Slot(passive[slot.name], slot.head) if slot.name in passive else slot


def _repelled_by(verb: Token) -> list[Slot]:
    """Who repelled, when the verb names nobody: the subject it shares ("troops arrived and repelled the
    assault") met the attack. A passive ("the assault was repelled, the army said") shares nobody's: the
    speaker of the clause it hangs from is no side."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    return [Slot("subjpass", s.head) for s in _inherited_subject(verb)]


def _party(noun: Token) -> bool:
    """The object of a verb of defence is a party ("repelled the militants", "repulsed Varn Front"), not
    the attack it made ("repelled the assault")."""
    return noun.pos_ == "PROPN" or noun.ent_type_ in ("NORP", "ORG", "GPE", "PERSON") or is_actor_noun(noun)


def usable(slots: list[Slot]) -> list[Slot]:
    """Slots whose phrase can be an argument: no pronouns, spaces, dates or amounts."""
    times = words(ROLE_LISTS, "time_words")
    return [s for s in slots if s.head.pos_ != "PRON" and not s.head.is_space
            and s.head.ent_type_ not in NON_ACTOR_ENTITIES and s.head.lemma_.lower() not in times]
