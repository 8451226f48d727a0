"""Air strikes or shelling told in another sentence at the spot and on the day of a ground fight are the fight.

ACLED codes remote violence only where no ground fight is reported: strikes that back a battle at
that town on that day are the battle, an armed clash in which one side had air or artillery support.
Wire copy tells the two in separate sentences ("Fierce clashes broke out in El Fasher on Tuesday.
Army warplanes struck RSF positions in El Fasher on Tuesday, killing 12 fighters"): one incident,
typed by the clash, whose toll and evidence the strikes join. ``extract.ground_fight`` retypes a
strike and a fight told in one sentence; this module says when a strike of another sentence backs the
fight. The strike's doer is then one of the fight's two sides, not a rival initiator: the army whose
jets struck fights the rebels who attacked.

A fight told only by its province or named area ("clashed in Marib province on Tuesday") holds the strikes
and parts of that province, or of no place of their own, that day (round 14). A strike whose sentence names
only the province, named area or country that holds the fight's town is at the fight too (wire copy places
air support coarser than the battle), and so is a village the gazetteer lacks that both name alike. Kept
apart: a strike on another town, in a province that does not hold the fight's town, or on another day, a
fight of no place or of no single day ("fierce battles over the past week"), and a strike whose doer is
neither side of the fight. A sentence opening a new incident ("Separately, ...", "Meanwhile, ...") is kept
apart by ``extract.consolidate`` itself.
The types come from ``ground_fight`` in ``data/incident_kinds.yaml``.

The parts of a fight told in sentences of their own (``battle_parts``: the houses burnt in it, the fighters
captured or surrendering, the side that withdrew, the drones shot down, the reinforcements sent) join it
under the same guards: ACLED codes one armed clash per place and day, and these as parts of it. So do a raid's
parts (``raid_parts``) and the arrests at a protest the police broke up (``intervention_parts``, round 16).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from sitreps.extract.agreement import SPOT_PLACES, days, nests, same_spot
from sitreps.extract.english import phrases, words
from sitreps.extract.ground_fight import ground_fight
from sitreps.extract.kinds_file import type_list, type_map
from sitreps.models import DatePrecision, EventMention, Place, PlacePrecision, Role, TimeRef
from sitreps.resolve.registry_data import registered
from sitreps.resolve.times import resolve_time

Days = tuple[date, date]
# The attack whose parts (``raid_parts``: the looting, the abductions of its raiders) join it as a fight's do.
RAID = "attack_on_civilians"
# Any date serves to tell whether two words of an undated article name one day: only their agreement is read.
STAND_IN_DATE = "2001-01-01"
# The longest span of days (end minus start) a fight may be dated to and still be one occasion for its parts of no
# day of their own: "overnight" and "over the weekend" (1), a three-day battle (2); "this year" or "this week" is a
# campaign, whose parts are not told as one incident (round 30: a year's "attacks" took a raid's detentions).
SHORT_SPAN_DAYS = 2


def battle_and_strike(first: EventMention, later: EventMention) -> tuple[EventMention, EventMention] | None:
    """The (fight, strike) of the two when one is a ground fight in a named town or province on one day and the other a
    strike of a remote type, or a part of the fight (``battle_parts``), on that town (or of no place of its
    own, or only of the province or country holding the town) and of that day (or of none)."""
    for fight, strike in _host_and_part(first, later):
        if _at_fight(fight, strike) and _sent_by_a_side(fight, strike):
            return fight, strike
    return None


def part_refusal(first: EventMention, later: EventMention) -> str | None:
    """Why two tellings whose types the part tables relate (a fight and its strike or part, a raid and its part, a
    broken-up protest and its arrests) do not join as host and part: which guard of the host's place and day it
    fails, or that it is a side's part sent by no side of the fight; None when they join or no table relates
    them. The excess-row breakdown names it (``evaluate.realnews_kind_pairs``, round 30)."""
    pairs = _host_and_part(first, later)
    if not pairs or battle_and_strike(first, later) is not None:
        return None
    off = [_off_fight(*pair) for pair in pairs]
    return "sent by no side" if None in off else next(o for o in off if o)


def _host_and_part(first: EventMention, later: EventMention) -> list[tuple[EventMention, EventMention]]:
    """The (host, part) orders of the two that a part table relates by type."""
    rules = ground_fight()
    joining = {rules.becomes: rules.remote | battle_parts(), RAID: type_list("raid_parts"),
               **type_map("intervention_parts")}
    return [(host, part) for host, part in ((first, later), (later, first))
            if part.type in joining.get(host.type, frozenset())]


def fight_share(fight: EventMention, later: EventMention, total: bool, part: bool) -> tuple[bool, bool]:
    """(later_total, later_part) of ``merged_fields.merge_tellings`` for a strike or part that joins a fight with
    figures of its own: wire copy gives the ground toll from local officials ("dozens of militants were killed in the
    fighting") and the air support's from its own force ("the airstrike killed an estimated ten fighters"), so
    the strike counts a share of the fight's dead and the fight's figures give the toll, whichever is told
    first. Round 18, issue #13: such figures kept strikes rows of their own beside the fight."""
    battle = battle_and_strike(fight, later) if total or part else None
    if battle is None:
        return total, part
    return battle[0] is later, battle[1] is later


def battle_parts() -> frozenset[str]:
    """The types told as parts of a fight: ``battle_parts`` and ``battle_parts_of_a_side``."""
    return type_list("battle_parts") | type_list("battle_parts_of_a_side")


def _at_fight(fight: EventMention, strike: EventMention) -> bool:
    return _off_fight(fight, strike) is None


def _off_fight(fight: EventMention, strike: EventMention) -> str | None:
    """Why the strike or part is not at the fight's place and day (None when it is), for ``part_refusal``."""
    if _undated_fight_at_strike(fight, strike):
        return None
    place, (day, struck_day) = fight.place, _days_of(fight, strike)
    if place is None:
        return "host unplaced"
    if day is None or day[0] != day[1]:
        return f"host {'undated' if day is None else f'over {(day[1] - day[0]).days + 1} days'}, part " \
               f"{'undated' if struck_day is None else 'of its span' if struck_day == day else 'of another day'}" \
               f"{', placed ' + strike.place.precision.value if strike.place else ', unplaced'}, host placed " \
               f"{place.precision.value}"
    if not (struck_day is None or struck_day == day):
        return "part of another day"
    if place.precision is PlacePrecision.REGION:
        return None if strike.place is None or _same_region(place, strike.place) else "part beyond the host's region"
    if not (place.precision in SPOT_PLACES or _unresolved_spot(place)):
        return "host placed only by its country"
    return None if (strike.place is None or same_spot(place, strike.place) or same_unresolved(place, strike.place)
                    or _holds(strike.place, place)) else "part at another place"


def _undated_fight_at_strike(fight: EventMention, strike: EventMention) -> bool:
    """Whether a fight told with no day of its own ("Somali troops clashed with al-Shabaab near Jilib") is at the
    town a strike of one stated day hit ("a US drone strike killed five al-Shabaab fighters near Jilib on Sunday"):
    wire copy dates the air support and tells the ground fight around it undated, and both name the town itself.
    A part of the fight (``battle_parts``: "the rebels later withdrew from Kitchanga", "forty soldiers were
    captured in Bhamo") joins an undated fight at its town dated or not, as a part's doer is a side of the fight
    by what it is; a strike, whose doer may be a third force on another occasion, only with its day stated. Only
    at the same spot (not a province or country holding the town): an undated fight elsewhere, or a strike told
    only by its province, stays apart. Round 23, issue #13 (round 21 left this open: "a US drone strike and an
    undated ground battle later in the article stay two rows").

    Round 30: a part of no day of its own (or of the fight's span, lent by the story) also joins a fight dated to a
    span of days, "overnight" or "over the weekend", at its town or of no place of its own ("fighting
    raged in Bakhmut over the weekend ... Ukrainian troops withdrew from Bakhmut"), and a fight told only by
    its province, undated or over a span, the undated part told in that province by the same name ("clashes
    in Marib province ... government troops withdrew in Marib province"): nothing dates the part elsewhere, and
    a part's doer is a side of the fight. A part of a stated day keeps needing the fight's day (``_at_fight``).
    So do a raid's parts (``raid_parts``: "Gunmen attacked the village of Kauru ... The attackers abducted 12
    women in Kauru"), the raid and its part both undated at one town or in one province. Round 29's ``--kinds``
    named such pairs on real-news test (a withdrawal, a capture beside the clash; an abduction beside the raid)."""
    struck = days(strike.time)
    one_day = struck is not None and struck[0] == struck[1]
    fighting = fight.type == ground_fight().becomes
    parts = battle_parts() if fighting else type_list("raid_parts") if fight.type == RAID else frozenset()
    if not parts or fight.place is None:
        return False
    part = strike.type in parts and struck is None and _named_day(strike.time) is None
    fought = days(fight.time) or _named_day(fight.time)
    at_spot = strike.place is not None and (fight.place.precision in SPOT_PLACES or _unresolved_spot(fight.place)) \
        and (same_spot(fight.place, strike.place) or same_unresolved(fight.place, strike.place))
    if fought is None and one_day and strike.type in (ground_fight().remote if fighting else frozenset()) | parts:
        return at_spot
    if strike.type not in parts:
        return False
    if fought is None:
        return part and (at_spot or (strike.place is not None and _in_region(fight.place, strike.place)))
    own = struck or _named_day(strike.time)
    return 0 < (fought[1] - fought[0]).days <= SHORT_SPAN_DAYS and (own is None or own == fought) \
        and (strike.place is None or at_spot or _in_region(fight.place, strike.place))


def _in_region(fight_place: Place, struck: Place) -> bool:
    return fight_place.precision is PlacePrecision.REGION and _same_region(fight_place, struck)


def _same_region(fight_place: Place, struck: Place) -> bool:
    """Both placed in one province or named area, and no finer: a fight told only by its province ("clashed in
    Marib province") holds the strikes of that province that day, not those of a town the fight's words leave
    unnamed."""
    return struck.precision is PlacePrecision.REGION and bool(struck.name) and struck.name == fight_place.name


def _unresolved_spot(place: Place) -> bool:
    """A place named narrower than a country that the gazetteer lacks: resolved to no point, or only to its
    country ("the village of Tel Mardikh-Sufla"). A country named as itself ("in Sudan") is no spot."""
    if not place.name:
        return False
    return place.precision is PlacePrecision.UNKNOWN or (
        place.precision is PlacePrecision.COUNTRY and place.name != place.country)


def same_unresolved(fight_place: Place, struck: Place) -> bool:
    """Both name one place the gazetteer lacks, by the same name."""
    return _unresolved_spot(fight_place) and _unresolved_spot(struck) and fight_place.name == struck.name


def _days_of(fight: EventMention, strike: EventMention) -> tuple[Days | None, Days | None]:
    """The days of the fight and of the strike; in an article of no publication date (the fight's day
    unresolved), the days their words name read against one and the same stand-in date: "on Tuesday" and
    "on Tuesday" are one day whatever the date, "on Tuesday" and "on Saturday" two."""
    fight_day = days(fight.time)
    if fight_day is not None:
        return fight_day, days(strike.time)
    return _named_day(fight.time), _named_day(strike.time)


def _named_day(time: TimeRef | None) -> Days | None:
    if time is None or time.precision is not DatePrecision.UNKNOWN or not time.evidence:
        return None
    return _day_named(time.evidence[0].text)


@lru_cache(maxsize=1024)
def _day_named(words: str) -> Days | None:
    named = resolve_time(words, STAND_IN_DATE)
    return days(TimeRef(start=named.start, end=named.end, precision=named.precision, evidence=[]))


def _holds(wider: Place, town: Place) -> bool:
    """Whether a strike's sentence names only a wider place that holds the fight's town: its province or
    named area ("army warplanes struck RSF positions in North Darfur state", the fight being in El Fasher),
    or its country. Wire copy places the air support of a battle coarser than the battle itself; a province
    that does not hold the town is another front."""
    if wider.precision is PlacePrecision.COUNTRY:
        return bool(wider.country) and wider.country == town.country
    return wider.precision is PlacePrecision.REGION and nests(wider, town)


def strike_sides_with_fight(fight: EventMention, strike: EventMention) -> bool:
    """Whether the strike's known doers are among the fight's known sides (its initiators or targets), or
    either names none: the army's jets back the army's side of a clash the rebels began. A strike whose
    known targets are a side of the fight is in it too, whoever struck: a foreign air force backing one side
    ("Somali troops backed by US air strikes clashed with al-Shabaab"; US drones over Somalia, Russian jets
    over Syria, coalition jets over Yemen) is an ally of that side, which ACLED codes as the fight's
    associated actor, not a rival incident at the fight's town on its day."""
    doers, sides = _doers_and_sides(fight, strike)
    return not doers or not sides or bool(doers & sides) or bool(_known(strike, (Role.TARGET,)) & sides) \
        or _told_as_support(strike)


def _told_as_support(strike: EventMention) -> bool:
    """Whether the strike's sentence says it backs a ground operation ("the US military said it carried out an
    airstrike in support of the operation"): a foreign force's strike at the fight's town and day, told so, is
    the fight's air support though it names no side (``support_phrases`` of data/en/incidents.yaml)."""
    told = " ".join(strike.sentence.text.lower().split())
    return any(f" {phrase} " in f" {told} " for phrase in phrases("incidents", "support_phrases"))


def _doers_and_sides(fight: EventMention, strike: EventMention) -> tuple[set[str], set[str]]:
    return _known(strike, (Role.INITIATOR,)), _known(fight, (Role.INITIATOR, Role.TARGET))


def _sent_by_a_side(fight: EventMention, part: EventMention) -> bool:
    """Whether a part of ``battle_parts_of_a_side`` names a doer among the fight's named sides (any other part
    passes): reinforcements sent by one side are its fight, neutral units deployed to hold a truce are not. Told
    by a word of reinforcing and naming no doer ("He said the soldiers held their position until reinforcements
    arrived at dawn"), it strengthens a side already fighting whoever sent it (round 30: one such row beside the
    clash on wire dev, test and the blind set each)."""
    if part.type not in type_list("battle_parts_of_a_side"):
        return True
    doers, sides = _doers_and_sides(fight, part)
    return bool(doers & sides) or (not _named_doers(part) and _reinforcing(part))


def _named_doers(mention: EventMention) -> bool:
    return any(a.role is Role.INITIATOR for a in mention.actors)


def _reinforcing(part: EventMention) -> bool:
    """Whether the part's trigger is a word of reinforcing (``reinforcing_words`` of data/en/incidents.yaml)."""
    return bool(set(part.trigger.text.lower().split()) & words("incidents", "reinforcing_words"))


def _known(mention: EventMention, roles: tuple[Role, ...]) -> set[str]:
    """The registered actors of the roles, by id and by country (a state's forces of one country are one side)."""
    known = [a for a in mention.actors if a.role in roles and registered(a.actor_id)]
    return {a.actor_id for a in known if a.actor_id} | {f"country:{a.country}" for a in known if a.country}
