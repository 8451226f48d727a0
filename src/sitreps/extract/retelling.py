"""Whether a later mention can be a retelling of an earlier incident of its article.

Split from ``extract.consolidate`` (round 24): the test one pair of tellings must pass (``can_retell``) and
the ``Told`` record of a mention as the article tells it are its own job; ``extract.consolidate`` decides
which pairs are tried and in what order.
"""

from __future__ import annotations

from dataclasses import dataclass

from sitreps.extract.agreement import (
    days,
    either_province_namesake,
    figures_agree,
    initiators_agree,
    named_targets,
    names_spot,
    opens_within,
    places_agree,
    same_spot,
    share_named_target,
    times_agree,
)
from sitreps.extract.battle_strikes import battle_and_strike, same_unresolved, strike_sides_with_fight
from sitreps.extract.ceded_ground import ceded, folds_at_spot
from sitreps.extract.fight_for_ground import fight_for_ground
from sitreps.extract.headline_tellings import (
    summed_up,
)
from sitreps.extract.incident_kinds import host_type, incident_kinds, type_kind
from sitreps.extract.incident_time import stated_apart
from sitreps.extract.protest_sides import protest_days_apart
from sitreps.extract.unrest import armed_attack_apart, forces_damage_apart
from sitreps.models import (
    EventMention,
    Place,
    TimeRef,
)
from sitreps.resolve.registry_data import registered

# The refusal of two kinds of incident that nothing folds together (``retell_refusal``).
NO_FOLD = "two kinds, no fold"


@dataclass(frozen=True)
class Told:
    """One mention as the article tells it: does it refer back ("the attack"), does it open a new
    incident, on which place does its sentence open ("In Dhaka, ..."), is it in the headline or lead,
    its trigger's token index and those of the event words of its sentence it is bound to (one
    governs the other: "signed a ceasefire deal") or chained to in time ("after rebels attacked"),
    whether its trigger is a noun."""

    mention: EventMention
    anaphoric: bool = False
    fresh: bool = False
    opening_place: str | None = None
    lead: bool = False
    head: int = -1
    bound: frozenset[int] = frozenset()
    sequenced: frozenset[int] = frozenset()
    apart: frozenset[int] = frozenset()  # words a span of days sets apart ("a year after"): never one incident
    nominal: bool = False
    followed_up: bool = False  # a recent background incident the article may follow up (extract.background)
    nearest: bool = False  # refers to the incident told just before ("He was arrested"): tried latest first
    left: str | None = None  # the place a word of leaving names ("withdrew from Dedougou"; extract.incidents)
    headline: bool = False  # told in the headline (extract.victim_figures.in_headline)
    item: int = 0  # the item of a round-up or live blog it is told in, 0 outside any (extract.items)


def _related(first: EventMention, later: Told) -> bool:
    """For types of no listed kind (statements, arrests): a later mention refers back, shares an
    actor or a named target ("Sani Dauda" of "Ibrahim Sani Dauda"), or has no known actors of its
    own (two statements by two ministers stay two).

    Joining a later mention whose known actors fill only roles the first left unsaid ("soldiers
    captured", then "captured by Russia") was tried (round 9): right on fiction, but on real-news
    dev the joined retellings no longer linked across outlets as before (rows per event 1.487 ->
    1.513, initiator 0.719 -> 0.703; test unchanged), so it was dropped."""
    known = [a.actor_id for a in later.mention.actors if registered(a.actor_id)]
    if later.anaphoric or not known or share_named_target(first, later.mention):
        return True
    return any(a.actor_id in known for a in first.actors)


def _one_day(first: TimeRef | None, later: TimeRef | None) -> bool:
    """Both dated to one and the same day."""
    a, b = days(first), days(later)
    return a is not None and a == b and a[0] == a[1]


def _folds_unbound(first: EventMention, later: Told, first_in_lead: bool) -> bool:
    """Whether ``later`` folds into ``first`` (or ``first`` into it) though the two words are not bound: one
    is told in the headline or lead, both are dated to one day, and one is a host listed in
    ``absorbs_on_one_day_in_lead`` that absorbs the other ("peace deal signed in Havana" and "the two
    sides agreed to a ceasefire" of one day are one agreement)."""
    host = host_type(first.type, later.mention.type, governed=False)
    return (host is not None and type_kind(host) in incident_kinds().absorbs_on_one_day
            and (first_in_lead or later.lead) and _one_day(first.time, later.mention.time))


