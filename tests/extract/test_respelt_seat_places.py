"""Through the pipeline, a district the gazetteer lacks, named after a town spelt otherwise, is at that town
(round 29, resolve/gazetteer.Gazetteer._respelt_seat), not at the seat of another district the story names.
Fiction written for this test."""

from __future__ import annotations

from extract_helpers import Extract


def test_a_district_spelt_as_one_word_is_at_its_seat(extract: Extract) -> None:
    text = ("Gunmen killed four farmers in Jigawa's Kafinhausa LGA on Monday, police said. Separately, "
            "two traders were abducted in Hadejia LGA on Tuesday.")
    mentions = extract(text)
    places = [m.place for m in mentions if m.place is not None and m.place.text.endswith("Kafinhausa LGA")]
    assert places and places[0].lat is not None and not places[0].approximate, [m.place for m in mentions]
    assert "its seat Kafin Hausa" in (places[0].note or "")
