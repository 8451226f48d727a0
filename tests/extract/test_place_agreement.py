"""Which places two retellings of one article may share (``extract.consolidate._places_agree``)."""

from __future__ import annotations

from sitreps.extract.consolidate import _places_agree
from sitreps.models import Place, PlacePrecision, Span


def _place(name: str, precision: PlacePrecision, lat: float, lon: float, admin1: str | None,
           country: str = "Sudan") -> Place:
    return Place(text=name, name=name, lat=lat, lon=lon, country=country, admin1=admin1, precision=precision,
                 evidence=[Span(start=0, end=len(name), text=name)])


DARFUR = _place("Darfur", PlacePrecision.REGION, 13.5, 24.0, None)
NYALA = _place("Nyala", PlacePrecision.EXACT, 12.04888, 24.88069, "South Darfur")
KASSALA = _place("Kassala", PlacePrecision.EXACT, 15.45099, 36.39998, "Kassala")
EL_FASHER = _place("El Fasher", PlacePrecision.EXACT, 13.62793, 25.34936, "North Darfur")


def test_a_town_inside_a_named_area_agrees_with_it() -> None:
    assert _places_agree(DARFUR, NYALA)
    assert _places_agree(NYALA, DARFUR)


def test_a_town_far_from_a_named_area_does_not() -> None:
    assert not _places_agree(DARFUR, KASSALA)


def test_two_towns_of_one_area_stay_apart() -> None:
    assert not _places_agree(NYALA, EL_FASHER)
