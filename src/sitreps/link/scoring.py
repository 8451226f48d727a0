"""How alike two reports are: hard compatibility gates, then one weighted score in [0, 1].

Gates (score 0): types sharing no linkable group; windows in time that do not
meet; places named below country level in different countries or far apart;
reports of two articles whose news lies in different countries, unless their
stories read alike.
Past the gates, seven similarities are combined with the weights below, and
an eighth (two articles leading with alike stories) is added on top. The
weights were set by hand from what distinguishes events in the gold dev split
and the real-news dev split (text, story and tolls separate two strikes in one
region on one day; time and place weigh little, since extracted places and
dates are often missing or wrong), then ``LINK_THRESHOLD`` was chosen by a grid search on those splits (see
docs/linking.md and benchmarks/linking.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from sitreps.extract.agreement import either_province_namesake, places_agree
from sitreps.link.actors import actor_similarity, complementary, shares_actor
from sitreps.link.crowds import crowd_apart, crowd_family
from sitreps.link.families import claim_types, one_act, sided_groups
from sitreps.link.inherited_places import disagreement_withheld
from sitreps.link.nodes import LinkNode
from sitreps.link.shingles import jaccard
from sitreps.link.tolls import NEUTRAL, toll_similarity
from sitreps.link.where import LOCATED, says_where
from sitreps.link.windows import Window, day_gap, overlaps
from sitreps.models import Place, PlacePrecision
from sitreps.resolve.geodata import distance_km
from sitreps.resolve.normalise import fold

WEIGHT_TEXT = 0.30  # the reporting sentence: strongest single cue of "same incident"
WEIGHT_STORY = 0.15  # the headline and lead: two articles about one main event (a strong cue on real news)
WEIGHT_ACTORS = 0.20  # who did it to whom: what keeps two strikes of one city and day apart
WEIGHT_COUNTS = 0.10  # the same toll is rare between two events
WEIGHT_PLACE = 0.05  # extracted places are often a bare country or a namesake abroad
WEIGHT_TIME = 0.10
WEIGHT_TYPE = 0.10  # exact type over same family over same group: outlets disagree on "shelling" vs "strike"
WEIGHT_LEAD = 0.15
"""Added when both reports are their articles' main news (in the headline or lead) and their
stories read alike: two articles leading with alike stories lead with one event, even when
their extracted types, actors or places disagree (one outlet's "attack" is another's "clash").
Chosen with ``LEAD_STORY_FLOOR`` on the real-news dev split (cross-outlet B-cubed recall 0.61 ->
0.66, precision unchanged) and checked against every look-alike pair of the gold set, whose
short reports are all lead reports: 0.1 with no floor merged the Mombasa teachers' and
dockworkers' strikes of one day (stories 0.46 alike)."""

LEAD_STORY_FLOOR = 0.5
"""Story similarity at or below which two lead reports get nothing from ``WEIGHT_LEAD``; above it
the bonus grows linearly to the full weight at identical stories. Two different events of one
city and day have stories about 0.4-0.6 alike on the gold set; reworded leads of one event
0.6-0.9 on the real-news dev split."""

WEIGHT_SITE = 0.05
"""Added when both reports give types of one linkable group at one town or district (both named
at that precision, within its radius, in countries their articles stand behind): ACLED's own unit
of an event is a type, a location and a day, and two outlets placing alike events in one town in
one window of days mostly tell one event. Not when both name actors and none match: two strikes of
one city and day by different unions (the gold look-alikes) stay apart. Chosen on the real-news dev
split (cross-outlet B-cubed recall 0.68 -> 0.73). Until round 9 the two types had to share a
taxonomy family, but outlets type one raid in different families ("gunmen torched shops" against
"a gunfight", an attack on villagers against a clash with their defenders), and the group already
says the types may be one event: real-news dev B-cubed R 0.727 -> 0.750 (P 0.818 -> 0.809), test
R 0.695 -> 0.716 (P unchanged)."""

SITE_PRECISIONS = frozenset({PlacePrecision.EXACT, PlacePrecision.DISTRICT})
"""Place precisions that name a site for ``WEIGHT_SITE``: at least one report must give one; the
other may give the region holding it (one outlet names the town, the other its province), but two
bare regions are no site: a region holds many events of a week."""

