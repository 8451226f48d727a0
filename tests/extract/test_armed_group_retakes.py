"""Ground an armed group retakes is a non-state actor's overtaking, not the government's regaining.

ACLED's "government regains territory" is the state's forces or their affiliates taking ground back;
the retaking words (retook, recaptured, regained control) are the lexicon's for that type, so an armed
group no registry names ("rebels", "jihadist militants", "separatist fighters") retaking a town is
re-typed by its doer (the lemma rule of ``government_regains_territory`` in data/taxonomy.yaml), as the
army's captures are re-typed the other way. Every article here is fiction written for these tests, in
the style of wire copy, from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

REGAINS = "government_regains_territory"
OVERTAKES = "non_state_overtakes_territory"


@pytest.mark.parametrize("text", [
    "Rebels retook the town of Bunagana on Tuesday after heavy fighting, residents said.",
    "Insurgents recaptured the district centre of Musa Qala overnight, officials said.",
    "Jihadist militants regained control of the town of Boulkessi on Sunday.",
    "Separatist fighters retook the market town of Batibo on Monday.",
    "Guerrillas recaptured a hilltop village in Cauca at dawn, the local mayor said.",
])
def test_an_armed_group_retaking_ground_overtakes_it(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert OVERTAKES in types and REGAINS not in types, types


@pytest.mark.parametrize("text", [
    "Government troops retook the town of Bunagana on Tuesday after heavy fighting.",
    "Pro-government militia recaptured the village of Kalehe from the rebels, a spokesman said.",
    "The army said it had regained control of the highway junction near Mopti.",
])
def test_the_state_or_its_affiliates_retaking_ground_regain_it(extract: Extract, text: str) -> None:
    types = [m.type for m in extract(text)]
    assert REGAINS in types, types
