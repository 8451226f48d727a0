"""Which of an event's place phrases is its place, and how wide a place is.

Split out of :mod:`sitreps.extract.places` (round 24). ACLED codes the most specific location a report
gives: :func:`locate` ranks the resolved candidates (finer first; a place the event is in before one it
is only near, told from or far from), and :func:`breadth` orders places for the stages that compare them
(the story's place, finer places, consolidation).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan

from sitreps.extract.bearings import stated_distance_km
from sitreps.extract.english import words
from sitreps.extract.locatives import phrase_object
from sitreps.extract.place_lookup import is_near, resolve_place
from sitreps.extract.place_words import near_words
from sitreps.extract.placename import toponym_in
from sitreps.extract.said_from import said_from
from sitreps.models import Place, PlacePrecision
from sitreps.resolve.gazetteer import Gazetteer
from sitreps.resolve.geoindex import unit_words

# A town told as a reference point farther than this ("200 km north of Ouagadougou") is no place of the
# event when it is told to be in a town or district (FAR_YIELDS_TO): 25 km is the tolerance for a town
# of the issue and of the real-news scorer, beyond which the reference town's point is wrong anyway.
FAR_REFERENCE_KM = 25.0
FAR_YIELDS_TO = frozenset({PlacePrecision.EXACT, PlacePrecision.DISTRICT})
# Precisions at which a place the event is only near yields to one it is in (see _near_town).
NEAR_YIELDS = frozenset({PlacePrecision.EXACT, PlacePrecision.COUNTRY})
# Finer first: the order in which locate() prefers a sentence's places.
PRECISION_RANK = {PlacePrecision.EXACT: 0, PlacePrecision.DISTRICT: 1, PlacePrecision.REGION: 2,
                  PlacePrecision.COUNTRY: 3, PlacePrecision.UNKNOWN: 4}


def breadth(place: Place) -> int:
    """How wide a place is, finer first: an area of no country ("the Sahel") is wider than a country,
    though both are "regions" to the gazetteer, so "a strike in the Sahel" told again as "the strike
    in Mali" keeps Mali."""
    wide = place.precision is PlacePrecision.REGION and not place.country
    return PRECISION_RANK[PlacePrecision.COUNTRY] + 1 if wide else PRECISION_RANK[place.precision]


def locate(phrases: Sequence[SpacySpan], text: str, gazetteer: Gazetteer, countries: Sequence[str]) -> Place | None:
    """The event's place: the most precise of its candidate phrases, the earlier one on a tie.

    ACLED codes the most specific location a report gives: "shelled the town of Orikhiv in
    Zaporizhzhia region" is Orikhiv, "attacked Djibo in northern Burkina Faso" is Djibo.
    A place without a point ranks last.
    A town told only as a far reference point ("in Soum province, 200 km north of Ouagadougou") ranks
    after a town or district the event is said to be in.
    A town named only as a bearing ("a camp in the Hiran region north of the capital, Mogadishu")
    ranks after every place the event is said to be in: the event may lie hundreds of kilometres
    from it; so does the place a report was given from (:func:`said_from`: "officials in Kherson said
    ..."). Of two towns the gazetteer knows, the one the event is in beats the one it is near: "a
    town hall in Clichy-sous-Bois, in the eastern suburbs of Paris" is Clichy-sous-Bois. Last, a place
    named finer than its point (a town the gazetteer lacks, placed at the state the text names with
    it) beats a unit of the same precision: "battles in Rakhine State ... in towns including Paletwa
    of Chin State" is Paletwa, in Chin State. Of two towns of one precision, the one a phrase only says
    another lies in yields to that other ("Kauru, a town in southern Kaduna" is Kauru).
    """
    found = [(p, said_from(phrase), _bare_bearing(phrase), is_near(phrase), _far_reference(phrase),
              _around_a_town(phrase))
             for phrase in phrases if (p := resolve_place(phrase, text, gazetteer, countries)) is not None]
    if not found:
        return None
    unplaced = len(PRECISION_RANK)
    placed_in = any(not far and p.lat is not None and p.precision in FAR_YIELDS_TO and not p.approximate
                    for p, _, _, _, far, _ in found)
    best = min(found, key=lambda f: (f[0].lat is None, f[1], f[2] or (f[4] and placed_in),
                                     PRECISION_RANK[f[0].precision] if f[0].lat is not None else unplaced,
                                     f[5], _near_town(f[0], f[3]), not f[0].approximate))
    return best[0]


def _around_a_town(phrase: SpacySpan) -> bool:
    """Whether the phrase only says where a named town lies: "Kauru, a town in southern Kaduna". The
    town is the event's place; the phrase around it, though a town too ("Kaduna"), yields to it."""
    root = phrase_object(phrase)
    noun = root.head.head if root.dep_ == "pobj" else None
    return noun is not None and noun.dep_ == "appos" and noun.head.pos_ == "PROPN" \
        and noun.lemma_.lower() in unit_words().settlement


def _far_reference(phrase: SpacySpan) -> bool:
    """Whether the phrase names a town only as a reference point farther than FAR_REFERENCE_KM:
    "in Soum province, 200 km north of Ouagadougou" did not happen in or near Ouagadougou."""
    name = toponym_in(phrase)
    distance = stated_distance_km(name) if name is not None else None
    return distance is not None and distance > FAR_REFERENCE_KM


def _near_town(place: Place, near: bool) -> bool:
    """Whether a place is a known town or a country the event is only near: it yields to a place of
    the same precision the event is in ("strikes at X, near Algeria" is X, placed in the story's
    country). A village placed through its unit ("near the village of X in Y district") keeps its rank."""
    return near and place.precision in NEAR_YIELDS and not place.approximate


def _bare_bearing(phrase: SpacySpan) -> bool:
    """Whether a phrase gives only a bearing from its place, with no distance: "north of X", not
    "10 km north of X" or "near X"."""
    root = phrase_object(phrase)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in words("places", "relative_prepositions"):
        return False
    near = near_words()
    direction = prep.head
    if direction.lower_ not in near.direction:
        return False
    return not any(t.lower_ in near.distance or t.like_num for t in direction.subtree if t.i < direction.i)
