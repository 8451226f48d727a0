"""A withdrawal "from X town" (a proper name before a common place noun) is the loser's side of the capture of X
told elsewhere in the article, and a word bound to it in its sentence (soldiers who surrendered and withdrew)
follows it into that capture. A withdrawal from another town, or from the town weeks before, stays apart.

Every article and sentence here is fiction written for these tests, in the styles of wire copy and local press.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, told_together

from sitreps.annotate.nlp import load_nlp
from sitreps.extract.incidents import left_place


@pytest.mark.parametrize(("sentence", "word", "town"), [
    ("The army completed the withdrawal of its units from Kidal town.", "withdrawal", "Kidal"),
    ("The troops pulled out of Chasiv Yar town overnight.", "pulled", "Chasiv Yar"),
    ("The battalion withdrew from Toretsk town on Friday.", "withdrew", "Toretsk"),
    ("The rebels withdrew from the town of Kitshanga.", "withdrew", "Kitshanga"),  # as before
])
def test_the_town_a_withdrawal_left_is_read_before_a_place_noun(sentence: str, word: str, town: str) -> None:
    doc = load_nlp()(sentence)
    (trigger,) = [t for t in doc if t.text == word]
    assert left_place(trigger) == town


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Rebels seize Nyanzale\n\nM23 rebels took control of Nyanzale on Saturday, local officials said.\n\nThe army "
     "said it had completed the withdrawal of its units from Nyanzale town on Saturday to spare civilians.",
     "took control", "withdrawal of its"),
    ("Russian forces capture Krasnohorivka\n\nRussian troops have taken full control of Krasnohorivka, the Russian "
     "defence ministry said on Monday.\n\nA Ukrainian commander said on Monday that he had ordered the withdrawal "
     "of troops from Krasnohorivka town.", "taken full control", "withdrawal of troops"),
    ("Jihadists overrun Diafarabe\n\nJihadist fighters overran the town of Diafarabe on Tuesday, security sources "
     "said.\n\nSoldiers surrendered and withdrew from Diafarabe town after running out of ammunition, a local "
     "official said on Tuesday.", "overran", "surrendered"),
])
def test_a_withdrawal_from_the_town_taken_is_the_capture(extract: Extract, text: str, first: str,
                                                         second: str) -> None:
    assert told_together(extract, text, first, second)


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Rebels seize Rubaya\n\nRebels took control of Rubaya on Sunday, residents said.\n\nThe army said it had "
     "withdrawn its troops from Masisi town on Sunday to reinforce Goma.", "took control", "withdrawn"),
    ("Army retakes Sake\n\nCongolese troops retook Sake on Friday, the army said.\n\nThe army had withdrawn its "
     "troops from Sake town on March 2 after a rebel offensive.", "retook", "withdrawn"),
])
def test_a_withdrawal_from_another_town_or_weeks_before_stays_apart(extract: Extract, text: str, first: str,
                                                                    second: str) -> None:
    assert not told_together(extract, text, first, second)
