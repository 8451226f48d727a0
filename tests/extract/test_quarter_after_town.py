"""Through the pipeline, a quarter the gazetteer lacks in a sentence naming no town is put at the town told
before it, the dateline's town aside (extract/name_context.earlier_names, round 28). Fiction written for
these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Kenyan riot police broke up a march in Mombasa on Monday. Officers fired tear gas at youths in the "
         "Kivumbini-Tatu neighbourhood on Tuesday, residents said.", "Mombasa"),
        # the town told last before the quarter, not the first the article names
        ("Kenyan police dispersed protesters in Mombasa on Monday. On Tuesday the protests reached Nakuru. "
         "Officers fired tear gas at youths in the Kivumbini-Tatu neighbourhood, residents said.", "Nakuru"),
    ],
)
def test_a_quarter_is_in_the_town_told_before(extract: Extract, text: str, town: str) -> None:
    places = [m.place for m in extract(text) if m.place is not None and m.place.name == "Kivumbini-Tatu"]
    assert places and places[0].note is not None and f"{town}, the town its story named before it" in places[0].note


def test_not_the_datelines_town() -> None:
    """The dateline says where the story was filed, not which town holds the quarter."""
    from sitreps.annotate.nlp import load_nlp
    from sitreps.extract.name_context import earlier_names

    doc = load_nlp()("NAIROBI - Protests spread to Mombasa on Monday. Police fired tear gas in the Kivumbini-Tatu "
                     "neighbourhood on Tuesday.")
    second = list(doc.sents)[-1]
    assert earlier_names(second) == ["Mombasa"]
