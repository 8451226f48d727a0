"""Who an attack, a strike or a bombing hit, when its report tells them away from the attack's verb.

ACLED codes the side hit as actor 2 of a strike or a bombing ("Civilians (Somalia)", the soldiers a
bomb killed), whom an IED hit and never who planted it, and the victims of an attack. Wire copy often
names them outside the clause of the event word, where the argument rules (``extract.arguments``)
do not look:

1. As what met the charge: "a convoy of the 5th brigade hit a landmine", "an army patrol vehicle drove
   over an explosive device", "a soldier stepped on a mine". The subject of a verb of meeting
   (``meeting_verbs`` in ``data/en/victims.yaml``) whose object is the charge is what it hit: an actor
   read from it as the doer becomes the target, and the charge itself, read as a target, is dropped.
2. As the site the event word's clause names (its objects and site prepositions, the event word the
   subject of a verb or with a participle hung on it): "a bomb went off near a police van", "two bombs
   exploded at a bus station", "bombings targeting banks". A site a force's or a person's noun
   qualifies ("a police van", "an army hospital") stands for itself, people it names for themselves
   ("shot at people who tried to flee", "blew himself up among army recruits"), and a place where
   unarmed people gather (``civilian_sites``) for the country's civilians, as ACLED codes a market
   bombing. The site is the civilians' evidence: the words that say whom the strike hit.
3. As the victims of the incident's own casualty figures: "a car bomb exploded at a checkpoint, killing
   seven soldiers", "the dead included three children". ``extract.toll_scope`` has already given each
   figure to its incident, so the victims are the person nouns the figure counts ("seven" of "seven
   soldiers"), never a tally over a war; the attacker who died with them ("killing himself and 30
   worshippers") and victims of the doer's own side are not.

Only incidents of ``victim_target_types`` (``data/incident_kinds.yaml``) that name no target take one
(2 and 3). A target the sentence names that is a civilian site ("a drone hit a school") is read as the
country's civilians, its evidence still the site; any other target the sentence names is kept, a thing
or a place too ("hit the village of Kafr Nabl, killing 12 civilians"): the project's own gold codes the
thing hit, and replacing it by the counted victims lowered its heldout target figure (round 14).

Relies on: the article's parsed doc and its incidents with their final types, sides and counts.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from sitreps.annotate.doctext import root_at
from sitreps.annotate.quantities import counting_lexicon, group_nouns
from sitreps.extract.actors import record_mention
from sitreps.extract.blamed_on import blamed_on
from sitreps.extract.carried_people import carried_people, with_carried_people
from sitreps.extract.english import words
from sitreps.extract.implied_actors import incident_countries
from sitreps.extract.kinds_file import type_list
from sitreps.extract.nouns import is_person_noun
from sitreps.extract.of_objects import of_objects
from sitreps.extract.story_targets import same_side
from sitreps.extract.victim_figures import casualty_word
from sitreps.models import ActorMention, Count, EventMention, Role, Span
from sitreps.resolve.actors import ActorRegistry

LISTS = "victims"
# Dependencies that hang a number, an article or an adjective on the noun it qualifies: climbing them
# from a figure ("seven") reaches the victims' noun ("soldiers").
QUALIFIER_DEPS = frozenset({"nummod", "quantmod", "det", "amod", "compound", "advmod", "npadvmod", "cc"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
OBJECT = "dobj"
PREPOSITION_OBJECT = "pobj"
SUBJECT = "nsubj"
PERSON_ENTITY = "PERSON"
# How the event word names its site: as the subject of a verb ("a blast tore through a market"), with a
# verb hung on it ("bombings targeting banks") or a preposition of its own ("an attack on a school").
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CLAUSE_DEPS = frozenset({"acl", "relcl"})
SITE_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# A site's modifiers that can name whose it is ("police station", "army hospital").
OWNER_DEPS = frozenset({"compound", "amod", "poss"})
# The name the registry knows a country's unarmed people by (as ACLED's "Civilians (Pakistan)").
CIVILIANS_NAME = "civilians"


def _is_person(token: Token) -> bool:
    """A named person, or a noun the counting lexicon or WordNet reads as people ("shoppers")."""
    persons, _ = counting_lexicon()
    return (token.ent_type_ == PERSON_ENTITY or token.lemma_.lower() in persons or token.lower_ in persons
            or is_person_noun(token))


def _counted_nouns(count: Count, doc: Doc) -> list[Token]:
    """The person nouns a casualty figure counts: "seven" of "seven soldiers", "30" of "himself and 30
    worshippers" (the reflexive attacker is left out)."""
    figure = count.evidence[0] if count.evidence else None
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand") if figure is not None else None
    nouns: list[Token] = []
    for token in span or ():
        noun = token
        while noun.dep_ in QUALIFIER_DEPS and noun.head.i != noun.i:
            noun = noun.head
        if noun.pos_ in NOUN_POS and _is_person(noun) and not casualty_word(noun) and noun not in nouns:
            nouns.append(noun)
    return nouns


