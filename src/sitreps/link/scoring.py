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

The similarities themselves live in ``similarities`` (text, story, lead, type, time) and
``place_similarity`` (place), the gates' tests in ``pair_gates``; this module weighs them, names
the gate or terms behind a score (``PairScore``) and holds the threshold.
"""

from __future__ import annotations

from dataclasses import dataclass

from sitreps.extract.agreement import either_province_namesake
from sitreps.link.actors import actor_similarity, complementary, shares_actor
from sitreps.link.crowds import crowd_apart, crowd_family
from sitreps.link.families import one_act, sided_groups
from sitreps.link.inherited_places import disagreement_withheld
from sitreps.link.nodes import LinkNode
from sitreps.link.pair_gates import (
    FAR_DAYS,
    countries_apart,
    days_apart,
    lead_namesakes,
    listed_apart,
    one_claim,
    spans_overlap,
    towns_apart,
)
from sitreps.link.place_similarity import place_similarity, two_towns
from sitreps.link.similarities import (
    NEXT_DAY,
    lead_similarity,
    story_similarity,
    text_similarity,
    time_similarity,
    type_similarity,
)
from sitreps.link.tolls import NEUTRAL, toll_similarity
from sitreps.link.where import LOCATED
from sitreps.link.windows import day_gap, overlaps
from sitreps.models import PlacePrecision

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

DAYS_APART_PENALTY = 0.10
"""Taken off when two outlets' reports both state days further apart than ``NEXT_DAY`` (not a lead's
day lent to an undated report): as ``PLACE_APART_PENALTY`` for places, evidence against one event rather
than a missing agreement (``DAYS_APART_SIMILARITY`` only withholds the time weight). Two strikes on one
city two days apart read alike and name one attacker (round 14's linking fiction, batch8: Odesa struck on
Monday and its port on Wednesday, 0.58 without it); within one article such a pair is a gate
(``pair_gates.days_apart``)."""

SAME_SENTENCE = 1.0
"""Two mentions of one type in overlapping sentences of one document are one extraction twice."""


TYPES_APART = "types share no linkable group"
TIMES_APART = "time windows do not meet"
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
        return PairScore(0.0, TIMES_APART)
    same_document = a.document_id is not None and a.document_id == b.document_id
    if not same_document and countries_apart(a, b):
        return PairScore(0.0, f"articles placed in {a.where} and {b.where}")
    one_sentence = same_document and spans_overlap(a.sentence_span, b.sentence_span)
    if one_sentence and listed_apart(a, b):
        return PairScore(0.0, "one sentence's list of places apart")
    if same_document and towns_apart(a, b) and not lead_namesakes(a, b):
        return PairScore(0.0, TOWNS_APART)
    if same_document and days_apart(a, b):
        return PairScore(0.0, DAYS_APART)
    if not same_document and days_apart(a, b, FAR_DAYS):
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
    if one_claim(a, b) and not shares_actor(a.actors, b.actors):
        return PairScore(0.0, CLAIM_WITHOUT_ACTOR)
    place = place_similarity(a.place, b.place)
    if place in (None, 0.0) and either_province_namesake(a.place, b.place) and (
            not same_document or lead_namesakes(a, b)):
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
        ("days apart", -DAYS_APART_PENALTY if days_apart(a, b) else 0.0),
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
