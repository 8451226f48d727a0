"""A live blog's time stamp is no part of the doer's name.

"14:20 GMT - Police fired tear gas at students", "UPDATE 09:15 - Russian forces shelled Kherson": the
parse hangs the stamp on the subject, and the doer read as "UPDATE 09:15 - Russian forces" resolved to
nobody. A phrase never runs across a spaced dash before its head; a hyphen inside a word
("pro-government militias") is no such dash. Every sentence here is fiction written for these tests.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in

from sitreps.models import Role


@pytest.mark.parametrize(("text", "doer"), [
    ("14:20 GMT - Police fired tear gas at hundreds of students in Jakarta on Monday.", "Police"),
    ("UPDATE 09:15 - Russian forces shelled Kherson overnight, the regional governor said.", "Russian forces"),
    ("LIVE 16:05 – Houthi fighters attacked government positions near Marib on Sunday.", "Houthi fighters"),
])
def test_the_stamp_is_left_out_of_the_doer(extract: Extract, text: str, doer: str) -> None:
    doers = [n for m in extract(text) for n in names_in(m, Role.INITIATOR)]
    assert doer in doers, doers


@pytest.mark.parametrize(("text", "doer"), [
    ("Pro-government militias attacked a village near Kutum on Sunday, residents said.", "Pro-government militias"),
    ("Iran-backed fighters shelled a US base near Deir ez-Zor on Tuesday, officials said.", "Iran-backed fighters"),
])
def test_a_hyphen_inside_a_word_stays(extract: Extract, text: str, doer: str) -> None:
    doers = [n for m in extract(text) for n in names_in(m, Role.INITIATOR)]
    assert doer in doers, doers
