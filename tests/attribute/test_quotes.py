"""find_quotes: direct and indirect quotations, speakers, roles and cues."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from sitreps.attribute.quotes import find_quotes
from sitreps.models import Quote

Parse = Callable[[str], Doc]


def direct(doc: Doc) -> list[Quote]:
    return [q for q in find_quotes(doc) if q.direct]


def test_seed_article_has_one_direct_quote_by_yusov_with_his_role(parse: Parse, seed_text: str) -> None:
    doc = parse(seed_text)
    quotes = direct(doc)
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.speaker == "Andriy Yusov"
    assert quote.role == "a representative of the State Department of the Ministry of Defense of Ukraine"
    assert quote.text.text.startswith("When there was a threat")
    assert quote.cue is not None and quote.cue.text == "stated"
    assert {"Yusov", "Andriy Yusov"} <= {s.text for s in quote.speaker_evidence}


def test_speaker_after_quote_with_title_before_name(parse: Parse) -> None:
    doc = parse('"The bridge is gone," said army spokesman Oleg Varas. Nothing else was said.')
    [quote] = direct(doc)
    assert quote.speaker == "Oleg Varas"
    assert quote.role == "army spokesman"


def test_split_quote_gives_two_quotes_with_one_speaker(parse: Parse) -> None:
    doc = parse("Minister Dana Orr spoke in Vell. “We are ready,” she said, “but we will not attack first.”")
    quotes = direct(doc)
    assert [q.text.text for q in quotes] == ["We are ready,", "but we will not attack first."]
    assert {q.speaker for q in quotes} == {"Dana Orr"}


def test_speaker_before_colon_and_guillemets(parse: Parse) -> None:
    doc = parse("Commander Issa Ban of the Western Front said: «Our units hold the ridge and will stay.»")
    [quote] = direct(doc)
    assert quote.speaker == "Issa Ban"


def test_multi_paragraph_quote_is_one_quote(parse: Parse) -> None:
    text = (
        "Nurse Kemi Ade described the night to the Valley Courier.\n\n"
        "“The lights went out after the first blast. We carried the children down.\n\n"
        "“By morning the ward was full,” Ade said.\n\nThe hospital reopened on Friday."
    )
    [quote] = direct(parse(text))
    assert quote.text.text.startswith("The lights went out") and quote.text.text.endswith("full,")
    assert quote.speaker == "Kemi Ade"


def test_pronoun_resolves_to_named_person_not_a_place(parse: Parse) -> None:
    text = (
        "Governor Lina Holt visited the village of Tarnow on Monday. "
        "“Nobody here will be forgotten,” she told reporters."
    )
    [quote] = direct(parse(text))
    assert quote.speaker == "Lina Holt"


def test_stand_alone_quote_inherits_previous_speaker(parse: Parse) -> None:
    text = (
        "“We were shelled all night,” said farmer Petro Lys, 54.\n\n"
        "“Our barn burned down and the cows ran into the forest.”"
    )
    quotes = direct(parse(text))
    assert [q.speaker for q in quotes] == ["Petro Lys", "Petro Lys"]


def test_scare_quotes_are_not_speech(parse: Parse) -> None:
    doc = parse("Officials described the raid as a “cleansing” of the area.")
    assert direct(doc) == []


def test_indirect_speech_said_that_and_according_to(parse: Parse) -> None:
    text = (
        "The interior ministry said that 14 militants had been arrested in Dor. "
        "According to local police, two officers were wounded."
    )
    quotes = find_quotes(parse(text))
    expected = [(False, "The interior ministry"), (False, "local police")]
    assert [(q.direct, q.speaker) for q in quotes] == expected
    assert quotes[0].text.text == "14 militants had been arrested in Dor"
    assert quotes[1].cue is not None and quotes[1].cue.text == "According to"
    assert quotes[1].text.text == "two officers were wounded"


def test_accusation_is_indirect_speech(parse: Parse) -> None:
    [quote] = find_quotes(parse("The rebels accused the army of shelling a school in Kaya."))
    assert not quote.direct
    assert quote.text.text == "the army of shelling a school in Kaya"
    assert quote.speaker == "The rebels"


def test_every_span_matches_the_document_text(parse: Parse, seed_text: str) -> None:
    doc = parse(seed_text)
    for quote in find_quotes(doc):
        for span in [quote.text, *([quote.cue] if quote.cue else []), *quote.speaker_evidence]:
            assert doc.text[span.start : span.end] == span.text
