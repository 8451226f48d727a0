"""The shared country table: ISO codes in any case name the country the gazetteer stores."""

from sitreps.country_table import country_name


def test_codes_in_any_case_name_the_geonames_country() -> None:
    assert country_name("UA") == "Ukraine"
    assert country_name("sd") == "Sudan"


def test_unknown_or_missing_codes_name_nothing() -> None:
    assert country_name("ZZ") is None
    assert country_name(None) is None
    assert country_name("") is None
