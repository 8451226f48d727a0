"""A force that kills or fights back after it was attacked answers an attack: the attackers did it.

"Soldiers shot dead nine gang members after they came under attack", "police killed four gunmen after
coming under fire", "troops killed 14 insurgents after being ambushed by the Front": the main verb's
subject fought back, and ACLED codes the attack's doer as the first actor, whoever prevailed. The
clause of the assault names its doer ("by the Front") or, as most often, none: those the answering
force killed or fought are then the attackers. So are those a killing names as attackers ("soldiers
killed six attackers who had stormed a base", "police responded, killing four of the assailants").

Both words of such a sentence can be the event's trigger: the main verb ("killed") or the assault
("attack", "ambushed"). Either way the answering force is the target and the attackers the initiator.
An incident that such a sentence retells takes its sides from it: a headline's "troops kill 19 cartel
members" names who prevailed, the body's "after they came under attack" who started it.

Relies on: the dependency parse; words from ``data/en/actor_roles.yaml`` (``assault_words``,
``undergoing_prepositions``, ``victim_clause_markers``, ``subordinate_subject_pronouns``,
``attacker_nouns``).
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from sitreps.extract.english import words
from sitreps.extract.slots import ROLE_LISTS, Slot, usable
from sitreps.models import ActorMention, EventMention, Role
from sitreps.resolve.normalise import fold

# Slots of the assault clause that name its doer.
_DOER_SLOTS = frozenset({"subj", "agent"})


def _suffers_assault(clause: Token) -> bool:
    """The clause's verb says its subject suffered an assault: a passive verb of assault ("were
    attacked", "being ambushed") or a verb with an assault "under" it ("came under fire")."""
    assaults = words(ROLE_LISTS, "assault_words")
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children)
    if passive and clause.lemma_.lower() in assaults:
        return True
    return any(c.dep_ == "prep" and c.lower_ in words(ROLE_LISTS, "undergoing_prepositions")
               and any(p.dep_ == "pobj" and p.lemma_.lower() in assaults for p in c.children)
               for c in clause.children)


def _shares_subject(clause: Token) -> bool:
    """The clause's subject is the main clause's: a pronoun ("after they were attacked") or none
    ("after being ambushed")."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return all(s.lower_ in words(ROLE_LISTS, "subordinate_subject_pronouns") for s in subjects)


def _main_verb(clause: Token) -> Token | None:
    """The verb an "after/when/as" clause hangs from: by ``advcl`` with its marker, or as the object of
    the preposition ("after being ambushed")."""
    markers = words(ROLE_LISTS, "victim_clause_markers")
    if clause.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in markers for c in clause.children):
        return clause.head
    prep = clause.head
    if clause.dep_ == "pcomp" and prep.lower_ in markers and prep.head.pos_ == "VERB":
        return prep.head
    return None


def assault_clause(verb: Token) -> Token | None:
    """The clause hanging from ``verb`` that says the verb's subject was attacked, if any."""
    for child in verb.children:
        clauses = [child] if child.dep_ == "advcl" else [c for c in child.children if c.dep_ == "pcomp"]
        for clause in clauses:
            if _main_verb(clause) == verb and _shares_subject(clause) and _suffers_assault(clause):
                return clause
    return None


