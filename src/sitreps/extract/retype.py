"""Re-typing a mention from its arguments, by the ``retype`` rules of ``data/taxonomy.yaml``.

A lexicon can give "attack" only one type; whether it was an armed clash or an
attack on civilians depends on who was attacked, whether a strike was an air
strike or shelling on what was fired, whether a detention was an arrest or an
abduction on who detained. The rules are data; this module only checks them
against the arguments the parse found.

Rules chain, as an ACLED coder's questions do: "drones attacked a market" is an
attack (armed clash by the lexicon), on civilians by its target, and an air strike by
its weapon, since ACLED codes remote violence by its means. A chain never goes back to
a type it has passed through: where two rules point at each other ("a drone fired a
missile"), the first re-typing stands, as it did before rules chained.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from sitreps.extract.english import words
from sitreps.extract.of_objects import OF, of_objects
from sitreps.extract.senses import LABOUR_TYPE, labour_stoppage, strikers_before
from sitreps.extract.taxonomy_schema import EventType, RetypeRule
from sitreps.extract.unhappened import restrained
from sitreps.models import ActorMention, Role
from sitreps.resolve.actor_infer import names_armed_group
from sitreps.resolve.registry_data import load_lexicon, registered

# Where the parse puts a role's words when the actor stage named no actor for it: "armed
# thugs who attacked" (the noun a relative clause hangs from), "troops kill 19 cartel
# members" (a direct object the registry cannot name). Dependency labels of spaCy's English models.
SUBJECT_DEPS = frozenset({"nsubj"})
AGENT_DEP = "agent"
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
RELATIVE_CLAUSE_DEP = "relcl"
CONJUNCT_DEP = "conj"  # "missiles slammed into the port and struck a warehouse": "struck" hangs on "slammed"
PREPOSITION_DEP = "prep"
PHRASE_DEPS = frozenset({"pobj", PREPOSITION_DEP})  # climbing "militants" -> "by" -> "attack"
RELATIVE_PRONOUN_TAGS = frozenset({"WP", "WDT"})  # "who", "which", "that": the clause's subject is its head noun
# The links of one phrase, from a word up to the trigger it describes: "arrested [40 protesters]
# [during [a [mass] demonstration]]". A clause on the way ("who had called for a protest", "a
# protest held last month") tells another event, so the word is not the trigger's.
# How the parse hangs a headline's scene on its verb ("Protests in Tbilisi: 48 arrested" gives
# "protests" as a loose fragment, or as the passive subject): a word naming a gathering cannot be
# arrested or arrest, so tied to the verb so it is where the arrests were made.
HEADLINE_SCENE_DEPS = frozenset({"dep", "nsubj", "nsubjpass", "npadvmod"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
NOUN_CLASSES = "noun_classes"  # data/en/noun_classes.yaml, WordNet's classes of common nouns
COUNT_POS = "NUM"  # "two of his guards": the counted noun hangs on the number through "of"
PHRASE_PATH_DEPS = frozenset({"pobj", "prep", "dobj", "compound", "amod", "nmod", "poss", "appos", "conj", "cc"})
# A clause that tells what the people were doing: "villagers [protesting against the dam]" (acl), "men [who
# had gathered]" (relcl), and the verb it goes on to ("gathered [to protest]": xcomp or advcl).
DOING_CLAUSE_DEPS = frozenset({"acl", RELATIVE_CLAUSE_DEP})
DOING_PURPOSE_DEPS = frozenset({"xcomp", "advcl"})
VERB_POS = "VERB"
PERSONAL_PRONOUN_TAG = "PRP"  # "them", "they"
ADVERBIAL_CLAUSE_DEP = "advcl"
PARTICIPLE_TAG = "VBG"  # "demonstrating": a present participle
# How a parse tells a word denied: "did not land" (neg), "no damage" (det), "no one was hurt" (the subject's det).
TRIGGER_WORDS = "triggers"  # data/en/triggers.yaml: its lists "nobody" and "support_verbs"
NEGATION_DEP = "neg"
DETERMINER_DEP = "det"
NEGATED_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _argument_tokens(doc: Doc, actors: Sequence[ActorMention], role: Role) -> list[Token]:
    tokens: list[Token] = []
    for actor in actors:
        if actor.role != role:
            continue
        span = doc.char_span(actor.evidence[0].start, actor.evidence[0].end, alignment_mode="expand")
        if span is not None:
            tokens.extend(span)
    return tokens


def _antecedent_words(trigger: Token) -> list[Token]:
    """The nouns a relative-clause trigger describes, up through "by"/"of" phrases; none for other triggers.

    "a rocket attack by Hezbollah militants that struck a field": the parse hangs "struck"
    on "militants", whose phrase hangs on "attack"; both nouns (with their modifiers) count.
    """
    if trigger.dep_ != RELATIVE_CLAUSE_DEP:
        return []
    words: list[Token] = []
    head = trigger.head
    while True:
        if head.dep_ != PREPOSITION_DEP:
            words += [*head.lefts, head]
        if head.dep_ not in PHRASE_DEPS or head.head.i == head.i:
            return words
        head = head.head


def _shared_subject(trigger: Token) -> list[Token]:
    """The subject a coordinated verb shares with the verb it hangs on, when it has none of its own:
    "two missiles slammed into the port and struck a warehouse" (the missiles struck); none for
    "artillery units withdrew and fighters killed five civilians", whose "killed" has its subject."""
    if trigger.dep_ != CONJUNCT_DEP or any(c.dep_ in SUBJECT_DEPS for c in trigger.children):
        return []
    return [t for c in trigger.head.children if c.dep_ in SUBJECT_DEPS for t in c.subtree
            if t.tag_ not in RELATIVE_PRONOUN_TAGS]


def _parsed_tokens(trigger: Token, role: Role) -> list[Token]:
    """The words the dependency parse gives ``role`` around a verb trigger (initiator or target only)."""
    if role == Role.INITIATOR:
        tokens = [t for c in trigger.children if c.dep_ in SUBJECT_DEPS for t in c.subtree
                  if t.tag_ not in RELATIVE_PRONOUN_TAGS]
        tokens += [t for c in trigger.children if c.dep_ == AGENT_DEP for t in c.subtree]
        # "armed thugs" of "armed thugs who attacked"
        return tokens or _shared_subject(trigger) or _antecedent_words(trigger)
    if role == Role.TARGET:
        return [t for c in trigger.children if c.dep_ in OBJECT_DEPS for t in c.subtree]
    return []


def _role_lemmas(trigger: Token, actors: Sequence[ActorMention], role: Role) -> set[str]:
    tokens = _argument_tokens(trigger.doc, actors, role) or _parsed_tokens(trigger, role)
    return {t.lemma_.lower() for t in tokens}


def _through_preposition(token: Token, trigger: Token, prepositions: frozenset[str]) -> bool:
    """Whether ``token`` hangs from ``trigger`` by phrase links only, the preposition nearest the
    trigger being one of ``prepositions``: "detained [at [a rally]]", "arrested dozens [in [a
    crackdown [on protests]]]" (the nearest is "in"). So do the people the act was done to
    ("detained [protest participants]", "the detention [of [protest participants]]"), and a
    headline's scene: "[Protests in Tbilisi]: 48 arrested" (the parse hangs it on the verb)."""
    nearest: Token | None = None
    while token.i != trigger.i:  # spaCy makes a new Token object on each access: compare positions
        if token.head.i == trigger.i and token.dep_ in HEADLINE_SCENE_DEPS | OBJECT_DEPS:
            return nearest is None  # the scene, or the people the act was done to: "detained protest participants"
        if token.dep_ not in PHRASE_PATH_DEPS or token.head.i == token.i:
            return False
        if token.dep_ == PREPOSITION_DEP:
            nearest = token
        token = token.head
    if nearest is not None and nearest.lemma_.lower() == OF and trigger.pos_ in NOUN_POS:
        return True  # a noun's object: "the detention of protest participants"
    return nearest is not None and nearest.lemma_.lower() in prepositions


