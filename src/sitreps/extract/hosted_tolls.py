"""Whether a casualty word told after an incident, with no doer of its own, is that incident's toll.

``extract.consequences`` gives an agentless casualty word ("Three militants were reportedly killed")
to the violent incident told in the sentence before: the toll of that incident. Round 23b found two
ways an article says the killing is another incident, and then it stands as one of its own:
- the sentence opens on another incident ("Separately, a student was shot dead ...", "Elsewhere, ...",
  ``incidents.sentence_opens_new``);
- the casualty word's clause names a town and the incident's sentence names towns, each of them a town
  the gazetteer knows far from the other ("In Mombasa, hundreds marched ... The bar said a teenager had been
  shot dead in Kisumu"): the writer moved to another town. A clause that names no place ("were killed in
  the town"), a quarter of the incident's city or a name the gazetteer lacks stays the toll: on real-news
  test, reading any other name as another town split a protest's own killing from it (rows per event
  1.583 -> 1.597, place 0.708 -> 0.694).

Relies on: spaCy's parse and entities; the gazetteer; the openers of ``data/en/incidents.yaml`` and the
locative prepositions of ``data/en/eventness.yaml`` (through the modules named above).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from sitreps.extract.generic_statements import places_named
from sitreps.extract.incidents import sentence_opens_new
from sitreps.models import PlacePrecision
from sitreps.resolve.gazetteer import QUARTER_KM, Gazetteer
from sitreps.resolve.geodata import distance_km


def _clause(word: Token) -> Span:
    """The words a casualty word governs ("shot dead in Kisumu"), as one span of its sentence."""
    return word.doc[word.left_edge.i:word.right_edge.i + 1]


@dataclass(frozen=True)
class Towns:
    """The gazetteer and the story's countries, to tell whether two names are towns far apart."""

    gazetteer: Gazetteer
    countries: tuple[str, ...]

    def _points(self, names: set[str]) -> list[tuple[float, float]] | None:
        """Each name's town point; None when one is no town the gazetteer knows exactly."""
        points = []
        for name in names:
            match = self.gazetteer.resolve(name, context_countries=self.countries)
            if match.precision is not PlacePrecision.EXACT or match.approximate or match.lat is None \
                    or match.lon is None:
                return None
            points.append((match.lat, match.lon))
        return points

    def far_apart(self, own: set[str], hosts: set[str]) -> bool:
        """Whether every town of ``own`` lies beyond a city's quarters from every town of ``hosts``."""
        if not own or not hosts or own & hosts:
            return False
        mine, theirs = self._points(own), self._points(hosts)
        return mine is not None and theirs is not None and all(
            distance_km(*a, *b) > QUARTER_KM for a in mine for b in theirs)


def told_apart(sentence: Span, casualty: Token | None, host: Token, towns: Towns | None = None) -> bool:
    """Whether a toll told in ``sentence`` (by ``casualty``, or by a figure with no event word when None)
    is another incident than the one ``host`` tells in an earlier sentence."""
    if sentence_opens_new(sentence):
        return True
    return casualty is not None and towns is not None \
        and towns.far_apart(places_named(_clause(casualty)), places_named(host.sent))
