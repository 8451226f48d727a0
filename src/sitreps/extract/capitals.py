"""Which capital "the capital" means, and the capital a place's own phrase puts it in.

"Police raided houses in the capital's Hodan district", "a drone hit a building in the capital's
Obolonskyi district": the name is a part of the capital, which the gazetteer often lacks. Written with
the capital's own name ("Mogadishu's Hodan district") such a part is placed at that town; written with
"the capital's" it fell to the middle of the story's first country (of the other side's country when a
Russian strike was told first). The capital is the story country's (:func:`story_capital`), or the
country the phrase names ("the Sudanese capital's Omdurman district").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan

from sitreps.annotate.doctext import doc_text
from sitreps.extract.english import words
from sitreps.extract.name_context import capital_country
from sitreps.resolve.gazetteer import Gazetteer


def story_capital(countries: Sequence[str], text: str, gazetteer: Gazetteer) -> str:
    """The country "the capital" means: the first of the story's whose capital the text names, else the most named."""
    for country in countries:
        match = gazetteer.capital_of(country)
        if match is not None and match.name in text:
            return country
    return countries[0]


def owning_capital(phrase: SpacySpan, name: SpacySpan, gazetteer: Gazetteer, countries: Sequence[str]) -> str | None:
    """The name of the capital a possessive "the capital's" before ``name`` puts it in, or None.

    Only a capital noun that owns the phrase ("the capital's X district", "the Ukrainian capital's X"),
    not one of another phrase: "the capital, X" names the capital itself.
    """
    owner = next((t for t in phrase[:max(name.start - phrase.start, 0)] if t.dep_ == "poss"
                  and t.lemma_.lower() in words("places", "capital_nouns")), None)
    if owner is None:
        return None
    country = capital_country(phrase.doc[owner.left_edge.i:owner.i + 1])
    if country is None and countries:
        country = story_capital(countries, doc_text(phrase.doc), gazetteer)
    match = gazetteer.capital_of(country) if country is not None else None
    return match.name if match is not None else None