def _folds_at_spot(first: EventMention, first_left: str | None, later: Told) -> bool:
    """Whether one of the two folds into the other told in another sentence because both name one town
    (``absorbs_at_one_spot``: "rebels took control of Dedougou" and "troops had withdrawn from Dedougou"):
    the two resolved places are one spot, both name alike one village the gazetteer lacks ("overran Tin-Akof",
    "clashes in Tin-Akof", round 20), or the place a word of leaving names (``Told.left``) is the other's place."""
    sides = ((first, later.mention, later.left), (later.mention, first, first_left))
    return any(folds_at_spot(type_kind(host.type), other.type)
               and (same_spot(host.place, other.place) or _same_unresolved(host.place, other.place)
                    or names_spot(host.place, left))
               for host, other, left in sides)


def _left_elsewhere(battle: tuple[EventMention, EventMention], first: EventMention, first_left: str | None,
                    later: Told) -> bool:
    """Whether the part of a fight (``battle``: the fight and its part) is a leaving whose own words name a place
    the fight is not at ("Ukrainian troops withdrew from Kupiansk" beside fighting in Toretsk): the place rules
    read "from" as an origin, so the withdrawal takes the story's town, and only its word of leaving
    (``Told.left``) tells it left another one. Round 30, issue #13."""
    fight, part = battle
    left = later.left if part is later.mention else first_left
    return bool(left) and not names_spot(fight.place, left)


def _same_unresolved(first: Place | None, later: Place | None) -> bool:
    return first is not None and later is not None and same_unresolved(first, later)


def sided(first: EventMention, later: EventMention) -> tuple[EventMention, EventMention]:
    """The two with the doer of a part that cedes to the other's kind as its target (``extract.ceded_ground``:
    the troops that withdrew lost the town the other side took)."""
    return ceded(first, type_kind(later.type)), ceded(later, type_kind(first.type))


def can_retell(first: EventMention, later: Told, first_in_lead: bool = False, bound: bool = False,
               first_left: str | None = None, first_headline: bool = False, headline_told: bool = False) -> bool:
    """Whether ``later`` can be a retelling of the incident ``first`` is.

    Two types of one kind ("drone strike", "killed") are taken for one incident only
    where the headline or lead tells it, the later word refers back or is bound to
    it in one sentence, or both name one town: deep in an article, another type in
    another or an unnamed place is more often another incident of a round-up. Types
    of two kinds join only when the later word is bound or refers back and one folds
    into the other (``absorbs_when_bound``: "the truce agreement" is the ceasefire; for
    ``absorbs_when_governed`` the word must be bound: "agreed to withdraw" is the deal), or,
    for the hosts of ``absorbs_on_one_day_in_lead``, when the lead tells one of them
    and both are dated to one day, or, for ``absorbs_at_one_spot``, when both name one town (a capture and
    the withdrawal from that town, the withdrawer then the incident's target; ``first_left``: the town a word of
    leaving among ``first``'s retellings names). A bound word joins though it carries a later day (its phrase may
    date a phase of the incident: the day a truce takes effect); places and sides must still agree. A strike
    that backs a ground fight at the fight's town on its day (``extract.battle_strikes``) joins the fight deep in
    an article too, its doer being one of the fight's sides rather than a rival initiator; so does a part of the
    fight told in a sentence of its own (``battle_parts``: houses burnt, fighters captured, a side withdrawing).
    A headline naming a province by its namesake town and a lead naming a town of that province agree on
    place (``_headline_namesakes``; ``first_headline``: only the headline tells ``first`` so far).
    """
    return retell_refusal(first, later, first_in_lead, bound, first_left, first_headline, headline_told) is None


