"""Which party speaks when wire copy names it twice: through its spokesman in the same sentence, or after a
descriptive adjective the parser splits off as a subject of its own.

"The army said it killed 14 militants, army spokesman X said" is the army's own claim voiced by its
spokesman: the army is the sentence's source, so the claim reads as the doer's. "Sudan's paramilitary
Rapid Support Forces said" is the RSF speaking, not "Sudan's paramilitary". Fiction written for these
tests, of several conflicts, with near misses whose source must not change.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from sitreps.attribute.claims import find_claims
from sitreps.attribute.quotes import find_quotes
from sitreps.models import Claim, SourceKind

Parse = Callable[[str], Doc]


def claim_for(parse: Parse, text: str, words: str) -> Claim:
    doc = parse(text)
    return next(c for c in find_claims(doc, find_quotes(doc)) if words in c.span.text)


@pytest.mark.parametrize(("text", "words", "source"), [
    ("M23 rebels said they had taken control of the town of Rubaya on Thursday, rebel spokesman Lawrence "
     "Kanyuka said in a statement posted on X.", "Rubaya", "M23 rebels"),
    ("The army said it killed 14 militants in a raid near Dikwa, army spokesman Onyema Obi said on Monday.",
     "Dikwa", "army"),
    ("The Arakan Army said its fighters had overrun a police outpost in Maungdaw, the group's spokesman Khine "
     "Thu Kha said.", "Maungdaw", "Arakan Army"),
])
def test_a_party_voiced_by_its_spokesman_is_the_source(parse: Parse, text: str, words: str, source: str) -> None:
    claim = claim_for(parse, text, words)
    assert claim.source is not None and source in claim.source
    assert claim.source_kind is SourceKind.ORGANISATION


@pytest.mark.parametrize(("text", "words", "source"), [
    # residents are no party his words voice: the spokesman stays the source
    ("Residents said soldiers burned houses in Kalakala, army spokesman Onyema Obi said.", "Kalakala",
     "Onyema Obi"),
    # one speaker only: a named spokesman with no party speaking inside his words
    ("Troops killed 14 militants in a raid near Dikwa, army spokesman Onyema Obi said.", "Dikwa", "Onyema Obi"),
    # a party speaking with no spokesman over it
    ("Police said gunmen killed four farmers in Benue, the governor said.", "Benue", "governor"),
])
def test_other_speakers_keep_their_source(parse: Parse, text: str, words: str, source: str) -> None:
    claim = claim_for(parse, text, words)
    assert claim.source is not None and source in claim.source


@pytest.mark.parametrize(("text", "words", "source"), [
    ("Sudan's paramilitary Rapid Support Forces said its fighters seized an army base in Babanusa.",
     "Babanusa", "Rapid Support Forces"),
    ("Yemen's Iran-aligned Houthi movement said it fired two missiles at a tanker off Mokha.",
     "Mokha", "Houthi"),
])
def test_a_name_after_a_split_adjective_speaks(parse: Parse, text: str, words: str, source: str) -> None:
    claim = claim_for(parse, text, words)
    assert claim.source is not None and source in claim.source


@pytest.mark.parametrize(("text", "words", "source"), [
    # no name after the adjective: the phrase as written stays the source
    ("Myanmar's military-run government said troops killed 20 fighters in Sagaing.", "Sagaing", "government"),
    ("Local officials said gunmen attacked a convoy near Kidal.", "Kidal", "officials"),
])
def test_a_subject_with_no_split_name_stays(parse: Parse, text: str, words: str, source: str) -> None:
    claim = claim_for(parse, text, words)
    assert claim.source is not None and source in claim.source
