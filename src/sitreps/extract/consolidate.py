"""Incidents within one article: the mentions that tell one incident become one mention.

Articles tell their main incident several times: "Drone attack kills two in X" in
the headline, "Russian drones struck X overnight" in the lead, "our city was hit
again" in a quote. Each retelling is a mention; an analyst wants one row. A later
mention joins the first earlier incident it can be a retelling of: a type of the
same kind (``data/incident_kinds.yaml``), no disagreement on place, day or
initiator, and figures that agree (``extract.agreement``: a district of the town is
the town; "at least 12" and 14 agree, 24 and 52 do not; the lead's "three killed"
holds a later "two children were killed"). A sentence that opens a new incident ("Separately, ...", "Meanwhile
in X", ``data/en/incidents.yaml``) starts a new one unless it refers back.

The merged mention is cited by its richest retelling (the lead that gives actors,
place and day over a terse headline), lists the others' triggers as ``retellings``,
and takes the most specific value of each field: the weapon's type over a bare
attack, the day over the month, the town over the country, the narrowest figure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from sitreps.errors import ConfigError
from sitreps.extract.agreement import (
    days,
    either_province_namesake,
    figures_agree,
    initiators_agree,
    interval,
    named_targets,
    names_spot,
    opens_within,
    places_agree,
    province_namesake,
    reaches_bound,
    same_sides,
    same_spot,
    share_named_target,
    times_agree,
)
from sitreps.extract.answered import strikes_party
from sitreps.extract.battle_strikes import battle_and_strike, fight_share, same_unresolved, strike_sides_with_fight
from sitreps.extract.casualty_wording import without_combined_deaths
from sitreps.extract.ceded_ground import ceded, folds_at_spot
from sitreps.extract.english import without_possessive
from sitreps.extract.fight_for_ground import fight_for_ground
from sitreps.extract.guessed_weapon import named_weapon_type
from sitreps.extract.headline_tellings import (
    cause_told_in_body,
    headline_only,
    hedge_below_headline,
    retold_after_opener,
    summed_up,
)
from sitreps.extract.incident_time import finest_time, incident_time, stated_apart
from sitreps.extract.kinds_file import kinds_data, type_kinds
from sitreps.extract.named_doers import named_first
from sitreps.extract.place_ranking import breadth
from sitreps.extract.protest_sides import crowd_first, one_protest_in_sequence, protest_days_apart
from sitreps.extract.toll_additions import add_ups, is_addition
from sitreps.extract.toll_scope import latest_first
from sitreps.extract.unfought_ground import unfought
from sitreps.extract.unrest import armed_attack_apart, forces_damage_apart
from sitreps.models import (
    ActorMention,
    Attribution,
    Count,
    DatePrecision,
    EventMention,
    Modality,
    Place,
    PlacePrecision,
    Role,
    SourceKind,
    TimeRef,
)
from sitreps.resolve.normalise import fold
from sitreps.resolve.registry_data import registered

# Which attribution a merged mention keeps: most specific first.
SOURCE_SPECIFICITY = (SourceKind.NAMED_OFFICIAL, SourceKind.NAMED_PERSON, SourceKind.ORGANISATION, SourceKind.MEDIA,
                      SourceKind.ANONYMOUS, SourceKind.VAGUE, SourceKind.NONE)
# Most assertive first: an incident one retelling reports plainly is reported.
MODALITY_ORDER = (Modality.REPORTED, Modality.ALLEGED, Modality.DENIED, Modality.PLANNED, Modality.THREATENED,
                  Modality.HYPOTHETICAL, Modality.NEGATED)


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
    followed_up: bool = False  # a recent background incident the article may follow up (extract.eventness)
    nearest: bool = False  # refers to the incident told just before ("He was arrested"): tried latest first
    left: str | None = None  # the place a word of leaving names ("withdrew from Dedougou"; extract.incidents)
    headline: bool = False  # told in the headline (extract.victim_figures.in_headline)
    item: int = 0  # the item of a round-up or live blog it is told in, 0 outside any (extract.items)


@dataclass(frozen=True)
class Kinds:
    """Event types grouped into kinds of incident, each kind's types most specific first."""

    kind_of: dict[str, str]
    order: dict[str, int]
    crowd_with: str
    crowd_protests: frozenset[str]
    crowd_becomes: str
    absorbs: dict[str, frozenset[str]]
    absorbs_governed: dict[str, frozenset[str]]  # absorbed only when one word governs the other (see the yaml)
    absorbs_on_one_day: frozenset[str]  # hosts that fold their absorbed types in unbound (see below)
    absorbs_sequenced: dict[str, frozenset[str]]  # absorbed though chained by "after" (see the yaml)
    catch_all: frozenset[str]  # each kind's least specific type, the last of its list
    named_by_noun: frozenset[str]
    means: frozenset[str]
    refines: dict[str, frozenset[str]]  # a particular means -> the general means its retellings may name
    victims: frozenset[str]
    other_side: frozenset[str]  # types whose doer is the other side of their kind (see the yaml)


