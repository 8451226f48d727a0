"""Which side of its country a point lies on, with each country's median worked out once."""

from __future__ import annotations

from sitreps.resolve.geoindex import build_index
from sitreps.resolve.halves import Halves


def test_sides_and_one_median_per_country_and_axis() -> None:
    halves = Halves(build_index())
    north, south = frozenset({"north"}), frozenset({"south"})
    assert halves.on_side("BF", 14.1, -1.6, north) is True  # Djibo
    assert halves.on_side("BF", 11.2, -4.3, north) is False  # Bobo-Dioulasso
    assert halves.on_side("BF", 11.2, -4.3, south) is True
    assert halves.on_side("XX", 0.0, 0.0, north) is None
    assert halves.middle("BF", 0) is halves.middle("BF", 0)
    assert list(halves._middles) == [("BF", 0)]
