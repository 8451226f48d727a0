"""An armed act whose own sentence names its place's country ("In Syria, state media said aircraft struck
targets near Damascus") is trusted there even when its round-up's other reports lie in other countries, so
it is not linked to a strike told of another country; without that word, or for talks and deals, a place
no other report of its article shares stays doubtful. Fiction written for these tests (round 24)."""

from __future__ import annotations

import numpy as np
from link_helpers import make_doc, strike

from sitreps.link.nodes import LinkNode, mention_node
from sitreps.link.scoring import pair_score
from sitreps.link.where import country_named_beside
from sitreps.models import Document, PlacePrecision, Span

NABATIEH = {"name": "Nabatieh", "country": "Lebanon", "admin1": "Nabatieh", "lat": 33.38, "lon": 35.48}
DAMASCUS = {"name": "Damascus", "country": "Syria", "admin1": "Damascus", "lat": 33.51, "lon": 36.28}
IDLIB = {"name": "Idlib", "country": "Syria", "admin1": "Idlib", "lat": 35.93, "lon": 36.63}
JURF = {"name": "Jurf al-Sakhar", "country": "Iraq", "admin1": "Babil", "lat": 32.90, "lon": 44.13}
ISRAELI = [("initiator", "Israeli aircraft", "il-idf")]
AMERICAN = [("initiator", "US aircraft", "us-armed-forces")]

ROUNDUP = (
    "An Israeli drone hit a car near Nabatieh on Saturday, killing two men. "
    "In Syria, state media said Israeli aircraft struck targets near Damascus, killing two soldiers."
)
ROUNDUP_BARE = (
    "An Israeli drone hit a car near Nabatieh on Saturday, killing two men. "
    "State media said Israeli aircraft struck targets near Damascus, killing two soldiers."
)
ELSEWHERE = "A US air strike on a militia facility at Jurf al-Sakhar killed two members of the group."


def _placed(document: Document, index: int, name: str) -> Document:
    """The document with mention ``index``'s place evidence narrowed to the place's name, as extraction gives it."""
    events = list(document.events)
    mention = events[index]
    assert mention.place is not None
    at = document.text.index(name, mention.sentence.start)
    place = mention.place.model_copy(update={"evidence": [Span.of(document.text, at, at + len(name))]})
    events[index] = mention.model_copy(update={"place": place})
    return document.model_copy(update={"events": events})


def _roundup(text: str, second: dict | None = None) -> Document:
    second = second or strike(trigger="struck", place=DAMASCUS, actors=ISRAELI, time=None)
    document = make_doc("r", text, "2026-11-22", "Round-up Wire",
                        strike(trigger="hit", place=NABATIEH, actors=ISRAELI, time=None), second)
    return _placed(_placed(document, 0, "Nabatieh"), 1, "Damascus")


def _node(document: Document, index: int) -> LinkNode:
    node = mention_node(document.events[index], document)
    node.vector = node.story_vector = np.array([1.0, 0.0])
    return node


def _elsewhere() -> LinkNode:
    document = make_doc("i", ELSEWHERE, "2026-11-14", "Tigris Wire",
                        strike(trigger="strike", place=JURF, actors=AMERICAN, time=None))
    return _node(_placed(document, 0, "Jurf al-Sakhar"), 0)


def test_the_country_its_sentence_names_makes_the_place_trusted():
    node = _node(_roundup(ROUNDUP), 1)
    assert node.place_confident
    assert node.country == "Syria"


def test_a_trusted_place_in_another_country_is_not_linked():
    assert pair_score(_node(_roundup(ROUNDUP), 1), _elsewhere()) == 0.0


def test_without_the_countrys_name_the_place_stays_doubtful():
    node = _node(_roundup(ROUNDUP_BARE), 1)
    assert not node.place_confident
    assert node.country is None


def test_the_places_own_words_do_not_vouch_for_it():
    document = _roundup(ROUNDUP)
    assert country_named_beside(document.events[1].place, document.events[1].sentence)
    text = document.text
    syria, damascus = text.index("Syria"), text.index("Damascus")
    own_names = document.events[1].place.model_copy(update={
        "evidence": [Span.of(text, syria, syria + 5), Span.of(text, damascus, damascus + 8)]})
    assert not country_named_beside(own_names, document.events[1].sentence)