FAR_COUNT_PENALTY = 0.15
"""Taken off when two reports count one kind (killed, detained) far apart (1 vs 10 killed): the
cue that keeps two strikes of one day in one region apart when their stories read alike. Not when
both are their articles' leads with alike stories (``lead_similarity`` above 0): two articles
leading with one story give the toll as it stood when each was written (15 killed in the first
wire, 21 a day later), and the lead term already asks that the stories read alike."""

PLACE_APART_PENALTY = 0.10
"""Taken off when two places named below country level lie beyond the radius of the coarser."""

LINK_THRESHOLD = 0.55
"""A mention joins a cluster at this score or above; grid-searched on the gold dev split and the
real-news dev split together (benchmarks/linking.py prints the grid)."""

FAMILY_SIMILARITY = 0.5
"""Type similarity of two types of one taxonomy family; types only sharing a linkable group get 0."""

NEXT_DAY = 1
"""Stated days at most this far apart may be one day told two ways: the day an outlet wrote
(publication against event day), a night told by its evening or its morning ("overnight"), a
date in another time zone. On the real-news dev split, 6 pairs of two articles' reports of one
event state consecutive days and no pair of two events does; two stated days further apart stay
two events of one town (a city struck on Monday and again on Thursday)."""

NEXT_DAY_SIMILARITY = 0.75
"""Time similarity of stated days ``NEXT_DAY`` apart: between neutral (a side states no day) and
one day: consecutive days are evidence for one event, weaker than one day."""

DAYS_APART_SIMILARITY = 0.0
"""Time similarity of stated times more than ``NEXT_DAY`` apart: evidence against one event, not
neutral. ACLED's unit of an event is a type, a place and a day, and a city fought over on Monday
and again on Wednesday is two events; the windows are widened by ``TOLERANCE_DAYS`` only so that a
misread day does not gate a pair out, and until round 10 such a pair scored as if one side stated
no day. On the real-news dev split no two reports of one event state days two or more apart and
link; one article's two Tripoli clashes two days apart did. This term alone: real-news dev B-cubed
F1 0.789 -> 0.806, test unchanged; within one article such a pair is a gate (``_days_apart``)."""

DAYS_APART_PENALTY = 0.10
"""Taken off when two outlets' reports both state days further apart than ``NEXT_DAY`` (not a lead's
day lent to an undated report): as ``PLACE_APART_PENALTY`` for places, evidence against one event rather
than a missing agreement (``DAYS_APART_SIMILARITY`` only withholds the time weight). Two strikes on one
city two days apart read alike and name one attacker (round 14's linking fiction, batch8: Odesa struck on
Monday and its port on Wednesday, 0.58 without it); within one article such a pair is a gate
(``_days_apart``)."""

FAR_DAYS = 2
"""Stated days further apart than this gate two outlets' reports apart (a day or two apart only
score, ``DAYS_APART_PENALTY``): a weekday resolved against another outlet's publication date or time
zone is off by a day, rarely two, while a city struck again later in the week reads like the first
strike, sentence and lead alike (round 15's linking fiction, batch10: Kharkiv hit by drones on a
Tuesday and on a Saturday scored 0.65 with the penalty, by text, story and the lead bonus)."""

PLACE_RADIUS_KM = {
    PlacePrecision.EXACT: 30.0,  # a city and its outskirts
    PlacePrecision.DISTRICT: 60.0,
    PlacePrecision.REGION: 250.0,  # an oblast or province
}
"""Distance within which two located reports name the same place, by the coarser precision."""

TWO_TOWNS_KM = 15.0
"""Radius within which two towns of different names are one place (a suburb and its city: Pétion-Ville
and Port-au-Prince lie 6 km apart, Nanterre and Paris 11; two towns a few kilometres apart across a
provincial border, ``test_link_place_similarity``). ``PLACE_RADIUS_KM``'s 30 km is for one town's point against a spot
on its outskirts told by the same name; two outlets naming two towns 20 km apart (Gaza City and Khan
Younis struck on one day, round 11's fiction) tell two strikes. On the real-news dev split no two
articles' reports of one event name two towns further apart than this (one pair, 4 km: Mocímboa and
Mocímboa da Praia)."""

