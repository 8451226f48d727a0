"""A place name may hold two lower-case particles in a row ("San Cristobal de las Casas", "San Juan de
los Morros"): the run goes on to the name word after them, so the town is not cut to its first words
("San Cristobal", a village of another state). Fiction written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Masked men set fire to a bus in San Cristobal de las Casas on Sunday, Mexican police said.",
         "San Cristóbal de las Casas", "Chiapas"),
        ("Gunmen shot dead a local journalist in San Nicolas de los Garza on Friday, Mexican prosecutors said.",
         "San Nicolás de los Garza", "Nuevo León"),
        ("Venezuelan troops detained six students in San Juan de los Morros on Monday, a rights group said.",
         "San Juan de los Morros", "Guárico"),
        # near-misses: one particle, and a name with none followed by a group's name
        ("Brazilian police killed 12 suspects in a raid in Rio de Janeiro on Thursday, officials said.",
         "Rio de Janeiro", "Rio de Janeiro"),
        ("Colombian police in Cali detained a leader of Los Rastrojos on Monday, officials said.", "Cali",
         "Valle del Cauca Department"),
    ],
)
def test_a_name_with_two_particles_is_read_whole(extract: Extract, text: str, name: str, admin1: str) -> None:
    places = [m.place for m in extract(text) if m.place is not None]
    assert places and (places[0].name, places[0].admin1) == (name, admin1)
