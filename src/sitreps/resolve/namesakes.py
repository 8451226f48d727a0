"""Which country a town name shared by several countries counts for in a story.

`pipeline._context_countries` counts the story's countries from its place names. A name such as
"Odessa" (a Texan city by its GeoNames name, Ukraine's Odesa by an alternate one) or "Hyderabad"
(India's and Pakistan's) says nothing by itself about which country the story is in; counted for its
first country it made a Ukrainian story American, and then the gazetteer placed the strike in Texas.
Such names are weighed after the story's other evidence instead.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sitreps.resolve.gazetteer import Gazetteer


def settle(namesakes: Sequence[tuple[str, ...]], counts: Counter[str], gazetteer: Gazetteer,
           homes: Sequence[str] = ()) -> None:
    """Count each shared name (its countries, first-named first) for the country the story supports.

    The country the rest of the story names most wins; else the home of a fighting group the story
    names (``homes``, :mod:`sitreps.resolve.actor_homes`: "SPLM-IO fighters ... in Bor" is South
    Sudan's Bor); else one bordering a country it names ("Russian missiles struck Odessa": Ukraine
    borders Russia, Texas does not); else the name's first country, as before. Only the evidence
    counted before this step decides, so two shared names ("Valparaiso and Concepcion") still agree
    by their first countries.
    """
    known = [country for country, _ in counts.most_common()]
    chosen = []
    for countries in namesakes:
        named = next((c for c in [*known, *homes] if c in countries), None)
        near = next((c for c in countries if gazetteer.near_story(c, known)), None) if known else None
        chosen.append(named or near or countries[0])
    counts.update(chosen)
