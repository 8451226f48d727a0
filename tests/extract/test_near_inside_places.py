"""A town written inside a place phrase as the point a distance, a bearing or "near" is told from ("a
base about 40 km north of Gao", "a village near Dori") places the event near the town, ACLED geo_precision
2, however the outer phrase opens; so does "off the coast of X". Near misses: a town the phrase puts
the event in keeps precision 1.

Every sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import Place


def _first_place(extract: Extract, text: str) -> Place:
    return next(m.place for m in extract(text) if m.place is not None)


@pytest.mark.parametrize(("text", "town"), [
    ("Insurgents killed seven soldiers in an attack on a base about 40 km north of Gao in Mali.", "Gao"),
    ("A roadside bomb exploded in a village 20 kilometres south of Kandahar city, Afghan officials said.",
     "Kandah"),
    ("Gunmen raided a camp 15 miles east of Maiduguri, killing nine displaced people.", "Maiduguri"),
    ("Houthi forces fired a missile at a tanker off the coast of Mokha in the Red Sea.", "Mocha"),
    ("Pirates seized a fishing boat off the coast of Eyl, in Somalia's Puntland region.", "Eyl"),
])
def test_a_town_told_as_a_reference_point_inside_the_phrase_is_near(extract: Extract, text: str, town: str) -> None:
    place = _first_place(extract, text)
    assert town in (place.name or "") and place.geo_precision == 2, place


@pytest.mark.parametrize(("text", "town"), [
    ("Fighters attacked a base in Menaka, the army said.", "naka"),
    ("Police dispersed a rally at a square in central Kampala.", "Kampala"),
    ("A bomb went off at a market in Maiduguri, the capital of Borno state, killing four.", "Maiduguri"),
])
def test_a_town_the_event_is_in_stays_precise(extract: Extract, text: str, town: str) -> None:
    place = _first_place(extract, text)
    assert town in (place.name or "") and place.geo_precision == 1, place