@lru_cache(maxsize=1)
def incident_kinds() -> Kinds:
    """``data/incident_kinds.yaml``, read once."""
    data = kinds_data()
    try:
        kind_of = type_kinds()
        order = {t: i for types in data["kinds"].values() for i, t in enumerate(types)}
        crowd = data["crowd_violence"]
        absorbs = {host: frozenset(types) for host, types in data["absorbs_when_bound"].items()}
        governed = {host: frozenset(types) for host, types in data["absorbs_when_governed"].items()}
        catch_all = frozenset(types[-1] for types in data["kinds"].values())
        return Kinds(kind_of=kind_of, order=order, crowd_with=crowd["when_with"],
                     crowd_protests=frozenset(crowd["protest_types"]), crowd_becomes=crowd["becomes"],
                     absorbs=absorbs, absorbs_governed=governed,
                     absorbs_on_one_day=frozenset(data["absorbs_on_one_day_in_lead"]),
                     absorbs_sequenced={host: frozenset(types)
                                        for host, types in data["absorbs_when_sequenced"].items()},
                     catch_all=catch_all, named_by_noun=frozenset(data["named_by_noun"]),
                     means=frozenset(data["means"]),
                     refines={t: frozenset(general) for t, general in data["refines"].items()},
                     victims=frozenset(data["victims"]),
                     other_side=frozenset(data["other_side"]))
    except (KeyError, TypeError, AttributeError) as error:
        raise ConfigError(f"data/incident_kinds.yaml: a section is missing or not a list ({error})") from error


def _kind(type_id: str) -> str:
    return incident_kinds().kind_of.get(type_id, type_id)


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


def _host(first: str, later: str, governed: bool = True) -> str | None:
    """Of two types of different kinds, the one whose incident the other folds into when bound;
    ``governed``: one word governs the other, so the types of ``absorbs_when_governed`` fold too."""
    kinds = incident_kinds()
    maps = (kinds.absorbs, kinds.absorbs_governed) if governed else (kinds.absorbs,)
    for host, other in ((first, later), (later, first)):
        if any(other in absorbs.get(key, frozenset()) for absorbs in maps for key in (host, _kind(host))):
            return host
    return None


def _outcome_of(first: EventMention, later: EventMention) -> bool:
    """Whether two words chained by "after"/"before" in one sentence are one incident all the same: one
    is an attack that absorbs the other so (``absorbs_when_sequenced``: the destruction done to its
    victims) and the two name no different doers or victims ("12 people were burned alive after their
    shelters were set on fire"). "Protesters set fire to a police station after police shot a
    teenager" names two doers: two incidents."""
    absorbs = incident_kinds().absorbs_sequenced
    folds = any(other in absorbs.get(host, frozenset())
                for host, other in ((first.type, later.type), (later.type, first.type)))
    return folds and same_sides(first, later)


def _one_day(first: TimeRef | None, later: TimeRef | None) -> bool:
    """Both dated to one and the same day."""
    a, b = days(first), days(later)
    return a is not None and a == b and a[0] == a[1]


def _folds_unbound(first: EventMention, later: Told, first_in_lead: bool) -> bool:
    """Whether ``later`` folds into ``first`` (or ``first`` into it) though the two words are not bound: one
    is told in the headline or lead, both are dated to one day, and one is a host listed in
    ``absorbs_on_one_day_in_lead`` that absorbs the other ("peace deal signed in Havana" and "the two
    sides agreed to a ceasefire" of one day are one agreement)."""
    host = _host(first.type, later.mention.type, governed=False)
    return (host is not None and _kind(host) in incident_kinds().absorbs_on_one_day
            and (first_in_lead or later.lead) and _one_day(first.time, later.mention.time))


def _folds_at_spot(first: EventMention, first_left: str | None, later: Told) -> bool:
    """Whether one of the two folds into the other told in another sentence because both name one town
    (``absorbs_at_one_spot``: "rebels took control of Dedougou" and "troops had withdrawn from Dedougou"):
    the two resolved places are one spot, both name alike one village the gazetteer lacks ("overran Tin-Akof",
    "clashes in Tin-Akof", round 20), or the place a word of leaving names (``Told.left``) is the other's place."""
    sides = ((first, later.mention, later.left), (later.mention, first, first_left))
    return any(folds_at_spot(_kind(host.type), other.type)
               and (same_spot(host.place, other.place) or _same_unresolved(host.place, other.place)
                    or names_spot(host.place, left))
               for host, other, left in sides)