def _phrase(nouns: Sequence[Token]) -> Span:
    """The words from the first noun's left edge to the last noun: "three children and two women"."""
    doc = nouns[0].doc
    start, end = min(n.left_edge.i for n in nouns), max(n.i for n in nouns) + 1
    words_span = doc[start:end]
    return Span(start=words_span.start_char, end=words_span.end_char, text=words_span.text)


def _actor(evidence: Span, registry: ActorRegistry, countries: Sequence[str]) -> ActorMention:
    """The target the evidence's words name, as written."""
    return _target(evidence.text, [evidence], registry, countries)


def _target(name: str, evidence: list[Span], registry: ActorRegistry, countries: Sequence[str]) -> ActorMention:
    return record_mention(Role.TARGET, name, registry.infer(name, context_countries=countries), evidence)


def _counted_victims(mention: EventMention, doc: Doc, registry: ActorRegistry,
                     countries: Sequence[str]) -> ActorMention | None:
    """The first of the incident's figures that counts people not of the doer's side (see the module, 3)."""
    doers = [a for a in mention.actors if a.role is Role.INITIATOR]
    for count in mention.counts:
        nouns = _counted_nouns(count, doc)
        if nouns:
            victim = _actor(_phrase(nouns), registry, countries)
            if not any(same_side(victim, d) for d in doers):
                return victim
    return None


def _meeter(charge: Token) -> Token | None:
    """The subject of the verb of meeting whose object is ``charge`` ("a convoy hit a landmine")."""
    verb = charge.head
    if charge.dep_ == PREPOSITION_OBJECT and charge.head.lower_ in words(LISTS, "meeting_prepositions"):
        verb = charge.head.head
    elif charge.dep_ != OBJECT:
        return None
    if verb.lemma_.lower() not in words(LISTS, "meeting_verbs"):
        return None
    subject = next((c for c in verb.children if c.dep_ == SUBJECT), None)
    return None if subject is not None and _set_off_by_armed(verb, subject) else subject


def _set_off_by_armed(verb: Token, subject: Token) -> bool:
    """An armed side that sets off or triggers a charge detonates it ("insurgents set off bombs outside two
    banks"): its doer, not what it hit, as a convoy that "set off a mine" is."""
    armed = words("unrest", "armed_side_words")
    return verb.lemma_.lower() in words(LISTS, "detonating_verbs") and any(
        t.lower_ in armed or t.lemma_.lower() in armed for t in subject.subtree)


def _charge(mention: EventMention, doc: Doc) -> Token | None:
    """The hidden charge the incident tells: its trigger, a target read from a charge noun, or the
    charge a verb of meeting told as the trigger governs ("stepped on a mine")."""
    spans = [mention.trigger, *(e for a in mention.actors if a.role is Role.TARGET for e in a.evidence)]
    for token in (t for t in (root_at(doc, s.start, s.end) for s in spans) if t is not None):
        if token.lemma_.lower() in words(LISTS, "mine_nouns"):
            return token
        governed = [g for c in token.children for g in ((c,) if c.dep_ == OBJECT else c.children)
                    if g.lemma_.lower() in words(LISTS, "mine_nouns")]
        if token.lemma_.lower() in words(LISTS, "meeting_verbs") and governed:
            return governed[0]
    return None


def _within(span: Span, token: Token) -> bool:
    """Whether ``span`` lies inside the phrase ``token`` heads."""
    return token.left_edge.idx <= span.start and span.end <= token.right_edge.idx + len(token.right_edge)


def _met_charge(mention: EventMention, doc: Doc, registry: ActorRegistry, countries: Sequence[str]) -> EventMention:
    """The incident with what met its charge as its target (see the module, 1)."""
    charge = _charge(mention, doc)
    meeter = _meeter(charge) if charge is not None else None
    if charge is None or meeter is None:
        return mention
    kept = [a for a in mention.actors if not (a.role is Role.TARGET and any(_within(e, charge) for e in a.evidence))]
    moved = [a.model_copy(update={"role": Role.TARGET}) if any(_within(e, meeter) for e in a.evidence) else a
             for a in kept]
    if not any(a.role is Role.TARGET for a in moved):
        named = _named_meeter(meeter, registry, countries)
        moved = [*moved, named] if named is not None else moved
    return mention.model_copy(update={"actors": moved})


