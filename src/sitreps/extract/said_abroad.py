"""Words spoken abroad do not place the act they report: "The attack was condemned at a news
conference in Washington" tells where the condemnation was, not the ambush in Niger.

:func:`sitreps.extract.said_from.said_from` already ranks a speaker's place after every place the act is
said to be at, yet keeps it when it is the sentence's only place ("Residents in Gao said the town was
shelled": the speakers are most often where it happened). That holds at home only: a place of
speaking in another country than the story's is an envoy's capital, a UN seat, an exile's city, and
an act ACLED codes is never placed there. Dropped, the act takes the place of the story around it.
Local people ("residents of Kharkiv said") are where they live, whatever the story's first country.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan

from sitreps.extract.locatives import dwellers_phrase
from sitreps.extract.place_lookup import resolve_place
from sitreps.extract.said_from import said_from
from sitreps.resolve.gazetteer import Gazetteer


def without_words_abroad(phrases: Sequence[SpacySpan], text: str, gazetteer: Gazetteer,
                         countries: Sequence[str]) -> list[SpacySpan]:
    """``phrases`` less those that only say where words were spoken, in another country than the
    story's first; all of them when the story has no country."""
    home = gazetteer.country_of(countries[0]) if countries else None
    if home is None:
        return list(phrases)
    return [phrase for phrase in phrases if not _spoken_abroad(phrase, text, gazetteer, countries, home)]


def _spoken_abroad(phrase: SpacySpan, text: str, gazetteer: Gazetteer, countries: Sequence[str], home: str) -> bool:
    if not said_from(phrase) or dwellers_phrase(phrase):  # "residents of Kharkiv said": local people
        return False
    place = resolve_place(phrase, text, gazetteer, countries)
    return place is not None and place.country is not None and place.country != home