def _same_unresolved(first: Place | None, later: Place | None) -> bool:
    return first is not None and later is not None and same_unresolved(first, later)


def _sided(first: EventMention, later: EventMention) -> tuple[EventMention, EventMention]:
    """The two with the doer of a part that cedes to the other's kind as its target (``extract.ceded_ground``:
    the troops that withdrew lost the town the other side took)."""
    return ceded(first, _kind(later.type)), ceded(later, _kind(first.type))


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
    mention = later.mention
    refers = later.anaphoric or bound
    same_kind = _kind(first.type) == _kind(mention.type)
    at_spot = _folds_at_spot(first, first_left, later)
    battle = battle_and_strike(first, mention)
    folds = ((refers and _host(first.type, mention.type, governed=bound))
             or _folds_unbound(first, later, first_in_lead) or at_spot or battle is not None
             or (bound and bool(later.sequenced) and fight_for_ground(first, mention)))
    if not (same_kind or folds) or (later.fresh and not refers) or forces_damage_apart(first, mention) \
            or armed_attack_apart(first, mention):
        return False
    if first.type != mention.type and not (first_in_lead or later.lead or refers or battle
                                           or same_spot(first.place, mention.place)):
        return False
    if first.background != mention.background and not (first.background and days(mention.time) is None) \
            and not (later.followed_up and first_in_lead and days(first.time) is None):
        # "three years after Azerbaijan recaptured..." is not today's capture; an undated word after a
        # background incident no news incident took ("the arrest" of a man arrested in July) is its retelling,
        # and an undated lead ("HRW urges inquiry into air strike") is the recent incident it follows up
        return False
    if _kind(mention.type) == mention.type and not (bound or at_spot or battle or _related(first, later)
                                                     or summed_up(first, later, headline_told)):
        return False
    if later.opening_place and first.place and not refers and not opens_within(later.opening_place, first.place,
                                                                                   mention.place):
        return False
    if not refers and battle is None and not figures_agree(first, mention, first_in_lead) \
            and not (first_in_lead and later.lead and figures_agree(mention, first, lead_total=True)):
        # "the attack" refers back: a figure it disagrees on is a contradiction, not a new incident; a headline
        # may count one side's dead ("Three soldiers killed") and the lead then give the toll of both sides; a
        # fight's strike or part counts its own share of the fight's dead (``battle_strikes.fight_share``)
        return False
    if named_targets(first) and named_targets(mention) and not share_named_target(first, mention):
        return False
    if not bound and stated_apart(first, mention):
        return False
    return ((times_agree(first.time, mention.time) or (bound and _later_phase(first.time, mention.time)))
            and not protest_days_apart(first, mention)
            and (places_agree(first.place, mention.place)
                 or _headline_namesakes(first.place, later, first_in_lead, first_headline))
            and (initiators_agree(*_sided(first, mention))
                 or (battle is not None and strike_sides_with_fight(*battle))))


def _headline_namesakes(first: Place | None, later: Told, first_in_lead: bool, first_headline: bool) -> bool:
    """Whether one of the two is told in the headline, the other in the lead below it, and one names the
    province by its namesake town ("Airstrike on Idlib town", "Gunmen abduct 30 in Kaduna") while the other
    names a town of that province (Ariha, Kajuru): a headline names the province in fewer words. Two towns
    below the headline, even in one lead sentence, stay two incidents ("drones struck Kharkiv overnight,
    and shelling hit Chuhuiv"): there the writer moves from town to town (as ``link.scoring._lead_namesakes``
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


def _merged_type(types: Sequence[str]) -> str:
    kinds = incident_kinds()
    host = _host(types[0], types[1])
    if host is not None:
        return host
    best = min(types, key=lambda t: kinds.order.get(t, len(kinds.order)))
    if kinds.crowd_with in types and best in kinds.crowd_protests:
        return kinds.crowd_becomes
    return best


def _better_attribution(first: EventMention, later: EventMention) -> Attribution | None:
    """The most specific source wins: a named official over "the army", any source over none."""
    candidates = [a for a in (first.attribution, later.attribution) if a is not None]
    if not candidates:
        return None
    best = min(candidates, key=lambda a: SOURCE_SPECIFICITY.index(a.source_kind))
    fuller = [a for a in candidates if a.source_kind is best.source_kind and _names_in_full(a, best)]
    return fuller[0] if fuller else best


def _names_in_full(fuller: Attribution, short: Attribution) -> bool:
    """Whether ``fuller`` names the body ``short`` names, with more words: "Russia's defence ministry" of a
    headline's "Russia", "Sudan's army" of "the army" (the lead names in full whom the headline shortens)."""
    long_words, short_words = _name_words(fuller.source), _name_words(short.source)
    return bool(short_words) and short_words < long_words