def _behind_preposition(token: Token, trigger: Token, prepositions: frozenset[str]) -> bool:
    """Whether the path from ``token`` up to ``trigger`` passes one of ``prepositions``: "took control
    of the town [from [government troops]]" names who held the town; what was taken is the town."""
    while token.i != trigger.i and token.head.i != token.i:
        if token.dep_ == PREPOSITION_DEP and token.lemma_.lower() in prepositions:
            return True
        token = token.head
    return False


def _backing(token: Token, trigger: Token) -> bool:
    """Whether ``token`` names what backs the doers rather than their means: its path up to the trigger passes
    a verb of support ("troops [backed [by [a drone]]] raided the town"; ``support_verbs`` of
    ``data/en/triggers.yaml``). ACLED codes a ground assault with air or artillery cover by the ground fight."""
    support = words(TRIGGER_WORDS, "support_verbs")
    while token.i != trigger.i and token.head.i != token.i:
        token = token.head
        if token.i != trigger.i and token.pos_ == VERB_POS and token.lemma_.lower() in support:
            return True
    return False


def _taken_nouns(trigger: Token) -> list[Token]:
    """The nouns a trigger takes: its objects or passive subjects and their conjuncts, a number read through
    its "of" noun ("seized a chief and two of his sons": chief, sons)."""
    objects = [c for c in trigger.children if c.dep_ in OBJECT_DEPS]
    taken: list[Token] = []
    for head in objects + [conj for o in objects for conj in o.conjuncts]:
        counted = of_objects(head) if head.pos_ == COUNT_POS else []
        taken.extend(counted or [head])
    return taken


