"""The gates that rule a pair of reports out before it is scored (a score of 0).

``scoring.score_pair`` asks these in order and names the gate that closed (``PairScore.gate``).
They are kept apart from the weighted score because each is a yes-or-no test of what the reports
say (one article's two towns or two days, one sentence's list of places, two countries' news, a
claim against a report) and never a weight: a pair a gate closes scores 0, however alike it reads.
"""

from __future__ import annotations

from sitreps.extract.agreement import either_province_namesake, places_agree
from sitreps.link.families import claim_types
from sitreps.link.nodes import LinkNode
from sitreps.link.place_similarity import place_similarity
from sitreps.link.similarities import LEAD_STORY_FLOOR, NEXT_DAY, story_similarity
from sitreps.link.where import LOCATED
from sitreps.link.windows import day_gap
from sitreps.models import PlacePrecision

FAR_DAYS = 2
"""Stated days further apart than this gate two outlets' reports apart (a day or two apart only
score, ``DAYS_APART_PENALTY``): a weekday resolved against another outlet's publication date or time
zone is off by a day, rarely two, while a city struck again later in the week reads like the first
strike, sentence and lead alike (round 15's linking fiction, batch10: Kharkiv hit by drones on a
Tuesday and on a Saturday scored 0.65 with the penalty, by text, story and the lead bonus)."""


def towns_apart(a: LinkNode, b: LinkNode) -> bool:
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


def lead_namesakes(a: LinkNode, b: LinkNode) -> bool:
    """Whether one article's headline and a report of its lead name a town and the province named
    after it (``extract.agreement.province_namesake``): a headline's "gunmen abduct 40 in Kaduna church raid" and its
    lead's "stormed a church in Kajuru" tell one incident at two precisions. Two reports of the
    body, even of its lead, keep the ``towns_apart`` gate: there the writer moves from town to
    town ("drones struck Kharkiv overnight; shelling struck Chuhuiv")."""
    return a.headline != b.headline and a.lead and b.lead and either_province_namesake(a.place, b.place)


def days_apart(a: LinkNode, b: LinkNode, gap: int = 1) -> bool:
    """Whether two mentions of one article state times more than ``NEXT_DAY`` apart: one writer
    dating two incidents days apart (a capital fought over on Monday and again on Wednesday, a
    market bombed on Sunday and on Tuesday) tells two events, as with ``towns_apart``; across two
    outlets a day resolved against another publication date may be off, so there it only scores
    (``DAYS_APART_SIMILARITY``). Consecutive days stay joinable (an evening and the night after).
    Real-news dev: B-cubed P 0.817 -> 0.839 (one Tripoli article's clashes two days apart, one
    Beirut article's denials of two strikes), date and fatalities one event up, target one down;
    test date one event up, B-cubed unchanged."""
    return a.stated is not None and b.stated is not None and day_gap(a.stated, b.stated) > max(gap, NEXT_DAY)


def listed_apart(a: LinkNode, b: LinkNode) -> bool:
    """Two reports of one sentence placed apart below country level: a round-up ("bombings in Yala,
    Pattani and Songkhla") gives one mention per place (``extract.roundups``), and ACLED codes one
    event per location, so the sentence they share must not join them again."""
    if a.place is None or b.place is None or a.place.precision not in LOCATED or b.place.precision not in LOCATED:
        return False
    return place_similarity(a.place, b.place) in (None, 0.0)


def countries_apart(a: LinkNode, b: LinkNode) -> bool:
    """Whether two reports' articles tell news of two countries, with stories no more alike than
    ``LEAD_STORY_FLOOR``: two articles leading with one cross-border strike (one outlet on the
    side that fired, one on the side hit) read alike and are still compared."""
    if a.where is None or b.where is None or a.where == b.where:
        return False
    return story_similarity(a, b) <= LEAD_STORY_FLOOR


def one_claim(a: LinkNode, b: LinkNode) -> bool:
    """Whether one node is a claim about an event (an accusation, a denial) and the other a report:
    such a pair is compared only when they name an actor in common (the accused, the denier), since
    a claim's text reads like any strike of its war."""
    claims = claim_types()
    return (a.type in claims) != (b.type in claims)


def spans_overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """Whether two character ranges (a sentence's, say) share a character; never for a missing one."""
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]
