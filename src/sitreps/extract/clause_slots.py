"""The slots of a verb and of an event noun, and the subject a verb borrows from the clause above it.

These readers call one another, so they live together: a verb's subject may be an event noun whose doer is
in its own slots ("a new Israeli strike killed seven"), an event noun's doer may be the subject of the
verb that governs it ("rebels launched an attack"), and a verb of defence turns the attack it met into
slots ("troops repelled an attack by rebels"). The tests they lean on sit in ``undergoing``,
``party_modifiers`` and ``event_noun_cues``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.attribute.speakers import comma_object_speaker
from sitreps.extract.antecedents import antecedent, owner_speaker
from sitreps.extract.doer_modifiers import names_doer_kind
from sitreps.extract.english import words
from sitreps.extract.event_noun_cues import (
    after_event_noun,
    aimed_at,
    claims,
    comes_from,
    count_of,
    governor_subjects,
    launched_aims,
    possessor_undergoes,
    relative_subject,
    stranded_agents,
    stray_agents,
    tells_of,
    undergone,
    verb_held_sides,
)
from sitreps.extract.gerund_nouns import preposition_object
from sitreps.extract.hands_of import hands_owners
from sitreps.extract.nouns import is_abstract, is_actor_noun, is_munition, is_person_noun
from sitreps.extract.party_modifiers import compound_slot, in_stance_word, names_a_doer, names_doer_before
from sitreps.extract.repelling import defenders_before, misread_defence, repels
from sitreps.extract.slots import DOER_SLOTS, ROLE_LISTS, Slot
from sitreps.extract.town_names import town_before
from sitreps.extract.undergoing import affected, casualty_described, main_verb, suffers, undergoes

# Verbs that pass their subject to a noun trigger: "carried out a special operation".
LIGHT_VERB_DEPS = frozenset({"dobj", "attr", "nsubjpass"})
INHERIT_SUBJECT_DEPS = frozenset({"conj", "xcomp", "advcl", "ccomp", "pcomp"})
PASSIVE_AUX_DEP = "auxpass"  # the "being" of "after being shot": the gerund is passive


def verb_slots(verb: Token) -> list[Slot]:
    """The slots a verb's own dependents fill: subject (or, when it suffers the verb, ``subjpass``), object,
    "by" agent and prepositional phrases; a subject that is an event or a weapon yields its doer."""
    slots: list[Slot] = []
    for child in verb.children:
        if child.dep_ == "nsubj" and (is_abstract(child) or _means_of_another(child)):
            slots.extend(_event_doers(child))  # "shells fired by the RSF hit a market": the RSF, never the shells
        elif child.dep_ in ("nsubj", "csubj"):
            victim = casualty_described(child) or undergoes(verb)
            slots.append(Slot("subjpass" if victim else "subj", antecedent(child)))
        elif child.dep_ == "nsubjpass":
            slots.append(Slot("subjpass", antecedent(child)))
        elif child.dep_ == "dobj" and (aims := launched_aims(child)) is not None:  # "launched a string of raids on X"
            slots.extend(aims)
        elif child.dep_ in ("dobj", "dative") and not _set_off_speaker(verb, child):
            slots.append(Slot("obj" if child.dep_ == "dobj" else "prep_to", child))
        elif child.dep_ == "agent":
            slots.extend(Slot("agent", p) for p in child.children if p.dep_ == "pobj")
        elif child.dep_ == "prep" and (owners := hands_owners(child)):  # "killed at the hands of police"
            slots.extend(Slot("agent", p) for p in owners)
        elif child.dep_ == "prep":
            slots.extend(Slot(f"prep_{child.lower_}", p) for p in child.children if p.dep_ == "pobj")
        elif (misread := _misread_headline_slot(verb, child)) is not None:
            slots.append(misread)
    return slots


def _misread_headline_slot(verb: Token, child: Token) -> Slot | None:
    """A headline's subject and object the parser hung on its verb as a compound and an apposition ("Al-Shabaab
    overruns Somali army base": "Shabaab" a compound of "overruns", "base" its apposition; round 30). No verb
    takes a compound, so the last before it heads its subject; an apposition after such a verb is its object."""
    compounds = [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i and c.pos_ in ("PROPN", "NOUN")]
    if verb.pos_ != "VERB" or not compounds or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if child.i == compounds[-1].i:
        return Slot("subj", child)
    return Slot("obj", child) if child.dep_ == "appos" and child.i > verb.i else None


def _set_off_speaker(verb: Token, noun: Token) -> bool:
    """The verb's object is the speaker of a cue conjoined to it ("killed eight terrorists, the military's media
    wing, the ISPR, said": ``attribute.speakers.comma_object_speaker``), not whom the act was done to."""
    later = [c for c in verb.children if c.dep_ == "conj" and c.i > noun.i]
    later += [t for t in verb.doc[noun.i + 1:verb.sent.end] if t.dep_ == "ROOT"]  # the cue reporting the clause
    return any(comma_object_speaker(c) == noun for c in later)