def _name_words(source: str | None) -> set[str]:
    """The words of a source's name, folded, without possessive endings or a leading "the"."""
    words = [without_possessive(w.lower()) for w in (source or "").split()]
    return {fold(w) for w in (words[1:] if words[:1] == ["the"] else words)}


def _tellers(mention: EventMention) -> list[Attribution]:
    """Who told each sentence merged into ``mention`` (``EventMention.tellers``): one sentence's own source,
    a sentence no claim covers as the writer's voice (no source)."""
    if mention.tellers:
        return mention.tellers
    return [mention.attribution or Attribution(source=None, source_kind=SourceKind.NONE, evidence=[mention.sentence])]


def _narrowest(counts: Sequence[Count]) -> list[Count]:
    """One count per thing counted: the narrowest interval; on ties the latest toll the article revises
    ("the death toll rose to 30" over the lead's "killing 12": ``toll_scope.latest_first``), else the first.
    Of one figure told bare and told as a bound (a headline's "kill 12", the lead's "at least 12"), the
    bound: headlines drop "at least", and a later "14 were killed" reaches the bound (``within_bound``)."""
    best: dict[str, Count] = {}
    for count in latest_first(counts):
        low, high = interval(count)
        kept = best.get(count.what)
        if kept is None or high - low < interval(kept)[1] - interval(kept)[0] \
                or (interval(kept) == (low, high) and kept.high is not None and count.high is None):
            best[count.what] = count
    return list(best.values())


def _place_rank(place: Place) -> tuple[int, bool]:
    """Finer first; of two as fine, a place the gazetteer knows before one it put at that place's point
    ("Jiribam district" before "Borobekra", put at Jiribam): the known one holds the other unknown places
    the story puts there, so their retellings can still join (``extract.agreement.nests``). A province is
    the exception: it holds its places by name (``nests`` compares admin1), so the village its lead names
    ("captured Bohoiavlenka in Donetsk region", put at Donetsk's point, flagged approximate) keeps its name
    over a headline's bare "Donetsk region" (issue 15)."""
    return breadth(place), bool(place.approximate) is not (place.precision is PlacePrecision.REGION)


def _finest(places: Sequence[Place]) -> Place | None:
    """The finest of the retellings' places; of a province's namesake town and another town of that
    province (a headline's "Idlib" and its lead's Ariha, ``_headline_namesakes``), the other town."""
    towns = all(p.precision is PlacePrecision.EXACT for p in places)
    if len(places) == 2 and towns and either_province_namesake(*places):
        return places[1] if province_namesake(places[0], places[1]) else places[0]
    return min(places, key=_place_rank) if places else None


def _actor_key(actor: ActorMention) -> tuple[str, str]:
    return actor.role.value, actor.actor_id or actor.name.lower()


Retype = Callable[[EventMention, str], EventMention]


def _merge(first: EventMention, later: EventMention, retype: Retype, named: str | None = None,
           later_total: bool = False, later_part: bool = False) -> EventMention:
    """``named``: the type a bound noun gives the incident ("a roadside bomb struck": the bomb, not the verb);
    ``later_total``: the later telling gives the toll the first told a part of, so its figures come first;
    ``later_part``: the later telling counts a part of the first's toll ("12 people were burned alive"
    of the lead's "more than 45"), so its figures of what the first counts are no toll of the incident. A strike
    backing a ground fight at its town and day (``extract.battle_strikes``) takes the fight's type: ACLED codes
    the battle, not the air support."""
    first, later = _sided(first, later)
    seen = {_actor_key(a) for a in first.actors}
    actors = first.actors + [a for a in later.actors if _actor_key(a) not in seen]
    times = [t for t in (first.time, later.time) if t is not None]
    places = [p for p in (first.place, later.place) if p is not None]
    counted = {c.what for c in first.counts}
    # more dead ("two more died") are no part of the toll but added to it (``extract.toll_additions``)
    later_counts = [c for c in later.counts if not (later_part and c.what in counted) or is_addition(c)]
    merged = first.model_copy(update={
        "actors": actors,
        "counts": without_combined_deaths(
            _narrowest(add_ups(later_counts + first.counts if later_total else first.counts + later_counts))),
        "place": _finest(places),
        "time": finest_time(times),
        "modality": min(first.modality, later.modality, key=MODALITY_ORDER.index),
        "attribution": _better_attribution(first, later),
        "tellers": _tellers(first) + _tellers(later),
        "confidence": max(first.confidence, later.confidence),
    })
    battle = battle_and_strike(first, later)
    named = named or named_weapon_type(first, later)  # "Strikes hit Kharkiv" / "missiles hit": the missiles
    wanted = battle[0].type if battle else named if named and _kind(named) == _kind(first.type) == _kind(later.type) \
        else _merged_type([first.type, later.type])
    merged = merged.model_copy(update={"attribution": _typing_teller(first, later, wanted, merged.attribution)})
    return merged if wanted == merged.type else retype(merged, wanted)


