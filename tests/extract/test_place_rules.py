"""Where: locative phrases in the trigger's clause, place slots, never the dateline or an actor."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only


@pytest.mark.parametrize(
    ("text", "type_id", "place"),
    [
        ("Ukrainian and Russian troops clashed near the village of Robotyne overnight.", "armed_clash",
         "the village of Robotyne"),
        # ACLED-style note: the tagger does not know the township; the preposition is enough
        ("On 15 June 2024, the Arakan Army clashed with Myanmar military forces in Maungdaw township (Rakhine).",
         "armed_clash", "Maungdaw township"),
        ("JNIM fighters seized control of the town of Boulkessi after a day of fighting.",
         "non_state_overtakes_territory", "the town of Boulkessi"),
        ("A bomb went off near a police van in Quetta on Saturday, wounding five people.", "remote_explosive",
         "Quetta"),
        ("Russian forces shelled Kherson on Monday.", "shelling_missile_attack", "Kherson"),
    ],
)
def test_place_phrase(extract: Extract, text: str, type_id: str, place: str) -> None:
    mention = only(extract(text), type_id)
    assert mention.place is not None
    assert mention.place.evidence[0].text.startswith(place)


@pytest.mark.parametrize(
    ("text", "type_id"),
    [
        ("A Russian lieutenant and 11 of his men defected to Ukraine, officials said.", "defection"),
        ("Ukrainian and Russian troops clashed overnight, both sides said.", "armed_clash"),
        ("Lebanese officials urged the United States to put pressure on Israel.", "demand"),
    ],
)
def test_actors_and_demonyms_are_not_places(extract: Extract, text: str, type_id: str) -> None:
    assert only(extract(text), type_id).place is None


def test_the_dateline_is_never_the_place(extract: Extract) -> None:
    text = "Kabul, Afghanistan - Gunmen attacked a checkpoint on the highway overnight, police said."
    mention = only(extract(text), "armed_clash")
    assert mention.place is None or mention.place.evidence[0].start > len("Kabul, Afghanistan")
