"""A town name of several countries lies in the home country of the fighting groups its story names
when the story names no country of the town's (resolve/actor_homes.py, namesakes.settle). Fiction
written for these tests, in the voices of a wire story, a police brief and an NGO release; near misses
must not change.
"""

from __future__ import annotations

from collections import Counter

import pytest

from sitreps import pipeline
from sitreps.annotate.nlp import load_nlp
from sitreps.ingest import document_id
from sitreps.models import Document, DocumentStatus
from sitreps.resolve.actor_homes import actor_homes
from sitreps.resolve.actors import get_registry
from sitreps.resolve.gazetteer import get_gazetteer
from sitreps.resolve.namesakes import settle


def _place_country(text: str) -> str | None:
    document = Document(id=document_id(text), text=text, published_at="2024-05-01", language="en",
                        status=DocumentStatus.PENDING)
    events = [m for m in next(iter(pipeline.process([document]))).events if m.place is not None]
    assert events, "no placed event"
    return events[0].place.country if events[0].place else None


@pytest.mark.parametrize(("text", "country"), [
    # wire: Tripoli is Libya's by size, Lebanon's by the group fighting there
    ("BEIRUT (Reuters) - Hezbollah fighters clashed with gunmen in Tripoli on Monday, leaving two dead, "
     "a security source said.", "Lebanon"),
    # police brief: a gang the tagger calls a place still names its country
    ("Gunmen linked to Los Choneros shot dead four men outside a bar in Santa Rosa on Sunday night, "
     "police said.", "Ecuador"),
    # Hyderabad of India and of Pakistan: a Baloch group's story is Pakistan's
    ("BLA militants attacked a police checkpoint on the outskirts of Hyderabad overnight, killing two "
     "constables.", "Pakistan"),
])
def test_a_shared_town_lies_in_the_fighters_home(text: str, country: str) -> None:
    assert _place_country(text) == country


@pytest.mark.parametrize(("text", "country"), [
    # a group abroad: Wagner's Russia is none of Tripoli's countries, so the largest Tripoli stays
    ("Wagner mercenaries clashed with militia fighters south of Tripoli on Wednesday, witnesses said.", "Libya"),
    # no group: as before
    ("Gunmen shot dead a shopkeeper in Tripoli on Thursday, police said.", "Libya"),
    # the story names its country: a group named in passing does not outvote it
    ("Libyan forces clashed with gunmen in Tripoli on Monday. Hezbollah denied any link to the fighters.",
     "Libya"),
    # the state named with the town decides
    ("Police in Telangana fired tear gas at a crowd in Hyderabad on Sunday, the state government said.", "India"),
    # an NGO release naming a Nigerian militia: Nigeria's Bama, the largest, and the group's home
    ("Press release: The group condemns the killing of two farmers in Bama by suspected CJTF members on "
     "3 March.", "Nigeria"),
])
def test_near_misses_keep_their_country(text: str, country: str) -> None:
    assert _place_country(text) == country


def test_only_fighting_groups_count() -> None:
    # a government, an international body and a town name no fighting group's home
    doc = load_nlp()("The UN and the Kenyan government met in Nairobi. Al-Shabaab fighters attacked a base.")
    assert actor_homes(doc, get_registry()) == ("Somalia",)


def test_the_storys_own_country_comes_before_a_group_home() -> None:
    gazetteer = get_gazetteer()
    counts = Counter({"Libya": 1})
    settle([gazetteer.namesake_countries("Tripoli")], counts, gazetteer, ("Lebanon",))
    assert counts["Libya"] == 2 and counts["Lebanon"] == 0
