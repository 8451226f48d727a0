"""The fields of two tellings of one incident merged into one mention.

Split from ``extract.consolidate`` (round 24): once two tellings are found to be one incident, the merged
mention takes the most specific value of each field: the weapon's type over a bare attack, the day over
the month, the town over the country, the narrowest figure, the most specific source, the most assertive
modality. ``extract.same_incident`` merges two incidents the rules kept apart with the same merge.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sitreps.extract.agreement import (
    either_province_namesake,
    interval,
    province_namesake,
)
from sitreps.extract.battle_strikes import battle_and_strike
from sitreps.extract.casualty_wording import without_combined_deaths
from sitreps.extract.english import without_possessive, words
from sitreps.extract.guessed_weapon import named_weapon_type
from sitreps.extract.incident_kinds import host_type, incident_kinds, type_kind
from sitreps.extract.incident_time import finest_time
from sitreps.extract.place_ranking import breadth
from sitreps.extract.retelling import sided
from sitreps.extract.toll_additions import add_ups, is_addition
from sitreps.extract.toll_scope import latest_first
from sitreps.models import (
    ActorMention,
    Attribution,
    Count,
    EventMention,
    Modality,
    Place,
    PlacePrecision,
    SourceKind,
)
from sitreps.resolve.normalise import fold

# Which attribution a merged mention keeps: most specific first.
SOURCE_SPECIFICITY = (SourceKind.NAMED_OFFICIAL, SourceKind.NAMED_PERSON, SourceKind.ORGANISATION, SourceKind.MEDIA,
                      SourceKind.ANONYMOUS, SourceKind.VAGUE, SourceKind.NONE)
# Most assertive first: an incident one retelling reports plainly is reported.
MODALITY_ORDER = (Modality.REPORTED, Modality.ALLEGED, Modality.DENIED, Modality.PLANNED, Modality.THREATENED,
                  Modality.HYPOTHETICAL, Modality.NEGATED)


def _merged_type(types: Sequence[str]) -> str:
    kinds = incident_kinds()
    host = host_type(types[0], types[1])
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
    """The words of a source's name, folded, without possessive endings or a leading "the"
    (``source_name_articles`` in ``data/en/extract_actors.yaml``)."""
    parts = [without_possessive(w.lower()) for w in (source or "").split()]
    leading = bool(parts) and parts[0] in words("extract_actors", "source_name_articles")
    return {fold(w) for w in (parts[1:] if leading else parts)}


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


# Places finer than a province: a province's namesake town told beside one of them meant the province.
_TOWN_OR_DISTRICT = frozenset({PlacePrecision.EXACT, PlacePrecision.DISTRICT})


def _place_rank(place: Place) -> tuple[int, bool]:
    """Finer first; of two as fine, a place the gazetteer knows before one it put at that place's point
    ("Jiribam district" before "Borobekra", put at Jiribam): the known one holds the other unknown places
    the story puts there, so their retellings can still join (``extract.agreement.nests``). A province is
    the exception: it holds its places by name (``nests`` compares admin1), so the village its lead names
    ("captured Bohoiavlenka in Donetsk region", put at Donetsk's point, flagged approximate) keeps its name
    over a headline's bare "Donetsk region" (issue 15)."""
    return breadth(place), bool(place.approximate) is not (place.precision is PlacePrecision.REGION)


def _finest(places: Sequence[Place]) -> Place | None:
    """The finest of the retellings' places; of a province's namesake town and another town or a district of
    that province (a headline's "Idlib" and its lead's Ariha, ``retelling._headline_namesakes``; a headline's
    "Kaduna" and its lead's "Kauru Local Government Area of Kaduna State"), the other place."""
    # a name the gazetteer lacks, put near the town ("In the Kyivskyi district" of a Kharkiv strike), is no
    # district of the province it knows: the town stays
    towns = all(p.precision in _TOWN_OR_DISTRICT and not p.approximate for p in places)
    if len(places) == 2 and towns and either_province_namesake(*places):
        return places[1] if province_namesake(places[0], places[1]) else places[0]
    return min(places, key=_place_rank) if places else None


def actor_key(actor: ActorMention) -> tuple[str, str]:
    return actor.role.value, actor.actor_id or actor.name.lower()


Retype = Callable[[EventMention, str], EventMention]


def merge_tellings(first: EventMention, later: EventMention, retype: Retype, named: str | None = None,
           later_total: bool = False, later_part: bool = False) -> EventMention:
    """``named``: the type a bound noun gives the incident ("a roadside bomb struck": the bomb, not the verb);
    ``later_total``: the later telling gives the toll the first told a part of, so its figures come first;
    ``later_part``: the later telling counts a part of the first's toll ("12 people were burned alive"
    of the lead's "more than 45"), so its figures of what the first counts are no toll of the incident. A strike
    backing a ground fight at its town and day (``extract.battle_strikes``) takes the fight's type: ACLED codes
    the battle, not the air support."""
    first, later = sided(first, later)
    seen = {actor_key(a) for a in first.actors}
    actors = first.actors + [a for a in later.actors if actor_key(a) not in seen]
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
    wanted = battle[0].type if battle \
        else named if named and type_kind(named) == type_kind(first.type) == type_kind(later.type) \
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
    if type_kind(first.type) == type_kind(later.type):
        return best
    typing = [m.attribution for m in (first, later) if m.type == wanted and m.attribution is not None]
    return typing[0] if len(typing) == 1 else best


def merge_incidents(first: EventMention, later: EventMention, retype: Retype) -> EventMention:
    """Two incidents the rules kept apart that a later step finds one (``extract.same_incident``): the
    rules' field merge, with every telling of both kept as evidence (the trigger it keeps, the rest as
    retellings in text order)."""
    merged = merge_tellings(first, later, retype)
    spans = [first.trigger, *first.retellings, later.trigger, *later.retellings]
    return merged.model_copy(update={"retellings": sorted((s for s in spans if s != merged.trigger),
                                                          key=lambda s: s.start)})