def _clause_of(trigger: Token) -> Token:
    """The clause an assault word belongs to: its own verb, or the verb of "came under [attack]"."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ in words(ROLE_LISTS, "undergoing_prepositions"):
        return trigger.head.head
    return trigger


def _agents(clause: Token) -> list[Token]:
    return [p for c in clause.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def _sides(main: Token, clause: Token) -> list[Slot]:
    """The attackers (the clause's agent, else whom the main verb struck or fought "with": "troops
    clashed with gunmen after they were ambushed") and the force that answered."""
    attackers = _agents(clause) or [c for c in main.children if c.dep_ == "dobj"] or [
        p for c in main.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    answering = [c for c in main.children if c.dep_ == "nsubj"]
    return [Slot("subj", a) for a in attackers] + [Slot("subjpass", s) for s in answering]


def _answering_main(trigger: Token) -> Token | None:
    """The verb of the force that answered, when ``trigger`` tells an answered attack: the trigger
    itself, or the verb its assault clause hangs from."""
    if trigger.pos_ == "VERB" and assault_clause(trigger) is not None:
        return trigger
    clause = _clause_of(trigger)
    main = _main_verb(clause) if clause.pos_ in ("VERB", "AUX") else None
    return main if main is not None and assault_clause(main) == clause else None


def _names_attackers(head: Token) -> bool:
    """The phrase names people by their attacking: "six attackers", "four of the assailants"."""
    partitive = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"] if head.like_num else []
    return any(t.lemma_.lower() in words(ROLE_LISTS, "attacker_nouns") for t in (head, *partitive)) or (
        _told_attacking(head))


def _told_attacking(head: Token) -> bool:
    """The phrase's own relative clause says its people attacked: "killed 12 militants who attacked
    their base", "shot dead four gunmen who had stormed a bank" (the clause's subject is its relative
    pronoun, its verb an assault in the active voice; "militants who were hiding", "villagers who had
    been attacked" tell no attack of theirs)."""
    return any(c.dep_ == "relcl" and c.lemma_.lower() in words(ROLE_LISTS, "assault_words")
               and not any(g.dep_ in ("auxpass", "nsubjpass") for g in c.children)
               and any(g.dep_ == "nsubj" and g.lower_ in words(ROLE_LISTS, "relative_pronouns") for g in c.children)
               for c in head.children)


def _struck_attackers(slots: list[Slot]) -> list[Slot]:
    """A killing of attackers answers their attack: whom it struck did it, its doer is their target."""
    if not any(s.name == "obj" and _names_attackers(s.head) for s in slots):
        return slots
    sides = {"obj": "subj", "subj": "subjpass"}
    return [Slot(sides.get(s.name, s.name), s.head) for s in slots]


def answered(trigger: Token, slots: list[Slot]) -> list[Slot]:
    """The trigger's slots with the sides of an answered attack set right (see the module's docstring);
    unchanged when the sentence tells no attack on the force."""
    if trigger.pos_ == "VERB" and assault_clause(trigger) is None:
        slots = _struck_attackers(slots)
    clause = assault_clause(trigger) if trigger.pos_ == "VERB" else None
    if clause is not None:  # the main verb: "troops killed 14 insurgents after being ambushed"
        kept = [s for s in slots if s.name not in ("subj", "obj", "subjpass")]
        return usable(kept + _sides(trigger, clause))
    clause = _clause_of(trigger)
    main = _main_verb(clause) if clause.pos_ in ("VERB", "AUX") else None
    if main is None or assault_clause(main) != clause:
        return slots
    kept = [s for s in slots if s.name not in _DOER_SLOTS | {"subjpass"}]
    return usable(kept + _sides(main, clause))


def _same_party(one: ActorMention, other: ActorMention) -> bool:
    """By registry id, or by the head word of the names ("Soldiers" of a headline, "Malian soldiers")."""
    if one.actor_id is not None and one.actor_id == other.actor_id:
        return True
    heads = [fold(a.name).split()[-1:] for a in (one, other)]
    return bool(heads[0]) and heads[0] == heads[1]


def strikes_party(target: ActorMention, doer: ActorMention) -> bool:
    """Whether a target names the doer's party: one registry id, or the target's content words all among
    the doer's ("14 jihadists" of "Jihadist fighters", "nine of the militants" of "militants"; not
    "Ukrainian troops" of "Russian troops", which ``_same_party``'s head word would match)."""
    if target.actor_id is not None and target.actor_id == doer.actor_id:
        return True
    struck, doing = _content_words(target.name), _content_words(doer.name)
    return bool(struck) and struck <= doing


def _content_words(name: str) -> frozenset[str]:
    """A name's words, folded, without stop words and counts, each without a plural "s"."""
    return frozenset(w.removesuffix("s") for w in fold(name).split() if w.isalpha() and w not in STOP_WORDS)


def with_answered_sides(mention: EventMention, doc: Doc) -> EventMention:
    """The incident with the sides its answered-attack telling gives first, and the answering force no
    longer among its initiators; unchanged when none of its tellings tells an answered attack."""
    for span in (mention.trigger, *mention.retellings):
        tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
        if tokens is None or _answering_main(tokens.root) is None:
            continue
        sentence = tokens.root.sent
        told = [a for a in mention.actors if a.role in (Role.INITIATOR, Role.TARGET)
                and sentence.start_char <= a.evidence[0].start < sentence.end_char]
        answering = [a for a in told if a.role is Role.TARGET]
        if not any(a.role is Role.INITIATOR for a in told) or not answering:
            continue
        rest = [a for a in mention.actors if a not in told and not (
            a.role is Role.INITIATOR and any(_same_party(a, t) for t in answering))]
        return mention.model_copy(update={"actors": [*told, *rest]})
    return mention