def _typing_teller(first: EventMention, later: EventMention, wanted: str, best: Attribution | None
                   ) -> Attribution | None:
    """Of two tellings of different kinds, the source of the one whose type the incident takes: a capture
    the attacker's ministry claims ("liberated the settlement", the ministry said) keeps that ministry as its
    source when the defender's word of assaults repelled (a fight) joins it, so the claim stays the attacker's
    own (round 24); tellings of one kind (a headline's capture and the lead's), or none of the incident's
    type, keep the most specific source."""
    if _kind(first.type) == _kind(later.type):
        return best
    typing = [m.attribution for m in (first, later) if m.type == wanted and m.attribution is not None]
    return typing[0] if len(typing) == 1 else best


def richness(mention: EventMention) -> int:
    """How much a retelling says: the one that says most stands for the incident (a lead over a terse headline)."""
    dated = mention.time is not None and mention.time.precision is not DatePrecision.UNKNOWN
    return (len({a.role for a in mention.actors if a.role in (Role.INITIATOR, Role.TARGET)}) + bool(mention.counts)
            + (mention.place is not None) + dated)


def _represented(merged: EventMention, members: Sequence[EventMention]) -> EventMention:
    """The merged incident cited by its richest retelling of its own kind (the earliest on ties), the others
    as retellings: a deal is cited by "agreed to", not by the "lay down their arms" it absorbed, nor an
    attack by the burning it caused."""
    kind = _kind(merged.type)
    own = [m for m in members if _kind(m.type) == kind] or list(members)
    best = max(own, key=richness)  # max keeps the first of equals: text order
    return merged.model_copy(update={
        "id": best.id, "trigger": best.trigger, "sentence": best.sentence,
        "retellings": [m.trigger for m in members if m is not best],
        "actors": ranked_actors(merged, members),
    })


def ranked_actors(merged: EventMention, members: Sequence[EventMention]) -> list[ActorMention]:
    """The incident's actors, the one most of its retellings name first in each role (the earlier
    named on ties).

    A retelling often tells one side of the incident: in a riot, "police responded with tear
    gas" makes the police the initiator of the tear gas, while three sentences of "protesters
    torched cars" tell who rioted. Consumers read an incident's first actor of a role as the one
    (``link.consensus`` keeps this order within one report). Counting retellings of the merged
    type only was tried and dropped: one misread actor of that type then outweighs the lead's.
    """

    telling = [m for i, m in enumerate(members) if not _answers(m, members[:i])]

    def support(actor: ActorMention) -> int:
        key = _actor_key(actor)
        return sum(any(_actor_key(a) == key for a in m.actors) for m in telling)

    order = {id(a): i for i, a in enumerate(merged.actors)}
    return named_first(sorted(merged.actors, key=lambda a: (-support(a), order[id(a)])))


def _answers(member: EventMention, earlier: Sequence[EventMention]) -> bool:
    """Whether a retelling tells the response to the incident: its doer strikes the doer of a retelling
    told before it ("militants attacked a police station ... security forces killed nine militants
    ... shot dead two more militants"). The response names no doer of the incident, and however
    often it is told, its doer is not the incident's initiator (ACLED's actor 1 is the attacker)."""
    doers = [a for a in member.actors if a.role is Role.INITIATOR]
    struck = [a for a in member.actors if a.role is Role.TARGET]
    if not doers or any(strikes_party(t, d) for t in struck for d in doers):
        return False
    attackers = [a for m in earlier for a in m.actors if a.role is Role.INITIATOR
                 and not any(strikes_party(a, d) or strikes_party(d, a) for d in doers)]
    return any(strikes_party(t, a) for t in struck for a in attackers)


