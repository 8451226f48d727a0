"""A post named by the force that held it was taken from that force (round 18).

"Resistance fighters captured a police station": the capture's object is read as its place, so the
capture named no loser and the story's fallback gave the country's army. ACLED codes the force that
held the post as actor 2 (``extract.held_facility``). Near misses: a town, a crossing or "military
positions" name no holder by their own words.

Sentences written for these tests (fiction in the style of news), from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in

from sitreps.models import EventMention, Role

CAPTURES = frozenset({"non_state_overtakes_territory", "government_regains_territory"})


def _targets(events: list[EventMention]) -> list[str]:
    return [name for m in events if m.type in CAPTURES for name in names_in(m, Role.TARGET)]


HELD = [
    ("Resistance fighters captured a police station in Sagaing region on Sunday after a three-hour battle, "
     "the group said.", "police"),
    ("Al-Shabaab fighters overran an army base in Galgaduud on Friday, killing dozens of soldiers.", "army"),
    ("JNIM fighters took over a police post in Djibo on Tuesday, residents said.", "police"),
]


@pytest.mark.parametrize(("text", "holder"), HELD)
def test_the_force_that_held_the_post_is_the_target(extract: Extract, text: str, holder: str) -> None:
    targets = _targets(extract(text))
    assert targets and holder in targets[0].lower(), targets


NO_HOLDER_WORD = [
    ("M23 rebels seized a mining town in North Kivu on Wednesday, residents said.", "mining"),
    ("The rebels captured a border crossing with China after days of fighting, residents said.", "border"),
]


@pytest.mark.parametrize(("text", "word"), NO_HOLDER_WORD)
def test_a_place_word_names_no_holder(extract: Extract, text: str, word: str) -> None:
    targets = _targets(extract(text))
    assert not any(word in name.lower() for name in targets), targets


OWNED = [
    ("Ethnic rebels captured the northeastern command headquarters of the Myanmar military in Lashio, "
     "the group said.", "military"),
    ("M23 fighters overran the barracks of the Congolese army in Rubaya on Tuesday, residents said.", "army"),
    ("JNIM militants seized the camp of the Malian gendarmerie at Dioura, a local official said on Sunday.", "mali"),
    ("Arakan Army fighters captured the regional command of the junta in Ann township, the group said.", "military"),
    ("Insurgents took over the outpost of the Burkinabe army near Djibo on Friday, security sources said.", "army"),
]


@pytest.mark.parametrize(("text", "holder"), OWNED)
def test_the_owner_of_a_taken_post_is_the_target(extract: Extract, text: str, holder: str) -> None:
    """A post named by its owner ("the headquarters of the Myanmar military", round 22): its owner held it;
    the word before the post ("command headquarters") says what kind of post it is."""
    targets = _targets(extract(text))
    assert targets and holder in targets[0].lower(), targets


@pytest.mark.parametrize("text", [
    "Rebels captured the headquarters of Kalehe territory on Monday, a local official said.",
    "Fighters seized the centre of the town of Ann on Sunday, the group said.",
])
def test_a_place_named_as_owner_holds_nothing(extract: Extract, text: str) -> None:
    """Near misses: the "of" phrase names a place, not a force: no holder is read from it."""
    targets = _targets(extract(text))
    assert not any(word in name.lower() for name in targets for word in ("kalehe", "town", "ann")), targets


NAMED_OWNERS = [
    ("Fighters of the Islamic State group overran a base of the Syrian Democratic Forces near Deir Hafer, "
     "killing 12 of its fighters.", "syrian democratic forces"),
    ("The Ostra Front seized the headquarters of the Kivu Defence Movement in the town of Mabu on Sunday.",
     "kivu defence movement"),
    ("Jihadists captured an outpost of the Arakan Army near Kyauktaw after heavy fighting.", "arakan army"),
    ("Government troops recaptured the main base of the Ansar Front near Tilla on Friday.", "ansar front"),
    ("Militiamen overran a checkpoint of the Unity Army on the road to Gao late on Saturday.", "unity army"),
]


@pytest.mark.parametrize(("text", "holder"), NAMED_OWNERS)
def test_a_group_named_as_owner_of_a_post_is_the_target(extract: Extract, text: str, holder: str) -> None:
    """An owner's own name headed by a group noun ("Forces", "Army", "Front", "Movement"; round 23): a
    place's name after "of" has none ("the camp of Kakuma", "the village of Boni")."""
    targets = _targets(extract(text))
    assert targets and holder in targets[0].lower(), targets


@pytest.mark.parametrize(("text", "place"), [
    ("Rebels captured the camp of Kakuma on Monday.", "kakuma"),
    ("Jihadists seized the village of Boni on Thursday.", "boni"),
    ("Militants took control of the town of Bir Ali near the coast.", "bir ali"),
])
def test_a_place_name_after_of_is_no_owner(extract: Extract, text: str, place: str) -> None:
    targets = _targets(extract(text))
    assert not any(place in name.lower() for name in targets), targets