def test_its_people_or_another_of_its_places_name_the_country():
    """A live page of strikes on Lebanon turns to Gaza: "Palestinian" and "Gaza" both say which country
    Khan Younis is of, so that report is trusted there and not linked to the Lebanese strike of the day."""
    text = ("Israeli jets struck dozens of villages in southern Lebanon on Monday, killing 40 people. "
            "Palestinian officials in Gaza, meanwhile, said a new strike killed at least seven people in Khan Younis.")
    khan_younis = {"name": "Khan Younis", "country": "Palestinian Territory", "admin1": "Gaza Strip",
                   "lat": 31.34, "lon": 34.31}
    document = make_doc("g", text, "2026-11-23", "Live Wire",
                        strike(trigger="struck", place=NABATIEH, actors=ISRAELI, time=None),
                        strike(trigger="strike", place=khan_younis, actors=[], time=None))
    document = _placed(_placed(document, 0, "Lebanon"), 1, "Khan Younis")
    assert country_named_beside(document.events[1].place, document.events[1].sentence)
    node = _node(document, 1)
    assert node.place_confident
    assert pair_score(_node(document, 0), node) == 0.0


def test_another_countrys_people_do_not_vouch():
    document = _roundup(ROUNDUP_BARE)
    assert not country_named_beside(document.events[1].place, document.events[1].sentence)


def test_talks_abroad_stay_doubtful():
    talks = (
        "An Israeli drone hit a car near Nabatieh on Saturday, killing two men. "
        "In Syria, envoys agreed a ceasefire in Idlib on Sunday."
    )
    document = make_doc("t", talks, "2026-11-22", "Round-up Wire",
                        strike(trigger="hit", place=NABATIEH, actors=ISRAELI, time=None),
                        strike(trigger="ceasefire", type="ceasefire", place=IDLIB, actors=[], counts=[], time=None))
    document = _placed(_placed(document, 0, "Nabatieh"), 1, "Idlib")
    assert not _node(document, 1).place_confident


def test_a_part_of_a_country_by_its_own_name_is_trusted():
    """"In southern Lebanon" is the writer's word for where the strikes fell, not a namesake abroad: told in a
    live page whose other reports lie in Israel and Gaza, it is trusted and gated from Gaza's strike."""
    text = ("Israeli jets launched hundreds of airstrikes in southern Lebanon on Monday, killing 40 people. "
            "Rockets struck Haifa, the military said. "
            "Palestinian officials in Gaza said a new strike killed seven people in Khan Younis.")
    lebanon = {"name": "Lebanon", "country": "Lebanon", "lat": 33.83, "lon": 35.83}
    haifa = {"name": "Haifa", "country": "Israel", "admin1": "Haifa", "lat": 32.82, "lon": 34.99}
    khan_younis = {"name": "Khan Younis", "country": "Palestinian Territory", "admin1": "Gaza Strip",
                   "lat": 31.34, "lon": 34.31}
    document = make_doc("l", text, "2026-11-23", "Live Wire",
                        strike(trigger="airstrikes", place=lebanon, actors=ISRAELI, time=None),
                        strike(trigger="struck", place=haifa, actors=[], time=None),
                        strike(trigger="new strike", place=khan_younis, actors=[], time=None))
    events = list(document.events)
    at = text.index("southern Lebanon")
    events[0] = events[0].model_copy(update={"place": events[0].place.model_copy(update={
        "text": "southern Lebanon", "precision": PlacePrecision.COUNTRY,
        "evidence": [Span.of(text, at, at + len("southern Lebanon"))]})})
    document = _placed(document.model_copy(update={"events": events}), 2, "Khan Younis")
    assert _node(document, 0).place_confident
    assert pair_score(_node(document, 0), _node(document, 2)) == 0.0
    bare = events[0].model_copy(update={"place": events[0].place.model_copy(update={"text": "Lebanon"})})
    assert not _node(document.model_copy(update={"events": [bare, *document.events[1:]]}), 0).place_confident