@dataclass(frozen=True)
class _Group:
    """An incident being built: its merged mention, the retellings told so far, whether the lead tells it."""

    merged: EventMention
    told: list[Told]
    in_lead: bool

    @property
    def heads(self) -> frozenset[int]:
        return frozenset(t.head for t in self.told)

    def headline_only(self, towns_below: frozenset[str]) -> bool:
        """Whether only the headline tells it so far and no sentence below the headline names its place
        (``towns_below``, folded names): once the lead tells "artillery shelled Kherson", the headline's
        "Kherson" is that town, not the province."""
        place = self.merged.place
        return all(t.headline for t in self.told) and not (place is not None and fold(place.name or place.text)
                                                           in towns_below)

    @property
    def left(self) -> str | None:
        """The place a word of leaving among its retellings names, the first such."""
        return next((t.left for t in self.told if t.left), None)


def _named_type(item: Told, partners: Sequence[Told]) -> str | None:
    """Of a verb and the noun bound to it, the noun's type: a word that names the weapon or the act
    ("a roadside bomb struck") is surer than the type guessed from a general verb."""
    kinds = incident_kinds()
    # The bare word of a kind ("attack") names nothing: its catch-all type never decides.
    nouns = [t for t in (item, *partners) if t.nominal and t.mention.type not in kinds.catch_all]
    verbs = [t for t in (item, *partners) if not t.nominal]
    named = nouns[0].mention.type if nouns and verbs else None
    return named if named and kinds.kind_of.get(named) in kinds.named_by_noun else None


def consolidate(told: Sequence[Told], retype: Retype) -> list[EventMention]:
    """Merge each mention into the first earlier incident it can retell, in text order.

    ``retype`` gives a mention the codes of another type id (the merged
    incident's most specific type).
    """
    groups: list[_Group] = []
    below = frozenset(fold(t.mention.place.name or t.mention.place.text) for t in told
                      if not t.headline and t.mention.place is not None)
    by_head = {t.head: t for t in told}
    for item in told:
        clause = _as_its_clause(item, by_head)
        for index in _tried_order(groups, item):
            group = groups[index]
            probe = clause if group.merged.type != item.mention.type and _another_day(group.merged, clause.mention) \
                else item
            bound = bool(item.bound & group.heads)  # sentence_links is symmetric
            if (_other_item(group.told[0], item) and not _refers_across(group.merged, item.mention, item.anaphoric)) \
                    or item.apart & group.heads:
                continue
            if item.sequenced & group.heads:
                if not (_outcome_of(group.merged, item.mention)
                        or one_protest_in_sequence(group.merged, item.mention)
                        or fight_for_ground(group.merged, item.mention)):
                    continue  # "shelled the town after rebels attacked a post": one after the other
                bound = True
            if not bound and _days_stated_apart(group.told, item.mention):
                continue
            if probe is not item and not bound and not can_retell(
                    _as_told(group, item.mention), retold_after_opener(group.merged, group.told, probe), group.in_lead,
                    bound, group.left, group.headline_only(below), headline_only(group.told)):
                continue  # at its clause's town and day it is another incident
            if can_retell(_as_told(group, item.mention), retold_after_opener(group.merged, group.told, item),
                          group.in_lead, bound,
                          group.left, group.headline_only(below), headline_only(group.told)):
                named = _named_type(item, [t for t in group.told if t.head in item.bound])
                told_apart = not (item.anaphoric or bound)
                total = told_apart and (not figures_agree(group.merged, item.mention, group.in_lead)
                                        or reaches_bound(group.merged, item.mention))
                part = told_apart and not total and not figures_agree(group.merged, item.mention, lead_total=False)
                total, part = fight_share(group.merged, item.mention, total, part)
                groups[index] = _Group(_merge(group.merged, item.mention, retype, named, later_total=total,
                                              later_part=part),
                                       [*group.told, item], group.in_lead or item.lead)
                break
        else:
            groups.append(_Group(item.mention, [item], item.lead))
    return [_incident(_hedged(g.merged, g.told), [t.mention for t in g.told], retype) if len(g.told) > 1
            else g.merged for g in _joined(groups, retype, below)]


