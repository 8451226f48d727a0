"""An armed side that sets off or triggers a charge detonated it, its doer ("insurgents set off bombs
outside two banks"), while a vehicle or patrol that sets off a mine is what the mine hit.

Every sentence here is fiction written for these tests, in the styles of wire copy and local papers.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in, only

from sitreps.models import Role

IED = "remote_explosive"


@pytest.mark.parametrize(("text", "doer"), [
    ("Suspected separatist insurgents set off bombs outside two banks in Yala, wounding six people.", "insurgents"),
    ("Militants triggered a roadside bomb as a police convoy passed through Bannu, killing three officers.",
     "Militants"),
    ("Gunmen set off an explosive device at the gate of a tax office in Mogadishu on Sunday.", "Gunmen"),
])
def test_an_armed_side_that_sets_off_a_charge_is_its_doer(extract: Extract, text: str, doer: str) -> None:
    bombing = only(extract(text), IED)
    assert any(doer in name for name in names_in(bombing, Role.INITIATOR)), names_in(bombing, Role.INITIATOR)
    assert not any(doer in name for name in names_in(bombing, Role.TARGET)), names_in(bombing, Role.TARGET)


@pytest.mark.parametrize(("text", "hit"), [
    ("An army truck set off a landmine near Kidal, killing two soldiers.", "soldiers"),
    ("A patrol of rangers triggered a buried explosive device in Narathiwat on Sunday, wounding four.", "rangers"),
    ("A convoy of the 5th brigade hit a landmine outside Gao, the army said.", "convoy"),
])
def test_what_meets_a_mine_is_still_its_target(extract: Extract, text: str, hit: str) -> None:
    bombing = only(extract(text), IED)
    assert any(hit in name for name in names_in(bombing, Role.TARGET)), names_in(bombing, Role.TARGET)