def _pronoun_antecedent(trigger: Token) -> list[Token]:
    """Whom a pronoun the trigger takes stands for, when the verb it is coordinated with names them: "troops
    pursued [the attackers] across the islands and killed 31 of them", "surrounded the gunmen and shot them".
    The two verbs share their subject, so "them" is the first verb's object; a pronoun told in another
    sentence is left unread."""
    taken = _taken_nouns(trigger)
    if trigger.dep_ != CONJUNCT_DEP or not taken or any(t.tag_ != PERSONAL_PRONOUN_TAG for t in taken):
        return []
    return [t for c in trigger.head.children if c.dep_ in OBJECT_DEPS for t in c.subtree]


def _doing_verbs(tokens: Sequence[Token]) -> list[Token]:
    """The verbs of the clauses that tell what the people of ``tokens`` were doing: "unarmed villagers
    protesting against the dam", "three men who had gathered to protest". An actor's evidence
    stops at its noun phrase, yet who the people were at that moment (protesters) is in the clause.
    The parse often hangs a participle right after the people on the main verb instead ("gunned down
    two youths [demonstrating ...]"); one with no comma between is theirs too ("fired on the village,
    killing five" is not)."""
    clauses = [c for t in tokens for c in t.children if c.dep_ in DOING_CLAUSE_DEPS and c.pos_ == VERB_POS]
    if tokens:
        doc, last = tokens[0].doc, max(t.i for t in tokens)
        after = doc[last + 1] if last + 1 < len(doc) else None
        if after is not None and after.dep_ == ADVERBIAL_CLAUSE_DEP and after.tag_ == PARTICIPLE_TAG:
            clauses.append(after)
    return clauses + [p for c in clauses for p in c.children if p.dep_ in DOING_PURPOSE_DEPS and p.pos_ == VERB_POS]


def _all_of_class(trigger: Token, noun_class: str) -> bool:
    """Whether the trigger takes nouns and every one is a common noun of ``noun_class``."""
    taken, members = _taken_nouns(trigger), words(NOUN_CLASSES, noun_class)
    return bool(taken) and all(t.pos_ == "NOUN" and t.lemma_.lower() in members for t in taken)