def _as_its_clause(item: Told, by_head: dict[int, Told]) -> Told:
    """A word with no place of its own bound to a later word of its sentence that has one ("a roadside bomb
    struck a police van in Bannu on Tuesday": the bomb and the strike are one act), as told at that word's
    place, and its day when it states none. Against an incident of another type told before on another day
    (``_another_day``) it must join both as it is and as so told: it joined a gun battle of the sentence
    before, at another town the day before, before the word it is bound to was reached. Only a veto: tried
    against every incident, or let join by the borrowed place, it cost one real-news test event; against
    incidents of its own type, two dev places (a bomb kept from the weekend's bombings joined them later).
    Round 24, issue #13 (wire part m)."""
    if item.mention.place is not None or item.anaphoric:
        return item
    partner = next((by_head[h] for h in sorted(item.bound - item.sequenced) if h > item.head and h in by_head
                    and by_head[h].mention.place is not None), None)
    if partner is None:
        return item
    update: dict[str, object] = {"place": partner.mention.place}
    if item.mention.time is None:
        update["time"] = partner.mention.time
    return replace(item, mention=item.mention.model_copy(update=update))


def _another_day(first: EventMention, later: EventMention) -> bool:
    """Both state a single day and the days differ ("late on Monday", "on Tuesday morning")."""
    a, b = days(first.time), days(later.time)
    return a is not None and b is not None and a[0] == a[1] and b[0] == b[1] and a != b


def _as_told(group: _Group, mention: EventMention) -> EventMention:
    """The incident as the killing it absorbed told it: a demonstration that absorbed the killing bound to its
    word (``absorbs_when_governed``: "a farmer was shot and killed at a sit-in") is still that killing to a
    later "the farmer was killed by a stray bullet". Only a killing (the ``victims`` types, who was hit) that
    the incident's kind absorbs when governed is read so: a change of territory that took in the fight for its
    town is no host of every later clash. Sides, place, day and figures stay the incident's."""
    kinds = incident_kinds()
    hosts = (group.merged.type, _kind(group.merged.type))
    absorbed = frozenset().union(*(kinds.absorbs_governed.get(h, frozenset()) for h in hosts)) & kinds.victims
    if mention.type not in kinds.victims or _kind(group.merged.type) == _kind(mention.type):
        return group.merged
    told = next((t.mention.type for t in group.told if t.mention.type in absorbed), None)
    return group.merged if told is None else group.merged.model_copy(update={"type": told})


def _tried_order(groups: Sequence[_Group], item: Told) -> list[int]:
    """The order in which the incidents so far are tried for a word. The incident it is bound to first:
    "burning ... murdered" joins the burning it caused; then those of its own item of a round-up ("the
    attack" in an item is that item's attack). A pronoun's incident is the one told last ("He was
    reportedly arrested" after the lawyer's arrest)."""
    return sorted(range(len(groups)), key=lambda i: (not item.bound & groups[i].heads,
                                                     _other_item(groups[i].told[0], item),
                                                     -max(groups[i].heads) if item.nearest else i))


def _other_item(first: Told, later: Told) -> bool:
    """Whether ``later`` is told in another item of a round-up or live blog than the incident ``first`` opened
    (``extract.items``): each item is another incident unless it refers back. What the headline and intro tell
    (item 0) may still be any item's incident."""
    return first.item > 0 and later.item != first.item


def _refers_across(first: EventMention, later: EventMention, anaphoric: bool) -> bool:
    """Whether a word of a later item of a round-up or live blog goes on with the incident an earlier item
    told: it refers back ("the assault"), or it names the same town on the same stated day (a live blog's
    next entry on the drones that hit the column of the assault told in the entry before)."""
    day = days(first.time)
    return anaphoric or (same_spot(first.place, later.place) and day is not None and day == days(later.time))


def _days_stated_apart(told: Sequence[Told], mention: EventMention) -> bool:
    """Whether a retelling of the incident states, in its own sentence, another single day than the
    mention's own sentence does. The merged mention alone cannot say: it keeps the first telling's sentence
    (an undated headline) and the finest time of all, so a lead's "on Tuesday" and a body's "On Monday an
    explosive device hit a truck" met as an undated headline and a Monday, a day apart, and joined."""
    return any(stated_apart(t.mention, mention) for t in told)


def _hedged(merged: EventMention, told: Sequence[Told]) -> EventMention:
    """An incident its article introduces as alleged stays alleged when only retellings that refer back
    to it ("a suspected missile attack ..., the latest assault in their campaign", "the attack") tell
    it plainly: they presuppose the incident the hedge is about, they do not vouch for it. A plan or a
    threat a later retelling reports as done is another matter: that retelling is the news. A headline over a
    hedged telling vouches for nothing either (``headline_tellings.hedge_below_headline``)."""
    hedged_lead = hedge_below_headline(told)
    asserting = [t.mention.modality for t in told if not t.anaphoric and not (t.headline and hedged_lead)]
    if merged.modality is Modality.REPORTED and asserting and all(m is Modality.ALLEGED for m in asserting):
        return merged.model_copy(update={"modality": Modality.ALLEGED})
    return merged