FAR_APART_KM = 300.0
"""Located places further apart than this are different events (a gate, like different countries):
farther than any radius above, closer than the distance between most cities fighting at once."""

SAME_DOCUMENT_STORY = 0.75
"""Story similarity of two mentions of one document."""

SAME_SENTENCE = 1.0
"""Two mentions of one type in overlapping sentences of one document are one extraction twice."""


TYPES_APART = "types share no linkable group"
CLAIM_WITHOUT_ACTOR = "a claim naming no actor of the report"
TOWNS_APART = "one article's two towns"
DAYS_APART = "one article's two days"
OUTLETS_DAYS_APART = "two outlets' days far apart"
FAMILIES_APART = "one article's incidents of two families"
CROWD_APART = "a crowd's event and armed violence naming no crowd"


@dataclass(frozen=True)
class PairScore:
    """A pair's score and why: the gate that ruled it out, or each weighted term that made it up
    (``sitreps.evaluate.linking --explain`` prints these for the pairs a gold event was split at)."""

    score: float
    gate: str | None = None
    terms: tuple[tuple[str, float], ...] = ()

    def contradicts(self, floor: float, claim_told_with_report: bool = False) -> bool:
        """Whether the pair keeps two clusters apart: it scores below ``floor`` (the clustering's
        ``CANNOT_LINK``), unless it is a claim gated for naming no actor of the report while the
        claim is told in the sentence of its article's own report of that event ("the separatists
        blamed the army for the strike"): such a claim is that report's other half, no evidence of
        another event. Other claims keep the veto: an accusation or denial of one war reads like
        every strike of it, and two linked claims must not chain a strike and its reprisal."""
        if claim_told_with_report and self.gate == CLAIM_WITHOUT_ACTOR:
            return False
        return self.score < floor


def pair_score(a: LinkNode, b: LinkNode) -> float:
    """Similarity of two nodes in [0, 1]; 0 when a gate rules the pair out."""
    return score_pair(a, b).score


