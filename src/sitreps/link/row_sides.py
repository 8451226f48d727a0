"""How an ACLED row sides a mention's actors: who is its actor 1 and who its actor 2.

A mention keeps who did what as its report tells it ("police dispersed the students", "five soldiers
were killed in clashes with militants", "a truce between the army and the Front"); the row it joins
codes the event as ACLED does: a clash's or an agreement's first party is actor 1, the crowd of a protest
the forces broke up stays actor 1 though the forces acted (not one they met with lethal force), and among
the struck a named party before a bare count or a thing. These rules read one mention alone and know
nothing of other reports, so they live apart from the values a mention contributes
(``link.contributions``, which asks ``row_actors`` for its actors) and from how reports' values are weighed
against each other (``link.consensus``).
"""

from __future__ import annotations

from sitreps.extract.actor_checks import FORCE_TYPES
from sitreps.extract.english import plain_singular, words
from sitreps.extract.unrest import armed_side, state_force
from sitreps.link.crowds import crowd_actor
from sitreps.models import ActorMention, EventMention, Role, Span
from sitreps.resolve.normalise import counts_only, fold

# ACLED sub-events told with parties rather than a doer and a victim (deals, truces; clashes "between X
# and Y"), whose actor 1 is the first party named and actor 2 the next.
SIDED_SUB_EVENTS = frozenset({"Agreement", "Armed clash"})
# ACLED sub-events told with two fighting sides, one of which a report may name only as its dead.
FOUGHT_SUB_EVENTS = frozenset({"Armed clash"})
# ACLED sub-events of a protest the state's forces met without lethal force: the protesters stay actor 1
# and the forces are actor 2 (ACLED codebook, "Protests"), though the report tells the forces as the doer
# ("police fired tear gas at students"); the real-news and wire gold code them so. Excessive force against
# protesters is not among them (round 29): the forces that fired on the crowd are its doer, as the wire
# gold codes every such row (wire dev WW24 had the student initiate and the police as target), the real-news
# gold's Iranian rows name the forces as initiators, and the real-news Nigerian rows that keep the crowd
# first are typed otherwise by the rows that report them.
CROWD_FIRST_SUB_EVENTS = frozenset({"Protest with intervention"})
# ACLED sub-events of a crowd's violence (Riots): the rioters are actor 1 whoever the report tells as the doer.
RIOT_SUB_EVENTS = frozenset({"Violent demonstration"})
# The word lists of unrest and armed sides (``data/en/unrest.yaml``).
UNREST_LISTS = "unrest"


def row_actors(mention: EventMention) -> list[ActorMention]:
    """A mention's actors with their roles and order as the row codes them: parties of an agreement or a
    clash sided, a clash told by its dead sided, a protest's or a riot's crowd first, named targets first, and
    targets of the doers' own armed side last."""
    m = mention
    sided = _rioters_initiate(_crowd_initiates(_fallen_side_initiates(_first_party_initiates(m), m), m), m)
    return _own_side_last(_named_targets_first(sided, m))


def _first_party_initiates(mention: EventMention) -> list[ActorMention]:
    """A report's actors, the parties of an agreement or a clash sided as ACLED codes them.

    An agreement or a clash names parties, not a doer and a victim (the mention keeps them as
    participants), but ACLED codes its first party as actor 1 and the second as actor 2: "the
    government announced a ceasefire with the Front", "a truce between the army and the Front",
    "clashes between the army and the RSF killed 20" have the government and the army as the row's
    initiator, the Front and the RSF as its target. A named initiator or target is kept as it is (a
    target that only counts the struck, "killed 20 people", names no side); further parties stay
    participants.
    """
    actors = mention.actors
    if mention.acled is None or mention.acled.sub_event_type not in SIDED_SUB_EVENTS or any(
            a.role is Role.INITIATOR for a in actors):
        return actors
    parties = sorted((a for a in actors if a.role is Role.PARTICIPANT), key=_text_order)
    named_target = any(a.role is Role.TARGET and not counts_only(a.name) for a in actors)
    sides = [Role.INITIATOR] if named_target else [Role.INITIATOR, Role.TARGET]
    sided = {id(party): role for party, role in zip(parties, sides, strict=False)}  # more parties stay
    return [a.model_copy(update={"role": sided[id(a)]}) if id(a) in sided else a for a in actors]


def _fallen_side_initiates(actors: list[ActorMention], mention: EventMention) -> list[ActorMention]:
    """A clash told by what it cost one side, sided as its parties: "five soldiers were killed in clashes
    with militants", "two policemen died in a gunfight with bandits" name both sides as what the clash
    struck and no doer. Both are fighting sides (a state force or an armed side by its noun): the state's
    force is actor 1 and the other actor 2, whichever fell ("five Maoists killed in an encounter with
    security forces": the forces, as the real-news and wire dev gold code such clashes, round 27), else
    the first named; civilians killed in a clash ("clashes with militants killed five villagers") are no
    side and leave it as it is."""
    if mention.acled is None or mention.acled.sub_event_type not in FOUGHT_SUB_EVENTS or any(
            a.role in (Role.INITIATOR, Role.PARTICIPANT) for a in actors):
        return actors
    sides = sorted((a for a in actors if a.role is Role.TARGET and (state_force(a) or armed_side(a))),
                   key=lambda a: (not state_force(a), _text_order(a)))
    if len(sides) < 2:
        return actors
    return [a.model_copy(update={"role": Role.INITIATOR}) if a is sides[0] else a for a in actors]


