"""Document identity: the same text, however it is spaced, gives one id; different text does not."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from sitreps.ingest import document_id

NON_SPACE = st.characters(blacklist_categories=("Zs", "Zl", "Zp", "Cc", "Cs"))
WORDS = st.lists(st.text(alphabet=NON_SPACE, min_size=1, max_size=12), min_size=1, max_size=30)
SEPARATORS = st.lists(
    st.sampled_from([" ", "  ", "\n", "\t", "\r\n", " \n\n ", "\u00a0", "\u2003"]), min_size=1
)


@given(words=WORDS, separators=SEPARATORS, lead=st.sampled_from(["", " ", "\n\n", "\t "]))
def test_whitespace_variations_give_the_same_id(words: list[str], separators: list[str], lead: str) -> None:
    plain = " ".join(words)
    respaced = lead + "".join(word + separators[i % len(separators)] for i, word in enumerate(words))
    assert document_id(respaced) == document_id(plain)


def test_case_and_compatibility_characters_do_not_change_the_id() -> None:
    assert document_id("Shelling IN THE ﬁeld") == document_id("shelling in the field")


def test_different_text_gives_a_different_id() -> None:
    assert document_id("Three soldiers were killed.") != document_id("Four soldiers were killed.")


def test_id_is_sixteen_hex_characters() -> None:
    assert re.fullmatch(r"[0-9a-f]{16}", document_id("An article."))