def _means_of_another(noun: Token) -> bool:
    """A subject that is a weapon ("mortar shells hit the market"), or any thing a participle says someone
    else used ("Rockets fired by militants struck a camp", "Airstrikes carried out by the United States
    hit the port": the tagger takes the capitalised first word after a dateline or an item's place for a
    name): the doer is the one who used it. Event nouns in general are left out: "the dispersal began"
    would take the doer of the clause it is reported in, a speaker."""
    if is_munition(noun):
        return True
    return not names_a_doer(noun) and any(
        s.name == "agent" and names_a_doer(s.head) for c in noun.children if c.dep_ == "acl" and not tells_of(c)
        for s in verb_slots(c))


def _event_doers(event: Token) -> list[Slot]:
    """Who did the event a verb's subject names: "a new Israeli strike killed seven" (Israel's forces)."""
    return [Slot("subj", s.head) for s in noun_slots(event) if s.name in DOER_SLOTS]


def noun_slots(noun: Token) -> list[Slot]:
    """Every slot of an event noun: its modifiers and phrases, the clauses hung on it, and what the verb
    that governs it (or the count it is told by) says of its sides."""
    slots = _own_slots(noun)
    if not any(s.name == "agent" for s in slots):
        slots.extend(stranded_agents(noun))
    for clause in (c for c in noun.children if c.dep_ == "acl" and not tells_of(c)):
        slots.extend(s for s in verb_slots(clause) if s.name == "agent")  # "a landmine planted by FARC dissidents"
        slots.extend(verb_held_sides(clause))  # "renewed fighting flared between X and Y" parsed as a noun root
    _add_governor_slots(noun, slots)
    for clause in (c for c in noun.children if c.dep_ == "relcl" and relative_subject(c)):
        slots.extend(affected(clause))  # "a bombing that killed five people": whom it killed
    return slots


def _own_slots(noun: Token) -> list[Slot]:
    """The slots an event noun's own modifiers and prepositional phrases fill: "Israel's strike", "a militia
    attack", "an attack by gunmen on a convoy"."""
    defenders = defenders_before(noun)  # "Army repels assault on Djibo": the army met it
    slots: list[Slot] = [Slot("subjpass", d) for d in defenders]
    for child in noun.children:
        if child in defenders or misread_defence(child):
            continue
        if child.dep_ in ("compound", "amod") and (in_stance_word(child) or town_before(child)):
            continue  # "anti-government protests", "the Peshawar blast": what for, or where; not who
        if child.dep_ == "poss":
            slots.append(Slot("subjpass" if possessor_undergoes(noun) else "poss", owner_speaker(child)))
        elif names_doer_before(child):  # "a Front ambush", "a JNIM improvised explosive device"
            slots.append(Slot("mod", child))
        elif child.dep_ == "compound":
            slots.append(compound_slot(child))
        elif names_doer_kind(child):  # "a terrorist attack": the tagger made it an adjective
            slots.append(Slot("mod", child))
        elif child.dep_ == "prep" and (owners := hands_owners(child)):  # "the killing of two at the hands of herders"
            slots.extend(Slot("agent", p) for p in owners)
        elif child.dep_ == "prep":
            agent = child.lower_ in words(ROLE_LISTS, "agent_prepositions") or comes_from(noun, child)
            if agent and after_event_noun(noun, child):
                continue  # "an attack on a march by students": the students marched
            name = "agent" if agent else f"prep_{child.lower_}"
            slots.extend(Slot(name, p) for p in child.children if p.dep_ == "pobj")
    return slots


def _add_governor_slots(noun: Token, slots: list[Slot]) -> None:
    """Add what the verb governing an event noun (or the count it is told by) says of its sides to the
    slots read so far, which decide whether a doer is still missing: "rebels launched an attack", "the
    attack was carried out by X", "came under fire from militants", "killed in a raid by gunmen"."""
    placed = count_of(noun) or noun
    governor = placed.head
    if placed.dep_ in LIGHT_VERB_DEPS and governor.pos_ == "VERB":
        # "the attack was carried out by X": the agent of a passive light verb did it
        agents = ("subj", "agent") if placed.dep_ == "nsubjpass" and not claims(governor) else ("subj",)
        doers = [Slot("subj", s.head) for s in verb_slots(governor) if s.name in agents]
        if not doers and not any(s.name == "subj" for s in slots):
            doers = inherited_subject(governor)
        slots.extend(governor_subjects(governor, doers))
        slots.extend(aimed_at(governor, slots))  # "launched air strikes on rebel positions": "on" hung on the verb
    elif undergone(placed):  # "security forces came under attack": they suffered it
        slots.extend(Slot("subjpass", s.head) for s in verb_slots(governor.head) if s.name in ("subj", "subjpass"))
        if not any(s.name == "agent" for s in slots):  # "came under fire from militants": "from" hung on the verb
            slots.extend(Slot("agent", p) for c in governor.head.children if c.dep_ == "prep" and comes_from(placed, c)
                         for p in c.children if p.dep_ == "pobj")
    elif preposition_object(placed):  # "said at a press conference", "killed in a raid", "by shelling"
        if not any(s.name == "agent" for s in slots):
            slots.extend(stray_agents(governor.head) if governor.dep_ == "prep" else [])
        has_doer = any(s.name in ("subj", "agent", "poss", "mod") for s in slots)
        slots.extend(s for s in _prepositional_subject(governor) if not has_doer or s.name == "subjpass")
        slots.extend(affected(governor.head) if governor.dep_ == "prep" else [])
    if placed.dep_ == "nsubj":
        slots.extend(affected(governor))  # "a missile attack damaged a ship"
        slots.extend(verb_held_sides(governor))  # "clashes broke out between X and Y"