def score_pair(a: LinkNode, b: LinkNode) -> PairScore:
    """The pair's score with the gate or weighted terms behind it."""
    if not (a.groups & b.groups):
        return PairScore(0.0, TYPES_APART)
    if not overlaps(a.window, b.window):
        return PairScore(0.0, "time windows do not meet")
    same_document = a.document_id is not None and a.document_id == b.document_id
    if not same_document and _countries_apart(a, b):
        return PairScore(0.0, f"articles placed in {a.where} and {b.where}")
    one_sentence = same_document and spans_overlap(a.sentence_span, b.sentence_span)
    if one_sentence and _listed_apart(a, b):
        return PairScore(0.0, "one sentence's list of places apart")
    if same_document and _towns_apart(a, b) and not _lead_namesakes(a, b):
        return PairScore(0.0, TOWNS_APART)
    if same_document and _days_apart(a, b):
        return PairScore(0.0, DAYS_APART)
    if not same_document and _days_apart(a, b, FAR_DAYS):
        return PairScore(0.0, OUTLETS_DAYS_APART)
    # extraction already judged the article's body: two of its incidents in two families stay two (a shooting
    # told "the same day" as the province's bombings); a lead retold lower in another family still links, and
    # so do two sides of one act (``families.one_act``: the fight for a town and the withdrawal from it)
    if same_document and a.family != b.family and not one_sentence and not (a.lead or b.lead) \
            and not one_act(a.type, b.type):
        return PairScore(0.0, FAMILIES_APART)
    if not same_document and crowd_apart(a.family, a.actors, b.family, b.actors):
        return PairScore(0.0, CROWD_APART)
    if one_sentence and a.type == b.type:
        return PairScore(SAME_SENTENCE, None, (("same sentence", SAME_SENTENCE),))
    victims = not (crowd_family(a.family) or crowd_family(b.family))  # a country's people are no crowd there
    actors = actor_similarity(a.actors, b.actors, across_outlets=not same_document, people_described=victims)
    if not same_document and a.groups & b.groups & sided_groups() and complementary(a.actor_sides, b.actor_sides):
        actors = max(actors, NEUTRAL)  # one outlet names who struck, the other whom
    if _one_claim(a, b) and not shares_actor(a.actors, b.actors):
        return PairScore(0.0, CLAIM_WITHOUT_ACTOR)
    place = place_similarity(a.place, b.place)
    if place in (None, 0.0) and either_province_namesake(a.place, b.place) and (
            not same_document or _lead_namesakes(a, b)):
        place = NEUTRAL  # "in Kaduna" may be the state holding the other report's town
    if place is None:
        if a.place_confident and b.place_confident:
            return PairScore(0.0, "places in two countries or far apart")
        place = NEUTRAL  # a place its own article disagrees with is too doubtful to rule a pair out
    place = disagreement_withheld(place, a, b, same_document)
    counts = toll_similarity(a, b)
    if place == 1.0 and counts == 0.0 and not same_document and _named_apart(a, b):
        place = 0.0  # two towns' names and two tolls: two sites, not a suburb told by its city's name
    lead = lead_similarity(a, b)
    apart = place == 0.0 and a.country is not None and a.country == b.country
    terms = (
        ("text", WEIGHT_TEXT * text_similarity(a, b)),
        ("story", WEIGHT_STORY * story_similarity(a, b)),
        ("actors", WEIGHT_ACTORS * actors),
        ("counts", WEIGHT_COUNTS * counts),
        ("place", WEIGHT_PLACE * place),
        ("time", WEIGHT_TIME * time_similarity(a, b)),
        ("type", WEIGHT_TYPE * type_similarity(a, b)),
        ("lead", WEIGHT_LEAD * lead),
        ("site", WEIGHT_SITE if place == 1.0 and _agree(a, b) and same_site(a, b) else 0.0),
        ("far toll", -FAR_COUNT_PENALTY if counts == 0.0 and not (lead and not (apart or _days_told_apart(a, b)))
         else 0.0),
        ("places apart", -PLACE_APART_PENALTY if apart else 0.0),
        ("days apart", -DAYS_APART_PENALTY if _days_apart(a, b) else 0.0),
    )
    return PairScore(min(1.0, max(0.0, sum(value for _, value in terms))), None, terms)


def _days_told_apart(a: LinkNode, b: LinkNode) -> bool:
    """Whether the two reports' days (``LinkNode.day``) lie further apart than ``NEXT_DAY``.

    With places of one country apart (``apart`` in ``score_pair``), this is the other cue that keeps two
    leads' far tolls a look-alike rather than one toll revised (``FAR_COUNT_PENALTY``): a toll is revised
    for one town and day, not for a raid in the next town or on another day of one week, whose leads
    read alike too (round 14's linking fiction, batch7: drones on two towns of one region on one day,
    bandits in one district three days apart, each pair merged by the lead bonus)."""
    return a.day is not None and b.day is not None and day_gap(a.day, b.day) > NEXT_DAY


def _named_apart(a: LinkNode, b: LinkNode) -> bool:
    """Whether two outlets name two towns (``two_towns``) that ``TWO_TOWNS_KM`` let pass as one place.

    Each disagreement alone is weak: an outlet names the suburb, another the city (Petion-Ville and
    Port-au-Prince); a toll is revised (``tolls.toll_risen``). Both at once, on a day no update
    explains, are two sites: two missiles on two cities of one oblast 13 km apart (Kramatorsk and
    Sloviansk) or RSF raids on villages by two towns of one state on one day, told with four and one
    dead, 15 and three (round 22's linking fiction, batch22 and batch23), which the lead bonus and
    the site bonus merged. The caller asks it only of far tolls, so the place counts as apart and the
    lead no longer excuses the tolls."""
    return a.place is not None and b.place is not None and two_towns(a.place, b.place)


def _agree(a: LinkNode, b: LinkNode) -> bool:
    """Whether two reports' actors do not disagree: one names none, or they share one."""
    return not a.actors or not b.actors or shares_actor(a.actors, b.actors)