def retell_refusal(first: EventMention, later: Told, first_in_lead: bool = False, bound: bool = False,
                   first_left: str | None = None, first_headline: bool = False,
                   headline_told: bool = False) -> str | None:
    """The first guard of ``can_retell`` that ``later`` fails against ``first``, None when it can retell it: the
    excess-row breakdown of ``evaluate.realnews_kind_pairs`` names it (round 30), so the one test decides both."""
    mention = later.mention
    refers = later.anaphoric or bound
    same_kind = type_kind(first.type) == type_kind(mention.type)
    at_spot = _folds_at_spot(first, first_left, later)
    battle = battle_and_strike(first, mention)
    folds = ((refers and host_type(first.type, mention.type, governed=bound))
             or _folds_unbound(first, later, first_in_lead) or at_spot or battle is not None
             or (bound and bool(later.sequenced) and fight_for_ground(first, mention)))
    if battle is not None and _left_elsewhere(battle, first, first_left, later):
        return "a part leaving another place"
    if not (same_kind or folds):
        return NO_FOLD
    if later.fresh and not refers:
        return "opens a new incident"
    if forces_damage_apart(first, mention) or armed_attack_apart(first, mention):
        return "unrest apart"
    if first.type != mention.type and not (first_in_lead or later.lead or refers or battle
                                           or same_spot(first.place, mention.place)):
        return "another type deep in the body"
    if first.background != mention.background and not (first.background and days(mention.time) is None) \
            and not (later.followed_up and first_in_lead and days(first.time) is None):
        # "three years after Azerbaijan recaptured..." is not today's capture; an undated word after a
        # background incident no news incident took ("the arrest" of a man arrested in July) is its retelling,
        # and an undated lead ("HRW urges inquiry into air strike") is the recent incident it follows up
        return "background"
    if type_kind(mention.type) == mention.type and not (bound or at_spot or battle or _related(first, later)
                                                     or summed_up(first, later, headline_told)):
        return "unrelated sides of no kind"
    if later.opening_place and first.place and not refers and not opens_within(later.opening_place, first.place,
                                                                                   mention.place):
        return "opens on another place"
    if not refers and battle is None and not figures_agree(first, mention, first_in_lead) \
            and not (first_in_lead and later.lead and figures_agree(mention, first, lead_total=True)):
        # "the attack" refers back: a figure it disagrees on is a contradiction, not a new incident; a headline
        # may count one side's dead ("Three soldiers killed") and the lead then give the toll of both sides; a
        # fight's strike or part counts its own share of the fight's dead (``battle_strikes.fight_share``)
        return "tolls"
    if named_targets(first) and named_targets(mention) and not share_named_target(first, mention):
        return "named targets"
    if not bound and stated_apart(first, mention):
        return "days stated apart"
    if not (times_agree(first.time, mention.time) or (bound and _later_phase(first.time, mention.time))):
        return "days"
    if protest_days_apart(first, mention):
        return "protest days"
    if not (places_agree(first.place, mention.place)
            or _headline_namesakes(first.place, later, first_in_lead, first_headline)):
        return "places"
    if not (initiators_agree(*sided(first, mention))
            or (battle is not None and strike_sides_with_fight(*battle))):
        return "initiators"
    return None


def _headline_namesakes(first: Place | None, later: Told, first_in_lead: bool, first_headline: bool) -> bool:
    """Whether one of the two is told in the headline, the other in the lead below it, and one names the
    province by its namesake town ("Airstrike on Idlib town", "Gunmen abduct 30 in Kaduna") while the other
    names a town of that province (Ariha, Kajuru): a headline names the province in fewer words. Two towns
    below the headline, even in one lead sentence, stay two incidents ("drones struck Kharkiv overnight,
    and shelling hit Chuhuiv"): there the writer moves from town to town (as ``link.pair_gates.lead_namesakes``
    reads it across an article's reports)."""
    return (first_headline != later.headline and first_in_lead and later.lead
            and either_province_namesake(first, later.mention.place))


def _later_phase(first: TimeRef | None, later: TimeRef | None) -> bool:
    """Whether a word bound to an incident's word carries a day after the incident's: a phase of it ("agreed
    on Tuesday to a ceasefire that takes effect on June 20" dates the ceasefire word to the day it starts,
    not to a second ceasefire). An earlier day is not one ("an attack on Monday that followed clashes on
    Sunday"), nor is a pair chained by "after", which never reaches here as bound."""
    a, b = days(first), days(later)
    return a is not None and b is not None and b[0] > a[1]