def _fires(rule: RetypeRule, trigger: Token, actors: Sequence[ActorMention], places: Sequence[Token]) -> bool:
    if restrained(trigger):
        return False  # "deployed water cannon but did not intervene": what was brought was not used on anyone
    if rule.unless_initiator and _role_lemmas(trigger, actors, Role.INITIATOR) & set(rule.unless_initiator):
        return False
    if any(a.role == rule.role and a.actor_type in rule.unless_actor_types and _decided(a) for a in actors):
        return False
    tokens = _argument_tokens(trigger.doc, actors, rule.role) or _parsed_tokens(trigger, rule.role)
    if rule.role == Role.INSTRUMENT:
        tokens.extend(trigger.subtree)
        tokens.extend(_shared_subject(trigger))  # "missiles slammed into the port and struck a warehouse"
        tokens.extend(_antecedent_words(trigger))  # "a rocket attack by militants that struck the field"
        # "killed ... on the eighth day of a national strike": a stoppage is no means of harm (round 27)
        tokens = [t for t in tokens if not strikers_before(t) and not _backing(t, trigger)]
    if rule.role == Role.TARGET:
        tokens.extend(t for head in places for t in head.subtree)  # what was taken: a town, or people
        tokens.extend(_doing_verbs(tokens))  # "fired on villagers protesting against the dam"
        tokens.extend(_pronoun_antecedent(trigger))  # "pursued the attackers and killed 31 of them"
    if rule.unless_prepositions:
        held_by = frozenset(rule.unless_prepositions)
        tokens = [t for t in tokens if not _behind_preposition(t, trigger, held_by)]
    lemmas = {t.lemma_.lower() for t in tokens}
    if lemmas & set(rule.unless):
        return False
    if rule.prepositions:
        preps = frozenset(rule.prepositions)
        tokens = [t for t in tokens if _through_preposition(t, trigger, preps)]
    if {t.lemma_.lower() for t in tokens if not _negated(t)} & set(rule.lemmas):
        return True
    if rule.object_class and _all_of_class(trigger, rule.object_class):
        return True
    return bool(rule.actor_types) and any(
        a.role == rule.role and a.actor_type in rule.actor_types and _decided(a) for a in actors)


def _decided(actor: ActorMention) -> bool:
    """Whether an actor's type is sure enough to veto a rule: the registry's, or a new name written as
    an armed group's ("the Free Hills Army seized Tarn"), not a noun typed by default."""
    return registered(actor.actor_id) or names_armed_group(actor.name, load_lexicon())


def _negated(token: Token) -> bool:
    """Whether the word is told as not having happened: "and no one was hurt", "nobody was injured",
    "caused no damage", "did not land". Harm denied is no harm: an interception whose clause says so
    stays the interception (round 16, whole-article fiction)."""
    nobody = words(TRIGGER_WORDS, "nobody")
    for child in token.children:
        if child.dep_ == NEGATION_DEP or (child.dep_ == DETERMINER_DEP and child.lemma_.lower() in nobody):
            return True
        if child.dep_ in NEGATED_SUBJECT_DEPS and (child.lemma_.lower() in nobody or any(
                d.dep_ == DETERMINER_DEP and d.lemma_.lower() in nobody for d in child.children)):
            return True
    return False


def _first_firing(event_type: EventType, trigger: Token, actors: Sequence[ActorMention],
                  places: Sequence[Token]) -> str | None:
    return next((rule.to for rule in event_type.retype if _fires(rule, trigger, actors, places)), None)


def retyped(event_type: EventType, trigger: Token, actors: Sequence[ActorMention], places: Sequence[Token],
            type_by_id: Callable[[str], EventType]) -> EventType:
    """The type the chain of firing rules ends at, or ``event_type`` itself when none fires.

    ``places`` are the heads of the type's place slots; a rule on the target reads
    them too, since "captured two suspects" fills the slot "captured the town" would.
    A verb told in its labour sense ("teachers strike over pay") starts the chain at a protest.
    """
    if labour_stoppage(trigger):
        event_type = type_by_id(LABOUR_TYPE)
    seen = {event_type.id}
    current = event_type
    while (to := _first_firing(current, trigger, actors, places)) is not None and to not in seen:
        current = type_by_id(to)
        seen.add(to)
    return current