def inherited_subject(verb: Token) -> list[Slot]:
    """The subject a non-finite or coordinated verb shares with the verb it hangs from."""
    if verb.dep_ == "acl":
        # "insurgents killed six villagers" is sometimes parsed as a reduced relative;
        # a verb with its own object is active whatever its tag says.
        passive = verb.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in verb.children) and not main_verb(verb)
        return [Slot("subjpass" if passive else "subj", verb.head)]
    if verb.dep_ not in INHERIT_SUBJECT_DEPS or verb.head == verb:
        return []
    governor = verb.head
    if verb.dep_ == "advcl" and repels(governor):
        return _repelled_sides(governor)
    if verb.dep_ == "pcomp":  # "rebels were repelled after attacking": the rebels attacked, whatever the voice
        # of the main verb; a passive gerund's own voice tells that they underwent it ("a student died after
        # being shot by police": the student was shot, round 24)
        role = "subjpass" if any(c.dep_ == PASSIVE_AUX_DEP for c in verb.children) else "subj"
        return [Slot(role, s.head) for s in _prepositional_subject(governor)]
    if verb.dep_ == "xcomp":  # "forced the villagers to flee": they fled; "forced the bus to stop and took
        # 18 passengers hostage" (the second verb parsed under "stop"): a thing acts not, the subject took them
        objects = [c for c in governor.children if c.dep_ == "dobj" and not _inanimate(c)]
        if objects:
            return [Slot("subj", objects[0])]
    own = [s for s in verb_slots(governor) if s.name in ("subj", "subjpass")]
    if own:
        return [Slot("subj", own[0].head)] if own[0].name == "subj" else []
    return inherited_subject(governor)


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
    own = [s for s in verb_slots(governor) if s.name in ("subj", "subjpass")]
    if own and (own[0].name == "subjpass" or suffers(governor)):
        return [Slot("subjpass", own[0].head)]  # "civilians (were) killed in a drone strike": its victims
    return own[:1] or inherited_subject(governor)


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
        return antecedent(objects[0])
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return antecedent(subjects[0])
    return verb.head if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") else None


def _repelled_sides(verb: Token) -> list[Slot]:
    """The sides of the attack a verb of defence met, for the participle that goes on to tell it: "troops
    foiled an attack by ISWAP fighters, killing 15 of them" is the fighters' attack on the troops, as
    ACLED codes it, whoever did the killing."""
    return [s for s in repelled_slots(verb_slots(verb)) if s.name in ("subj", "subjpass")]


def repelled_slots(slots: list[Slot]) -> list[Slot]:
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
            sided.extend(Slot("subj", s.head) if s.name in DOER_SLOTS else s for s in noun_slots(slot.head)
                         if s.head.i in own)
            sided.extend(Slot("subj", c) for c in slot.head.children if c.dep_ == "amod" and is_actor_noun(c))
        elif slot.name == "obj" or slot.name in {f"prep_{p}" for p in words(ROLE_LISTS, "agent_prepositions")}:
            sided.append(Slot("subj", slot.head))
        else:
            sided.append(slot)
    return sided


def _active(slot: Slot) -> Slot:
    """A passive verb of defence's slots as the active's: "the RSF's assault was repelled by the army" is
    "the army repelled the RSF's assault"."""
    passive = {"agent": "subj", "subjpass": "obj"}
    return Slot(passive[slot.name], slot.head) if slot.name in passive else slot


def _party(noun: Token) -> bool:
    """The object of a verb of defence is a party ("repelled the militants", "repulsed Varn Front"), not
    the attack it made ("repelled the assault")."""
    return noun.pos_ == "PROPN" or noun.ent_type_ in ("NORP", "ORG", "GPE", "PERSON") or is_actor_noun(noun)