def _incident(merged: EventMention, members: list[EventMention], retype: Retype) -> EventMention:
    """A merged incident finished from all its retellings: its time (``extract.incident_time``), the
    choices most of them make, the retelling that cites it, and a crowd-led protest's crowd as its doer
    (``extract.protest_sides``)."""
    timed = merged.model_copy(update={"time": incident_time(sorted(members, key=lambda m: m.trigger.start))})
    return crowd_first(_represented(unfought(_by_most_told_choices(timed, members, retype), members, retype),
                                    members))


def _by_most_told_choices(merged: EventMention, members: Sequence[EventMention], retype: Retype) -> EventMention:
    """The means of attack first, then (for an incident of no named means) who was hit."""
    kinds = incident_kinds()
    return _by_most_told(_by_most_told(merged, members, retype, kinds.means), members, retype, kinds.victims)


def _by_most_told(merged: EventMention, members: Sequence[EventMention], retype: Retype,
                  among: frozenset[str]) -> EventMention:
    """An incident whose retellings tell two types of ``among`` takes the one most of them tell, the
    type the merge chose on ties (the kind order, or a bound noun's weapon over its verb: "a
    roadside bomb struck"): pairwise merging keeps whichever ranks first, so one stray "air strike"
    among nine "missile attack" retellings, or one bare "killed" among three tellings of a gunfight,
    would otherwise type the whole incident. A retelling of a general means also counts for the
    particular means that ``refines`` it, when the incident names that too ("a suicide bomber blew
    himself up ... the bombing ... the bomb went off" is one suicide bombing, not two bombs to one)."""
    if merged.type not in among:
        return merged
    told = [m.type for m in members if m.type in among]
    refines = incident_kinds().refines

    def votes(type_id: str) -> int:  # "the bombing" counts for the "suicide bombing" it retells
        return told.count(type_id) + sum(told.count(general) for general in refines.get(type_id, ()))

    best = min(set(told), key=lambda t: (-votes(t), t != merged.type), default=merged.type)
    return merged if best == merged.type else retype(merged, best)


def _joined(groups: list[_Group], retype: Retype, below: frozenset[str]) -> list[_Group]:
    """Incidents that became retellings of an earlier one once a bound word joined them ("agreement"
    folded into "ceasefire" after an earlier "ceasefire" started its own): one more pass, group by group. A
    group bound to a word of the earlier incident is tried as bound: a word told before its partner of one
    sentence joined an incident ("ordered" of "ordered the withdrawal of troops from Avdiivka town", the
    withdrawal joining the capture of the town) follows the partner (round 20, issue #13)."""
    joined: list[_Group] = []
    for group in groups:
        whole = Told(group.merged, anaphoric=any(t.anaphoric for t in group.told), fresh=group.told[0].fresh,
                     opening_place=group.told[0].opening_place, lead=group.in_lead, left=group.left,
                     headline=all(t.headline for t in group.told), item=group.told[0].item)
        heads = group.heads
        for index, earlier in enumerate(joined):
            if (_other_item(earlier.told[0], whole)
                    and not _refers_across(earlier.merged, group.merged, group.told[0].anaphoric)) \
                    or any(t.apart & heads for t in earlier.told) \
                    or (any(t.sequenced & heads for t in earlier.told)
                        and not cause_told_in_body(earlier.told, group.told)) \
                    or any(_days_stated_apart(earlier.told, t.mention) for t in group.told) or not can_retell(
                    earlier.merged, whole, earlier.in_lead, any(t.bound & heads for t in earlier.told),
                    first_left=earlier.left, first_headline=earlier.headline_only(below),
                    headline_told=headline_only(earlier.told)):
                continue
            joined[index] = _Group(_merge(earlier.merged, group.merged, retype), [*earlier.told, *group.told],
                                   earlier.in_lead or group.in_lead)
            break
        else:
            joined.append(group)
    return joined


def merge_incidents(first: EventMention, later: EventMention, retype: Retype) -> EventMention:
    """Two incidents the rules kept apart that a later step finds one (``extract.same_incident``): the
    rules' field merge, with every telling of both kept as evidence (the trigger it keeps, the rest as
    retellings in text order)."""
    merged = _merge(first, later, retype)
    spans = [first.trigger, *first.retellings, later.trigger, *later.retellings]
    return merged.model_copy(update={"retellings": sorted((s for s in spans if s != merged.trigger),
                                                          key=lambda s: s.start)})
