"""A town name of comparable places in several countries ("Odessa": Texas by its GeoNames name,
Ukraine's Odesa by an alternate one) counts for the country the rest of the story names
(resolve/namesakes.py, Gazetteer.namesake_countries), not for its first country."""

from __future__ import annotations

from collections import Counter

import pytest

from sitreps import pipeline
from sitreps.ingest import document_id
from sitreps.models import Document, DocumentStatus
from sitreps.resolve.gazetteer import Gazetteer, get_gazetteer
from sitreps.resolve.namesakes import settle


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return get_gazetteer()


@pytest.mark.parametrize(("name", "countries"), [
    ("Odessa", {"United States", "Ukraine"}),
    ("Saida", {"Algeria", "Lebanon"}),
    ("Hyderabad", {"India", "Pakistan"}),
])
def test_a_shared_name_has_its_countries(gazetteer: Gazetteer, name: str, countries: set[str]) -> None:
    assert countries <= set(gazetteer.namesake_countries(name))


@pytest.mark.parametrize("name", ["Paris", "Kyiv", "Ukraine", "Ukrainian", "Donbas", "Bamako"])
def test_a_name_of_one_country_is_no_namesake(gazetteer: Gazetteer, name: str) -> None:
    # Paris, Texas has under a tenth of Paris' people; a country, a demonym, an area are never towns
    assert gazetteer.namesake_countries(name) == ()


@pytest.mark.parametrize(("counted", "expected"), [
    ({"Ukraine": 1, "Russia": 2}, "Ukraine"),  # the story names the country
    ({"Russia": 1}, "Ukraine"),  # Ukraine borders the story's Russia; Texas does not
    ({}, "United States"),  # nothing else: its first country, as before
])
def test_the_story_decides(gazetteer: Gazetteer, counted: dict[str, int], expected: str) -> None:
    counts = Counter(counted)
    settle([gazetteer.namesake_countries("Odessa")], counts, gazetteer)
    assert counts[expected] == counted.get(expected, 0) + 1


@pytest.mark.parametrize(("text", "country"), [
    ("Russian missiles hit Black Sea port\n\nRussian missiles struck the port of Odessa overnight, killing four "
     "people, the regional governor said.", "Ukraine"),
    # near miss: the Texan city, its state written with it
    ("Gunman kills three in Texas\n\nA gunman shot dead three people at a bar in Odessa, Texas, on Saturday, "
     "police said.", "United States"),
])
def test_the_event_lies_in_the_storys_country(text: str, country: str) -> None:
    document = Document(id=document_id(text), text=text, published_at="2024-05-01", language="en",
                        status=DocumentStatus.PENDING)
    events = next(iter(pipeline.process([document]))).events
    assert events and events[0].place is not None and events[0].place.country == country
