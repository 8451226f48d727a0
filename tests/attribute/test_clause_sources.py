"""Two speakers' clauses side by side in one sentence ("Rebels say they seized two towns, army says fighting
goes on"): each act is told by the speaker whose cue sits nearest above it, not by the sentence's shallowest
cue. Nested reporting ("residents said the army claimed ...", a spokesman voicing his group) keeps the
sentence's source. Fiction written for these tests, of several conflicts and styles."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from sitreps.annotate.doctext import doc_text
from sitreps.attribute.claims import find_claims
from sitreps.attribute.clause_source import clause_attribution
from sitreps.attribute.modality import attribution_for
from sitreps.attribute.quotes import find_quotes
from sitreps.models import Span

Parse = Callable[[str], Doc]


def source_of(parse: Parse, text: str, trigger: str) -> str | None:
    """The source of the act ``trigger`` (a word of ``text``) names."""
    doc = parse(text)
    claims = find_claims(doc, find_quotes(doc))
    token = next(t for t in doc if t.text == trigger)
    sentence = Span.of(doc_text(doc), token.sent.start_char, token.sent.end_char)
    attribution = clause_attribution(token, attribution_for(sentence, claims))
    return attribution.source if attribution is not None else None


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Rebels say they seized two towns in North Kivu, army says battles go on", "seized", "Rebels"),
    ("Sudan's army says it recaptured Wad Madani; RSF says fighting continues", "recaptured", "Sudan's army"),
    ("Police say they arrested 40 protesters in Dhaka, organisers say the march was peaceful", "arrested",
     "Police"),
    ("Al-Shabaab says it killed 20 soldiers in a raid near Baidoa; Somalia's army says three troops died.",
     "killed", "Al-Shabaab"),
    ("Moscow says it captured a hamlet near Kupiansk; Kyiv says its troops hold the line", "captured", "Moscow"),
])
def test_the_first_of_two_speakers_tells_the_act_in_its_own_clause(parse: Parse, text: str, trigger: str,
                                                                   source: str) -> None:
    assert source_of(parse, text, trigger) == source


@pytest.mark.parametrize(("text", "trigger", "source"), [
    # the second speaker's own clause stays the second speaker's
    ("Rebels say they seized two towns in North Kivu, army says battles go on", "battles", "army"),
    # nested reporting: the army's claim is what the residents report
    ("Residents said the army claimed it had killed 30 militants near Maiduguri.", "killed", "Residents"),
    # one speaker
    ("The interior ministry said police arrested 12 smugglers near the border on Sunday.", "arrested",
     "interior ministry"),
])
def test_nested_or_single_speakers_keep_the_sentences_source(parse: Parse, text: str, trigger: str,
                                                            source: str) -> None:
    found = source_of(parse, text, trigger)
    assert found is not None and source in found
