"""A strike whose own sentence says it backs the ground operation ("an airstrike in support of the operation") at
a fight's town or province on its day is the fight's air support, though a foreign force flew it and it names no
side of the fight. Another town or another day stays apart.

Every article and sentence here is fiction written for these tests, in the styles of wire copy and press releases.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, told_together


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Troops battle al-Shabaab in Middle Shabelle\n\nSomali troops fought al-Shabaab militants near the town of "
     "Adan Yabaal in Middle Shabelle region on Wednesday, a Somali officer said.\n\nA US airstrike in support of "
     "the operation killed four militants, the US Africa Command said in a statement on Thursday.",
     "fought", "airstrike in support"),
    ("Iraqi forces push into Hawija\n\nIraqi troops fought Islamic State militants on the edge of Hawija on "
     "Tuesday, a commander said.\n\nCoalition jets carried out several strikes to support the advance into Hawija "
     "on Tuesday, the coalition said.", "fought", "strikes to support"),
])
def test_a_strike_told_as_support_is_the_fight(extract: Extract, text: str, first: str, second: str) -> None:
    assert told_together(extract, text, first, second)


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Troops clash with militants near Afgooye\n\nSomali soldiers clashed with al-Shabaab militants near Afgooye "
     "on Monday, officials said.\n\nThe US military said it carried out an airstrike in support of Somali forces "
     "near Jamaame on Monday, killing two militants.", "clashed", "airstrike in support"),
    ("Army clashes with rebels in Beni\n\nCongolese soldiers clashed with ADF rebels near Beni on Monday, the army "
     "said.\n\nUgandan jets struck rebel camps near Beni in support of the joint operation on Thursday, a "
     "spokesman said.", "clashed", "struck rebel"),
])
def test_a_support_strike_elsewhere_or_days_later_stays_apart(extract: Extract, text: str, first: str,
                                                              second: str) -> None:
    assert not told_together(extract, text, first, second)
