"""The GeoNames table: built once, cached with marshal, read back the same; geo_precision codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitreps.models import Place, PlacePrecision, Span
from sitreps.resolve import geodata
from sitreps.resolve.geoindex import unit_words
from sitreps.resolve.places import acled_geo_precision, geo_precision


def test_the_cache_round_trips(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(geodata.CACHE_ENV, str(tmp_path))
    suffixes = unit_words().suffixes
    built = geodata.load_table(suffixes)
    cached = list(tmp_path.glob("gazetteer-*.marshal"))
    assert len(cached) == 1 and cached[0].stat().st_size < 60_000_000
    loaded = geodata.load_table(suffixes)
    assert loaded == built
    assert len(loaded.place_name) > 150_000 and len(loaded.unit_name) > 20_000


def test_an_unwritable_cache_costs_a_rebuild_not_a_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(geodata.CACHE_ENV, str(blocker / "sub"))
    table = geodata.load_table(unit_words().suffixes)
    assert len(table.place_name) > 150_000


def test_unit_core_strips_the_unit_word() -> None:
    suffixes = unit_words().suffixes
    assert geodata.unit_core("Sagaing Region", suffixes) == "sagaing"
    assert geodata.unit_core("Kramatorskyi Raion", suffixes) == "kramatorskyi"
    assert geodata.unit_core("Province du Soum", suffixes) == "soum"
    assert geodata.unit_core("Tigray", suffixes) == "tigray"


@pytest.mark.parametrize(
    ("precision", "near", "code"),
    [(PlacePrecision.EXACT, False, 1), (PlacePrecision.EXACT, True, 2), (PlacePrecision.DISTRICT, False, 2),
     (PlacePrecision.REGION, False, 3), (PlacePrecision.REGION, True, 3), (PlacePrecision.COUNTRY, False, 3)],
)
def test_geo_precision_codes(precision: PlacePrecision, near: bool, code: int) -> None:
    assert geo_precision(precision, has_point=True, near=near) == code


def test_no_point_no_code() -> None:
    assert geo_precision(PlacePrecision.UNKNOWN, has_point=False) is None
    stored = Place(text="Kyiv", name="Kyiv", lat=50.45, lon=30.52, precision=PlacePrecision.EXACT,
                   evidence=[Span.of("Kyiv", 0, 4)])
    assert acled_geo_precision(stored) == 1  # a place stored before the field existed
    assert acled_geo_precision(stored.model_copy(update={"geo_precision": 2})) == 2
