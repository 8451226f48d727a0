"""Two event words of one sentence placed in two towns by their own phrases are two incidents (round 24).

Headlines and leads join incidents of two towns with "as" or "while"; read as one, a crowd's attack in one
town made a rally in another a violent demonstration. Near misses: two words sharing one town, and a word
with no town of its own, stay bound. Fiction written for these tests.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.annotate.nlp import load_nlp
from sitreps.extract.towns_apart import own_towns, towns_apart


@pytest.mark.parametrize(("text", "first", "second", "apart"), [
    ("Students rally in Belgrade as counter-protesters attack blockade in Novi Sad", "rally", "attack", True),
    ("Teachers marched in Nairobi while youths looted shops in Kisumu on Tuesday.", "marched", "looted", True),
    ("Thousands rallied in Tbilisi as police detained activists in Batumi.", "rallied", "detained", True),
    # near misses: one town, or one word placed nowhere of its own
    ("Students rallied in Belgrade as police detained three of them in Belgrade.", "rallied", "detained", False),
    ("Students rallied in Belgrade as police detained three of them.", "rallied", "detained", False),
    ("Youths marched in central Nairobi and looted shops.", "marched", "looted", False),
])
def test_towns_apart_reads_each_words_own_phrase(text: str, first: str, second: str, apart: bool) -> None:
    doc = load_nlp()(text)
    a = next(t for t in doc if t.text == first)
    b = next(t for t in doc if t.text == second)
    assert towns_apart(a, b) is apart, (own_towns(a), own_towns(b))


def test_a_rally_in_one_town_keeps_its_type_beside_an_attack_in_another(extract: Extract) -> None:
    mentions = extract("Students rally in Belgrade as counter-protesters attack blockade in Novi Sad")
    rally = next(m for m in mentions if m.trigger.text.lower() == "rally")
    assert rally.type == "peaceful_protest", [(m.type, m.trigger.text) for m in mentions]