def _towns_apart(a: LinkNode, b: LinkNode) -> bool:
    """Whether two mentions of one article name two towns the gazetteer knows by name (however close:
    Nanterre and Paris): the article's own consolidation (``extract.agreement.places_agree``) kept them
    two incidents, and its round-ups move from town to town, so the linker must not join them again
    through a third report. Whether each town agrees with its article's main place is no matter here:
    both are the one article's word.

    Only towns: a district, a site or a place the gazetteer lacks and put at a town named nearby is
    often a spot of the one incident (a checkpoint, a camp outside the town); gating those too split
    real-news dev events told at a town and its camps (B-cubed F1 0.783 -> 0.752, test place and
    sub-type down a point). Towns only: dev place 0.737 -> 0.789, fatalities 0.816 -> 0.842, sub-type 0.855
    -> 0.868, B-cubed unchanged; test unchanged."""
    if a.place is None or b.place is None or not (a.place.precision is b.place.precision is PlacePrecision.EXACT):
        return False
    return not places_agree(a.place, b.place)


def _lead_namesakes(a: LinkNode, b: LinkNode) -> bool:
    """Whether one article's headline and a report of its lead name a town and the province named
    after it (``extract.agreement.province_namesake``): a headline's "gunmen abduct 40 in Kaduna church raid" and its
    lead's "stormed a church in Kajuru" tell one incident at two precisions. Two reports of the
    body, even of its lead, keep the ``_towns_apart`` gate: there the writer moves from town to
    town ("drones struck Kharkiv overnight; shelling struck Chuhuiv")."""
    return a.headline != b.headline and a.lead and b.lead and either_province_namesake(a.place, b.place)


def _days_apart(a: LinkNode, b: LinkNode, gap: int = 1) -> bool:
    """Whether two mentions of one article state times more than ``NEXT_DAY`` apart: one writer
    dating two incidents days apart (a capital fought over on Monday and again on Wednesday, a
    market bombed on Sunday and on Tuesday) tells two events, as with ``_towns_apart``; across two
    outlets a day resolved against another publication date may be off, so there it only scores
    (``DAYS_APART_SIMILARITY``). Consecutive days stay joinable (an evening and the night after).
    Real-news dev: B-cubed P 0.817 -> 0.839 (one Tripoli article's clashes two days apart, one
    Beirut article's denials of two strikes), date and fatalities one event up, target one down;
    test date one event up, B-cubed unchanged."""
    return a.stated is not None and b.stated is not None and day_gap(a.stated, b.stated) > max(gap, NEXT_DAY)


def _listed_apart(a: LinkNode, b: LinkNode) -> bool:
    """Two reports of one sentence placed apart below country level: a round-up ("bombings in Yala,
    Pattani and Songkhla") gives one mention per place (``extract.roundups``), and ACLED codes one
    event per location, so the sentence they share must not join them again."""
    if a.place is None or b.place is None or a.place.precision not in LOCATED or b.place.precision not in LOCATED:
        return False
    return place_similarity(a.place, b.place) in (None, 0.0)


def _countries_apart(a: LinkNode, b: LinkNode) -> bool:
    """Whether two reports' articles tell news of two countries, with stories no more alike than
    ``LEAD_STORY_FLOOR``: two articles leading with one cross-border strike (one outlet on the
    side that fired, one on the side hit) read alike and are still compared."""
    if a.where is None or b.where is None or a.where == b.where:
        return False
    return story_similarity(a, b) <= LEAD_STORY_FLOOR


def same_site(a: LinkNode, b: LinkNode) -> bool:
    """Whether two reports whose types share a linkable group are placed at a town or district (or
    one at a town, the other at its region) their articles agree with (the caller has found the
    places within the coarser one's radius) on days that may be one (one day, or consecutive days:
    ``NEXT_DAY``): two stated days further apart are two events of one town (a city struck on
    Monday and again on Thursday), even when the windows, widened for rounding, meet."""
    return (
        bool(a.groups & b.groups)
        and a.place is not None
        and b.place is not None
        and a.place.precision in LOCATED
        and b.place.precision in LOCATED
        and (a.place.precision in SITE_PRECISIONS or b.place.precision in SITE_PRECISIONS)
        and a.place_confident
        and b.place_confident
        and (a.day is None or b.day is None or day_gap(a.day, b.day) <= NEXT_DAY)
    )


