"""The gazetteer's unit names grouped by country, and unit-word parses, computed once (round 17, throughput)."""

from __future__ import annotations

from sitreps.resolve.gazetteer import get_gazetteer
from sitreps.resolve.respelling import Respelling
from sitreps.resolve.unit_names import SuffixedName


def test_unit_names_by_country_keep_the_table_order() -> None:
    index = get_gazetteer()._index
    respelling = Respelling(index)
    table = index.table
    naive: dict[str, list[tuple[str, int]]] = {}
    for name, ids in table.unit_names.items():
        for i in ids if isinstance(ids, list) else [ids]:
            naive.setdefault(table.unit_cc[i], []).append((name, i))
    for code in ("ML", "MM", "UA", "SO"):
        assert respelling.unit_names_in(code) == naive[code]
    assert respelling.unit_names_in("no such code") == []


def test_suffixed_names_parse_alike_when_asked_again() -> None:
    words = get_gazetteer()._index.words
    for _ in range(2):
        assert SuffixedName.parse("donetsk region", words) == SuffixedName("donetsk", "region")
        assert SuffixedName.parse("province of kandahar", words) == SuffixedName("kandahar", "region")
        assert SuffixedName.parse("kidal", words) is None  # near miss: a bare town's name
        assert SuffixedName.parse("region", words) is None  # the unit word alone names nothing
