"""The gazetteer's unit names grouped by country, and unit-word parses, computed once (round 17, throughput)."""

from __future__ import annotations

from sitreps.resolve.gazetteer import _SuffixedName, get_gazetteer


def test_unit_names_by_country_keep_the_table_order() -> None:
    gazetteer = get_gazetteer()
    table = gazetteer._index.table
    naive: dict[str, list[tuple[str, int]]] = {}
    for name, ids in table.unit_names.items():
        for i in ids if isinstance(ids, list) else [ids]:
            naive.setdefault(table.unit_cc[i], []).append((name, i))
    for code in ("ML", "MM", "UA", "SO"):
        assert gazetteer._unit_names_in(code) == naive[code]
    assert gazetteer._unit_names_in("no such code") == []


def test_suffixed_names_parse_alike_when_asked_again() -> None:
    words = get_gazetteer()._index.words
    for _ in range(2):
        assert _SuffixedName.parse("donetsk region", words) == _SuffixedName("donetsk", "region")
        assert _SuffixedName.parse("province of kandahar", words) == _SuffixedName("kandahar", "region")
        assert _SuffixedName.parse("kidal", words) is None  # near miss: a bare town's name
        assert _SuffixedName.parse("region", words) is None  # the unit word alone names nothing