def _one_claim(a: LinkNode, b: LinkNode) -> bool:
    """Whether one node is a claim about an event (an accusation, a denial) and the other a report:
    such a pair is compared only when they name an actor in common (the accused, the denier), since
    a claim's text reads like any strike of its war."""
    claims = claim_types()
    return (a.type in claims) != (b.type in claims)


def lead_similarity(a: LinkNode, b: LinkNode) -> float:
    """How alike two documents' stories are beyond ``LEAD_STORY_FLOOR``, when both mentions are their
    documents' main news (told in the headline or lead); 0 otherwise or within one document."""
    if not (a.lead and b.lead) or a.document_id is None or a.document_id == b.document_id:
        return 0.0
    return max(0.0, (story_similarity(a, b) - LEAD_STORY_FLOOR) / (1.0 - LEAD_STORY_FLOOR))


def type_similarity(a: LinkNode, b: LinkNode) -> float:
    """1 for one type, ``FAMILY_SIMILARITY`` for one taxonomy family, 0 for only a shared group.

    Two articles leading with alike stories (``lead_similarity`` above 0) whose lead reports type
    the event differently (one outlet's "capture of the town", the other's "withdrawal"; one's
    "attack", the other's "clashes") score as one family: how an outlet frames its main news is
    no evidence that it is another event. Nor is the side it reports from: types of one act told from
    its sides (``families.one_act``: one side's capture of a town, the other's withdrawal) score as one
    family too (round 20: real-news dev B-cubed R 0.773 -> 0.795, the Avdiivka pair)."""
    if a.type == b.type:
        return 1.0
    if a.family == b.family or lead_similarity(a, b) > 0.0 or one_act(a.type, b.type):
        return FAMILY_SIMILARITY
    return 0.0


def story_similarity(a: LinkNode, b: LinkNode) -> float:
    """Cosine of the two documents' headline-and-lead vectors; neutral within one document
    (a document's lead says what its main event is, not which of its incidents a sentence tells)."""
    if a.document_id is not None and a.document_id == b.document_id:
        return SAME_DOCUMENT_STORY
    if a.story_vector is None or b.story_vector is None:
        return NEUTRAL
    return max(0.0, min(1.0, float(np.dot(a.story_vector, b.story_vector))))


def text_similarity(a: LinkNode, b: LinkNode) -> float:
    """The higher of embedding cosine and shingle overlap (near-copies score 1 on either)."""
    cosine = float(np.dot(a.vector, b.vector)) if a.vector is not None and b.vector is not None else 0.0
    return max(0.0, min(1.0, max(cosine, jaccard(a.sentence_sig, b.sentence_sig))))


def time_similarity(a: LinkNode, b: LinkNode) -> float:
    """1 when both state times that overlap, ``NEXT_DAY_SIMILARITY`` for consecutive days,
    ``DAYS_APART_SIMILARITY`` for stated times further apart (their widened windows met at the
    gate), neutral when one side states none. An undated report of its article's lead news is read
    at the lead's day (``LinkNode.day``). Round 11: real-news dev and test unchanged; the fiction
    batch1's two Kharkiv strikes two days apart, bridged by one undated lead detail, came apart
    (B-cubed P 0.929 -> 1.000)."""
    return stated_similarity(a.day, b.day)


def stated_similarity(a: Window | None, b: Window | None) -> float:
    """How alike two stated times are: one day 1, consecutive days ``NEXT_DAY_SIMILARITY``, unknown
    neutral, further apart ``DAYS_APART_SIMILARITY``."""
    if a is None or b is None:
        return NEUTRAL
    gap = day_gap(a, b)
    if gap == 0:
        return 1.0
    return NEXT_DAY_SIMILARITY if gap <= NEXT_DAY else DAYS_APART_SIMILARITY


