""""Retook" tells a government regaining ground: spaCy's English lemmatiser leaves the irregular past of
"retake" as it is (it lemmatises "retaken" and "retakes", "overran" and "overtook"), so the lexicon
lists the form itself. Sentences written for these tests (fiction in the style of news, several conflicts).
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

REGAINS = "government_regains_territory"


@pytest.mark.parametrize("text", [
    "Ethiopian federal forces retook the town of Dessam from Fano militiamen on Friday, a regional official said.",
    "The army retook Kidara on Monday, three weeks after jihadists seized the town, a military source said.",
    "The army said on Sunday it retook the northern town of Anefa from separatist rebels after two days of fighting.",
    "MOGADISHU - Somali troops retook the coastal village of Harada from al Shabaab on Tuesday, the military said.",
])
def test_retook_is_the_governments_regain(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert REGAINS in types, types


@pytest.mark.parametrize("text", [
    "The ruling party retook the lead in opinion polls on Monday, a survey showed.",
    "The striker retook the penalty after the referee ordered it to be taken again, and scored.",
])
def test_retook_outside_conflict_tells_no_event(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert REGAINS not in types and "non_state_overtakes_territory" not in types, types