def _crowd_initiates(actors: list[ActorMention], mention: EventMention) -> list[ActorMention]:
    """A protest the state's forces broke up, sided as ACLED codes it: the crowd is actor 1.

    The mention keeps who did what ("police dispersed the students": the police's act, for the
    mention-level record); the row codes the protest, whose initiator is the crowd and whose
    target is the forces that met it. A mention whose initiator is no state force is kept as it is.
    An incident that names the crowd as a doer too ("police fired tear gas to disperse hundreds of young
    men protesting", merged) keeps it so, and the forces become its first targets, ahead of the crowd
    that they struck: swapping every role would make the crowd struck its own second actor.
    """
    if mention.acled is None or mention.acled.sub_event_type not in CROWD_FIRST_SUB_EVENTS:
        return actors
    forces = [a for a in actors if a.role is Role.INITIATOR and a.actor_type in FORCE_TYPES]
    if not forces:
        return actors
    if any(a.role is Role.INITIATOR and a not in forces for a in actors):
        return [*(a.model_copy(update={"role": Role.TARGET}) for a in forces), *(a for a in actors if a not in forces)]
    swapped = {Role.INITIATOR: Role.TARGET, Role.TARGET: Role.INITIATOR}
    return [a.model_copy(update={"role": swapped[a.role]}) if a.role in swapped else a for a in actors]


def _rioters_initiate(actors: list[ActorMention], mention: EventMention) -> list[ActorMention]:
    """A riot told by the forces that met it, sided as ACLED codes it: the crowd is actor 1.

    "Security forces fired tear gas to break up an opposition protest, and youths burned tyres" typed a
    violent demonstration has only the forces as doers and the crowd among whom they struck; the riot is the
    crowd's act (ACLED, "Riots"), the forces its actor 2. Only where every initiator is a state force and a
    target is a crowd's people (``link.crowds.crowd_actor``: "protesters", "students"): the crowd's targets
    become its initiators, the forces its first targets, other targets stay."""
    if mention.acled is None or mention.acled.sub_event_type not in RIOT_SUB_EVENTS:
        return actors
    initiators = [a for a in actors if a.role is Role.INITIATOR]
    if not initiators or not all(map(state_force, initiators)):
        return actors
    crowd = [a for a in actors if a.role is Role.TARGET and not state_force(a) and crowd_actor(f"name:{a.name}")]
    if not crowd:
        return actors
    rest = [a for a in actors if a not in initiators and a not in crowd]
    return [*(a.model_copy(update={"role": Role.INITIATOR}) for a in crowd),
            *(a.model_copy(update={"role": Role.TARGET}) for a in initiators), *rest]


def _text_order(actor: ActorMention) -> int:
    return actor.evidence[0].start if actor.evidence else 0


def _named_targets_first(actors: list[ActorMention], mention: EventMention) -> list[ActorMention]:
    """A report's actors with the targets that only count the struck ("killing hundreds") ranked after
    those that say who or what was struck ("a hospital"): the headline "airstrike on hospital kills
    hundreds" names the hospital as what was hit. A count stays the target when nothing else is named.

    Then, where the first target is a thing or place that no party stands for (no actor id: "a village",
    "a fuel depot") and the report's own sentence names a party among its targets ("killed seven
    villagers in an attack on a village"), that party comes first: ACLED's actor 2 is who suffered.
    Only the sentence that tells the incident promotes a party: a merged incident also holds the targets
    of its other tellings, often the doer's own men ("troops killed 22 of the insurgents as they
    retreated"), and among parties the order the extractor gave (``extract.consolidate``) stands."""
    ranked = sorted(actors, key=lambda a: a.role is Role.TARGET and counts_only(a.name))
    targets = [a for a in ranked if a.role is Role.TARGET]
    if not targets or targets[0].actor_id is not None:
        return ranked
    party = next((a for a in targets if _party_told_in(a, mention.sentence)), None)
    return ranked if party is None else [party, *(a for a in ranked if a is not party)]


def _party_told_in(actor: ActorMention, sentence: Span) -> bool:
    """A party (an actor the resolver knows or inferred, not a bare count) named in ``sentence``."""
    return (actor.actor_id is not None and not counts_only(actor.name)
            and any(sentence.start <= e.start and e.end <= sentence.end for e in actor.evidence))


def _own_side_last(actors: list[ActorMention]) -> list[ActorMention]:
    """Targets that name the initiators' own armed side ranked after the other targets.

    A merged incident also holds what its other tellings say the doers lost ("separatists ambushed an
    armoured car ... three separatist fighters were killed"): the separatists are who attacked, not the
    struck, and ACLED's actor 2 is never actor 1's own side. A target sharing a word of an armed side
    (``armed_side_words`` of ``data/en/unrest.yaml``: "separatists", "gunmen", "rebels") with an initiator's
    name is the doers' own; a people's or a state's word ("Sudanese", "soldiers") is on both sides of many
    an incident and says nothing."""
    own = {w for a in actors if a.role is Role.INITIATOR for w in _side_words(a.name)}
    if not own:
        return actors
    return sorted(actors, key=lambda a: a.role is Role.TARGET and bool(_side_words(a.name) & own))


def _side_words(name: str) -> set[str]:
    """The words of a name that name an armed side, singular ("separatist" of "Anglophone separatists")."""
    return {plain_singular(w) for w in fold(name).split() if w in words(UNREST_LISTS, "armed_side_words")}
