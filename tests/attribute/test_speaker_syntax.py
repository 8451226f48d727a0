"""Speakers and sources the grammar decides: relative clauses, passives, written names, idioms.

Every article here is fiction written for these tests. Each case pins a general pattern seen
in real reporting, with varied wording, not one sentence.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from sitreps.attribute.claims import find_claims
from sitreps.attribute.quotes import find_quotes
from sitreps.models import Claim, Quote, SourceKind

Parse = Callable[[str], Doc]


def claim_for(parse: Parse, text: str, words: str) -> Claim:
    doc = parse(text)
    return next(c for c in find_claims(doc, find_quotes(doc)) if words in c.span.text)


def speakers(parse: Parse, text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(parse(text))]


def quotes_of(parse: Parse, text: str) -> list[Quote]:
    return find_quotes(parse(text))


@pytest.mark.parametrize(("text", "speaker"), [
    ("The aid group interviewed four farmers who said that raiders had burned the granary.", "four farmers"),
    ("Reporters met a shepherd who said that gunmen had taken his whole flock.", "a shepherd"),
    ("Governor Tomas Rell, who told reporters that the road was cut, left the town on Friday.", "Tomas Rell"),
])
def test_a_relative_pronoun_speaks_for_the_noun_its_clause_modifies(parse: Parse, text: str, speaker: str) -> None:
    assert speaker in speakers(parse, text)
    assert not {"who", "which", "that"} & set(speakers(parse, text))


@pytest.mark.parametrize(("text", "speaker"), [
    ("Army spokesman Col. Amara Tesfaye told reporters that the garrison had withdrawn.", "Amara Tesfaye"),
    ("“We hold the ridge,” said militia commander Yusuf al-Qadiri on Sunday.", "Yusuf al-Qadiri"),
    ("“The convoy is safe,” Lt. Gen. Petra Vasko said.", "Petra Vasko"),
    ("“The ward is full,” said Dr. Hana Mirza, who runs the clinic.", "Hana Mirza"),
    ("Rear Adm. Tomas Keller told reporters that the frigate had returned to port.", "Tomas Keller"),
    ("“The depot is secured,” said U.S. Army Brig. Gen. Marcus Hale, deputy commander of the task force.",
     "Marcus Hale"),
])
def test_a_name_is_given_as_written_without_a_title_stop(parse: Parse, text: str, speaker: str) -> None:
    assert speakers(parse, text)[0] == speaker


@pytest.mark.parametrize(("text", "words", "name"), [
    ("Six soldiers were reported killed in the ambush near Dorva.", "Six soldiers", "were reported"),
    ("The rebels are said to have seized the fuel depot overnight.", "The rebels", "are said"),
    ("Hundreds of families have been reported missing since the floods hit the camp.", "families",
     "have been reported"),
    ("It was reported that the bridge over the Ossa had collapsed.", "bridge", "It was reported"),
])
def test_a_passive_report_rests_on_nobody_named(parse: Parse, text: str, words: str, name: str) -> None:
    claim = claim_for(parse, text, words)
    assert (claim.source, claim.source_kind) == (name, SourceKind.VAGUE)
    assert claim.cue is not None and claim.cue.text == name
    assert all(q.speaker is None or words not in q.speaker for q in quotes_of(parse, text))


def test_a_passive_report_with_an_agent_names_the_agent(parse: Parse) -> None:
    claim = claim_for(parse, "Heavy gunfire was reported by residents of Kalno on Monday night.", "gunfire")
    assert (claim.source, claim.source_kind) == ("residents", SourceKind.VAGUE)
    claim = claim_for(parse, "The ambush was claimed by the Red Hill Brigade in a statement.", "ambush")
    assert (claim.source, claim.source_kind) == ("the Red Hill Brigade", SourceKind.ORGANISATION)


def test_quoted_as_saying_keeps_its_speaker(parse: Parse) -> None:
    text = "Mayor Ilse Varn was quoted as saying that the town was calm after the raid."
    assert claim_for(parse, text, "Ilse Varn").source == "Ilse Varn"


@pytest.mark.parametrize("text", [
    "The withdrawal from the bridgehead went according to plan with few losses.",
    "Repairs to the dam proceeded according to schedule despite the shelling.",
])
def test_according_to_an_idiom_names_no_source(parse: Parse, text: str) -> None:
    claim = claim_for(parse, text, "according to")
    assert claim.source_kind is SourceKind.NONE
    assert speakers(parse, text) == []


@pytest.mark.parametrize(("text", "source"), [
    ("Three shops burned in the market fire, according to police.", "police"),
    ("Two boats sank off the coast, according to local fishermen.", "local fishermen"),
    ("The curfew was lifted at dawn, according to emergency medical services.", "emergency medical services"),
])
def test_according_to_a_source_still_names_it(parse: Parse, text: str, source: str) -> None:
    claim = claim_for(parse, text, "according to")
    assert claim.source is not None and claim.source in source


def test_it_goes_back_to_a_party_named_as_a_subject_not_a_place_after_a_preposition(parse: Parse) -> None:
    text = ("The Interior Ministry said the curfew would hold. Rwandan and Kenyan monitors arrived in Dessa "
            "on Monday. It said the border would stay shut.")
    assert speakers(parse, text) == ["The Interior Ministry", "The Interior Ministry"]


def test_he_or_she_goes_back_to_a_person_not_a_place_name_after_a_preposition(parse: Parse) -> None:
    text = ("Medic Sara Loew treated the wounded for hours. Rockets later fell on Tel Hamra. "
            "There was no time to reach the shelter, she said.")
    [quote] = find_quotes(parse(text))
    assert quote.speaker == "Sara Loew"



@pytest.mark.parametrize(("text", "source", "kind"), [
    ("The private security firm Marlowe said a drone struck the tanker off the coast.", "Marlowe",
     SourceKind.ORGANISATION),
    ("DG ISPR said the operation was carried out in phases.", "DG ISPR", SourceKind.ORGANISATION),
    ("Civic Watch said the detainees had been moved to a camp near Orlu.", "Civic Watch", SourceKind.ORGANISATION),
    ("Security analyst Anna Kessler spoke to reporters in the port. Kessler said the tanker had been hit twice.",
     "Anna Kessler", SourceKind.NAMED_PERSON),
])
def test_a_person_tag_names_a_person_only_with_a_full_name(parse: Parse, text: str, source: str,
                                                           kind: SourceKind) -> None:
    claim = claim_for(parse, text, " said ")
    assert (claim.source, claim.source_kind) == (source, kind)
