"""Verbs that tell an assault only when an armed doer does them to a place or people: "bandits raided three
villages", "armed men raided a gendarmerie post", not "police raided a warehouse" or "teenagers raided the fridge".

Such verbs are common in sport, trade and law-enforcement copy; as plain verb triggers they made pitch
invasions clashes (round 15: "storm" lowered real-news sub-type). The verbs, the doers that arm them, their
vetoes, the objects no assault reaches and the acts they only set up are data (``armed_doer_verbs`` and
the lists after it in data/en/triggers.yaml). A doer is armed by its noun ("militants", "troops"), by a
modifier ("armed men", "gang members"), or by being a named group (an organisation or a people's name).

Relies on: spaCy's dependency parse (subject, passive agent, relative clause) and named entities.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from sitreps.annotate.quantities import counting_lexicon
from sitreps.extract.nouns import is_abstract, is_munition
from sitreps.extract.person_verbs import is_person
from sitreps.language_data import word_list, word_table

# Named entities that name an armed group when they do such a verb: "Al-Shabaab raided a hotel",
# "Houthi fighters" (the noun arms them anyway). Persons and places are left out: "Smith raided the fridge".
GROUP_ENTITIES = frozenset({"ORG", "NORP"})
# The slots of a verb's doer: its subject, or the agent of its passive ("was raided by gunmen").
SUBJECT_DEPS = frozenset({"nsubj"})
# The slots of what it is done to: its object, or its subject in the passive ("a hotel was raided").
PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})
# A verb that describes its doer's noun: "gunmen who raided" (relative clause), "fighters raiding" (acl).
DESCRIBING_DEPS = frozenset({"relcl", "acl"})
# The tags of a relative pronoun subject ("who", "that"), which stands for the noun the clause describes.
RELATIVE_TAGS = frozenset({"WP", "WDT"})
# The links of a verb to another act told with it: "raided ... and abducted", "raided ... to free".
LINKED_DEPS = frozenset({"conj", "advcl", "xcomp"})
# A clause a verb reports or quotes, not one it acts in: "stormed the base, he said, and claimed ..." .
SPEECH_DEPS = frozenset({"ccomp", "parataxis"})
# Parts of speech a killing below a storming is told in: "killed", "were killed", "shot dead" ("dead").
KILLING_TAGS = frozenset({"VERB", "AUX", "ADJ"})


@cache
def armed_doer_verbs() -> dict[str, str]:
    """Each verb of ``armed_doer_verbs`` with the type id it tells."""
    return {str(k): str(v) for k, v in word_table("triggers", "armed_doer_verbs").items()}


@cache
def _list(name: str) -> frozenset[str]:
    return frozenset(word_list("triggers", name))


@cache
def _vetoes(verb: str) -> frozenset[str]:
    table = word_table("triggers", "armed_doer_vetoes")
    return frozenset(str(w) for w in table.get(verb, []))


def doers_of(verb: Token) -> list[Token]:
    """The doer of a verb: its subject, its passive agent, the noun a relative clause describes ("gunmen
    who raided"), or the doer of the verb it is coordinated with ("arrived and raided the hotel")."""
    found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.tag_ not in RELATIVE_TAGS]
    found += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if found:
        return found
    if verb.dep_ in DESCRIBING_DEPS:
        return [verb.head]
    return doers_of(verb.head) if verb.dep_ == "conj" else []


def _armed(doer: Token, verb: str) -> bool:
    lemma = doer.lemma_.lower()
    if lemma in _vetoes(verb) or doer.lower_ in _vetoes(verb):
        return False
    if lemma in _list("armed_doers") or doer.lower_ in _list("armed_doers"):
        return True
    if any((c.dep_ == "amod" and c.lower_ in _list("armed_modifiers"))
           or (c.dep_ == "compound" and c.lemma_.lower() in _list("armed_doers")) for c in doer.children):
        return True  # "armed men", "gang members"
    return doer.ent_type_ in GROUP_ENTITIES and doer.pos_ == "PROPN"


def assailable(patient: Token, verb: str) -> bool:
    """A place or people an assault reaches: not an abstraction and not a venue or crowd of
    ``unassailed_objects``; a person or group for the verbs of ``person_patient_verbs`` ("eliminated five
    militants", not "eliminated 300 jobs": their other objects are of trade and sport)."""
    if verb in _list("person_patient_verbs"):
        return is_person(patient)
    return patient.lemma_.lower() not in _list("unassailed_objects") and not is_abstract(patient)


def _has_particle(verb: Token) -> bool:
    """Whether a verb that needs a particle (``armed_doer_particles``: "blew up") has it."""
    needed = _particles(verb.lemma_.lower())
    return not needed or any(c.dep_ == "prt" and c.lower_ in needed for c in verb.children)


@cache
def _particles(verb: str) -> frozenset[str]:
    return frozenset(str(w) for w in word_table("triggers", "armed_doer_particles").get(verb, []))


def sets_up_another_act(verb: Token) -> bool:
    """Whether a verb of ``armed_doer_verbs`` is told with an act of ``set_up_acts`` or a killing that is the
    event it began ("raided the village and killed six", "raided the town, killing two": the killing
    carries the toll, scene and sides, and the raid would be a second row of one event): a verb it is
    coordinated with or whose purpose or manner clause it heads ("raided the hideout to free ..."). The
    learned model's anchor on such a verb is refused too (``model_triggers``). A verb of
    ``person_patient_verbs`` is itself a killing ("eliminated 16 militants and rescued 104 passengers": the
    fight is told, not begun), so it sets up nothing."""
    lemma = verb.lemma_.lower()
    if lemma not in armed_doer_verbs() or lemma in _list("person_patient_verbs"):
        return False
    linked = [c for c in verb.children if c.dep_ in LINKED_DEPS]
    if verb.dep_ == "conj":
        linked.append(verb.head)
    _, killing = counting_lexicon()
    # A killing further down the storming's own clause ends it too: "stormed a village where they killed nine
    # farmers", "stormed a hotel and were overpowered after commandos shot dead four" (round 22: "storm").
    below = [t for t in verb.subtree if t is not verb and t.dep_ not in SPEECH_DEPS
             and t.pos_ in KILLING_TAGS]
    return any(t.lemma_.lower() in _list("set_up_acts") or t.lemma_.lower() in killing for t in linked) or \
        any(t.lemma_.lower() in killing for t in below)


def armed_verb(token: Token) -> str | None:
    """The type id a verb of ``armed_doer_verbs`` tells, when an armed doer does it to a place or
    people; else None."""
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX") or lemma not in armed_doer_verbs():
        return None
    patients = [c for c in token.children if c.dep_ in PATIENT_DEPS]
    if not patients or not all(assailable(p, lemma) for p in patients) or not _has_particle(token) \
            or sets_up_another_act(token):
        return None
    doers = doers_of(token)
    if not doers or not all(_armed(d, lemma) for d in doers):
        return None
    disposal = word_table("triggers", "munition_patient_types").get(lemma)
    return str(disposal) if disposal and any(is_munition(p) for p in patients) else armed_doer_verbs()[lemma]