def _named_meeter(meeter: Token, registry: ActorRegistry, countries: Sequence[str]) -> ActorMention | None:
    """What met the charge as an actor: a person ("a soldier") or the force its "of" phrase names ("a
    convoy of the 5th brigade"); a bare vehicle names nobody."""
    for noun in (meeter, *of_objects(meeter)):
        if _is_person(noun):
            return _actor(_phrase([noun]), registry, countries)
        phrase = _phrase([noun])
        if registry.resolve(phrase.text, context_countries=countries) is not None:
            return _actor(phrase, registry, countries)
    return None


def with_victims(mention: EventMention, doc: Doc, registry: ActorRegistry, countries: Sequence[str]) -> EventMention:
    """The attack, strike or bombing with whom it hit as its target where its clause names none."""
    if mention.type not in type_list("victim_target_types"):
        return mention
    countries = incident_countries(mention, countries)
    mention = _met_charge(mention, doc, registry, countries)
    mention = with_carried_people(mention, doc, registry, countries)
    mention = _sites_as_civilians(mention, doc, registry, countries)
    if any(a.role is Role.TARGET for a in mention.actors):
        return mention
    victim = _site_target(mention, doc, registry, countries) or _counted_victims(mention, doc, registry, countries)
    return mention if victim is None else mention.model_copy(update={"actors": [*mention.actors, victim]})


def _sites_as_civilians(mention: EventMention, doc: Doc, registry: ActorRegistry,
                        countries: Sequence[str]) -> EventMention:
    """The incident with each target that names a civilian site ("a drone hit a school") read as the
    country's civilians, its evidence still the site."""
    def civilian(actor: ActorMention) -> bool:
        roots = [root_at(doc, e.start, e.end) for e in actor.evidence]
        return actor.role is Role.TARGET and bool(roots) and all(r is not None and _civilian_site(r) for r in roots)
    if not any(civilian(a) for a in mention.actors):
        return mention
    actors = [_civilians(a.evidence, registry, countries) if civilian(a) else a for a in mention.actors]
    return mention.model_copy(update={"actors": actors})


def _civilians(evidence: list[Span], registry: ActorRegistry, countries: Sequence[str]) -> ActorMention:
    """The country's civilians, evidenced by the site that stands for them."""
    return _target(CIVILIANS_NAME, evidence, registry, countries)


def _civilian_site(site: Token) -> bool:
    return site.lemma_.lower() in words(LISTS, "civilian_sites") and not _owned(site) and not carried_people(site)


def _site_words(head: Token) -> list[Token]:
    """The nouns a verb or an event noun strikes: its objects and the objects of its site prepositions, but
    whom a verb of blame lays the act on ("police blamed the bombing on al-Shabaab militants": who did it)."""
    found = [c for c in head.children if c.dep_ in SITE_OBJECT_DEPS and c.i > head.i]
    found += [p for c in head.children if c.dep_ == "prep" and c.lower_ in words(LISTS, "site_prepositions")
              for p in c.children if p.dep_ == PREPOSITION_OBJECT and not blamed_on(p)]
    return [t for f in found for t in (f, *f.conjuncts)]


def _struck_sites(trigger: Token) -> list[Token]:
    """What the event word's clause says it hit (see the module, 2)."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ in CLAUSE_DEPS)]
    if trigger.dep_ in SUBJECT_DEPS:
        heads.append(trigger.head)
    return [t for h in heads for t in _site_words(h)]


def _owned(site: Token) -> bool:
    """A site a force's or a person's noun qualifies: "a police van", "an army hospital"."""
    return any(c.dep_ in OWNER_DEPS and (c.lemma_.lower() in group_nouns() or _is_person(c)) for c in site.children)


def _site_target(mention: EventMention, doc: Doc, registry: ActorRegistry,
                 countries: Sequence[str]) -> ActorMention | None:
    """Whom the site the event word's clause names stands for (see the module, 2)."""
    trigger = root_at(doc, mention.trigger.start, mention.trigger.end)
    for site in _struck_sites(trigger) if trigger is not None else ():
        if _owned(site) or _is_person(site):
            return _actor(_phrase([site]), registry, countries)
        if site.lemma_.lower() in words(LISTS, "civilian_sites"):
            return _civilians([_phrase([site])], registry, countries)
    return None


def with_told_victims(story: Sequence[EventMention], doc: Doc, registry: ActorRegistry,
                      countries: Sequence[str]) -> list[EventMention]:
    """The story's incidents, each attack, strike and bombing with the victims it tells apart from its verb."""
    return [with_victims(m, doc, registry, countries) for m in story]