def place_similarity(a: Place | None, b: Place | None) -> float | None:
    """1 for the same place, 0 for apart (or different countries), None (a gate) when two places
    named below country level lie in different countries or more than ``FAR_APART_KM`` apart."""
    if a is None or b is None:
        return NEUTRAL
    if a.country and b.country and a.country != b.country:
        if says_where(a) and says_where(b):
            return None
        # a bare country is mostly read off an actor ("the US military said") or names where
        # talks were held: no evidence against a place named in another country
        return NEUTRAL if says_where(a) or says_where(b) else 0.0
    if holds(a, b) or holds(b, a) or unplaced_namesake(a, b):
        return 1.0
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        same_admin = a.admin1 is not None and a.admin1 == b.admin1
        return 1.0 if same_admin else NEUTRAL
    radius = max(PLACE_RADIUS_KM.get(a.precision, math.inf), PLACE_RADIUS_KM.get(b.precision, math.inf))
    if math.isinf(radius):
        return NEUTRAL
    distance = distance_km(a.lat, a.lon, b.lat, b.lon)
    if distance > FAR_APART_KM:
        return None
    if two_towns(a, b):
        radius = TWO_TOWNS_KM
    return 1.0 if distance <= radius and not provinces_apart(a, b, radius) else 0.0


def unplaced_namesake(a: Place, b: Place) -> bool:
    """Whether two places of one country bear one name (folded: case and accents aside) that is not the
    country's own, and at least one of them is not located (kept at country precision or unknown).

    A village or district the gazetteer lacks, or one read where no province is named, is kept as
    its name with the country's point; another outlet locates the same name at a town or region.
    Their points say nothing, but the name says they are one place (Bolan left unplaced by one
    Pakistani outlet, a region to the other). Two located namesakes are left to their points: a
    country has many Santa Rosas."""
    if a.precision in LOCATED and b.precision in LOCATED:
        return False
    name = fold(a.name or "")
    return bool(name) and a.country == b.country and name == fold(b.name or "") and name != fold(a.country or "")


def two_towns(a: Place, b: Place) -> bool:
    """Whether two places are towns the gazetteer placed (exact precision) under two names: two sites,
    unless one lies within ``TWO_TOWNS_KM`` of the other (a suburb told by its city's name)."""
    return (a.precision is b.precision is PlacePrecision.EXACT
            and fold(a.name or a.text) != fold(b.name or b.text))


def holds(coarse: Place, fine: Place) -> bool:
    """Whether ``coarse`` is the first-level unit (province, state, oblast) the gazetteer places
    ``fine`` in: a region whose name is its own first-level unit, and the other's first-level unit.

    Distance cannot say this for a large province: its point is a centroid, and a town of it can
    lie further from that point than ``FAR_APART_KM`` (Gwadar 570 km from Balochistan's, Kashgar
    590 km from Xinjiang's, Jijiga 300 km from the Somali region's), so one outlet naming the town
    and another only its province were gated apart as two far places. A sub-provincial region (a
    district read as a region, "Bolan") names no first-level unit and keeps the distance test."""
    return (
        coarse.precision is PlacePrecision.REGION
        and coarse.admin1 is not None
        and coarse.name == coarse.admin1
        and fine.admin1 == coarse.admin1
        and coarse.country == fine.country
    )


def provinces_apart(a: Place, b: Place, radius: float) -> bool:
    """Whether a province's radius would hold two places that name different first-level units.

    ``PLACE_RADIUS_KM`` gives a region the 250 km that a large province spans, so a town and a
    neighbouring state's name (a Lagos police station and "Ekiti State"), or two provinces side by
    side, fall within it; the gazetteer's first-level unit says whether the town lies in that
    province. Only when the coarser place is a region: two towns a few kilometres apart across a
    provincial border remain one site. Unknown on either side is no evidence."""
    if radius < PLACE_RADIUS_KM[PlacePrecision.REGION]:
        return False
    return a.admin1 is not None and b.admin1 is not None and a.admin1 != b.admin1



def spans_overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """Whether two character ranges (a sentence's, say) share a character; never for a missing one."""
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]
