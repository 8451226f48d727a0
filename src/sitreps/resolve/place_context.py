"""What the text around a toponym says of where it is: :class:`PlaceContext`.

Filled by :mod:`sitreps.resolve.context_reader` and read by every resolution step: the story's
countries, the admin units and areas named nearby (the toponym's own sentence first), the towns
named as district seats, and the countries a sentence places the toponym across a border from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sitreps.resolve.geoindex import Area, City, Unit


@dataclass
class PlaceContext:
    """Country codes and admin units named around a toponym, nearest first."""

    codes: list[str] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    areas: list[Area] = field(default_factory=list)
    strong: int = 0  # how many of ``units`` lead: those named in the toponym's own sentence
    # The toponym's own sentence's units and towns, nearest first: where a missing place is put.
    near: list[Unit | City] = field(default_factory=list)
    # Towns the article names as the seats of districts ("Jiribam district"), in the article's order.
    seats: list[City] = field(default_factory=list)
    # Codes of the countries the toponym's sentence places it near, across a border ("near Algeria").
    across: list[str] = field(default_factory=list)
    # Codes of the countries the toponym's own sentence names ("in Mozambique's Cabo Delgado province").
    said: set[str] = field(default_factory=set)
    # The admin units the toponym's own clause names ("Palma in Cabo Delgado province").
    owners: list[Unit] = field(default_factory=list)
    # Codes of the countries the toponym's own clause names ("the town of Palma in Mozambique").
    owner_codes: list[str] = field(default_factory=list)
    # The article's names written before the toponym's sentence, nearest first: the town a quarter is part of.
    earlier: list[str] = field(default_factory=list)
    key: str = ""  # the toponym, folded
    quarter: bool = False  # written as a part of a town ("Mirpur area"): its owner is a city, not a province

    def unit_ids(self) -> set[int]:
        return {u.ident for u in self.units}

    def named_with(self) -> frozenset[int]:
        """The units the toponym's own sentence names: those a namesake unit inside is preferred for."""
        return frozenset(u.ident for u in self.units[:self.strong])

    def units_at_home(self) -> list[Unit]:
        """The units that may hold a place the gazetteer lacks: those its sentence names, and those named
        elsewhere in the article inside the story's first country.

        A capital written elsewhere as its government ("Moscow did not comment", "Washington urged
        restraint") is also a unit of that name; it must not carry "the village of X in Ukraine" to
        Moscow's middle, nor a Somali village to Nairobi County.
        """
        home = self.codes[0] if self.codes else None
        return self.units[:self.strong] + [u for u in self.units[self.strong:] if home is None or u.country == home]

    def seat_in(self, unit: Unit | None, code: str | None = None) -> City | None:
        """The first district seat the article names inside ``unit`` (or inside country ``code``)."""
        if unit is not None:
            return next((s for s in self.seats if unit.ident in (s.unit1, s.unit2)), None)
        return next((s for s in self.seats if s.country == code), None)
