"""Place names folded once for all countries, romanisation keys built without template expansion
(round 18, throughput): the same answers as folding and keying each name."""

from __future__ import annotations

import re

import pytest

from sitreps.resolve.gazetteer import get_gazetteer
from sitreps.resolve.normalise import fold
from sitreps.resolve.respelling import Respelling
from sitreps.resolve.spelling import _DOUBLED, _NOT_LETTER, _VOWEL_RUN, VOWEL_MARK, spelling_key


def test_every_place_has_its_folded_name() -> None:
    index = get_gazetteer()._index
    names = index.table.place_name
    folded = Respelling(index).folded_names()
    assert len(folded) == len(names)
    assert all(folded[i] == fold(name) for i, name in enumerate(names))


def test_a_countrys_names_keep_the_table_order() -> None:
    index = get_gazetteer()._index
    respelling = Respelling(index)
    names = index.table.place_name
    for code in ("ML", "UA", "SO"):
        ids = index.places_in(code)
        assert list(respelling.names_in(code).items()) == [(i, fold(names[i])) for i in ids]


def _templated(folded: str) -> str:
    return _DOUBLED.sub(r"\1", _VOWEL_RUN.sub(VOWEL_MARK, _NOT_LETTER.sub("", folded)))


@pytest.mark.parametrize("name", ["huliaipole", "hulyaypole", "maaloula", "tell rifaat", "dhuusamarreeb",
                                  "kharkiv", "al-qamishli", "aaa", "", "zz top", "mocimboa da praia"])
def test_spelling_keys_are_those_of_the_template(name: str) -> None:
    assert spelling_key(name) == _templated(name)
    assert not re.search(r"(.)\1", spelling_key(name))  # near miss of the rule: no doubled letter is left
