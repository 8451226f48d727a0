"""Who was attacked decides between an attack on civilians and a clash (ACLED's first question).

"attack" is given to armed_clash, where most reported attacks on positions belong; the
target's words re-type it (``retype`` in data/taxonomy.yaml). A village, traders on a road,
mourners at a funeral, a lawmaker or a hotel cannot fight back: ACLED codes an attack on them as
violence against civilians, unless armed men or a post are named beside them.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(("text", "type_id"), [
    # a village, traders, mourners: people who cannot fight back (ACLED: an attack on civilians)
    ("Gunmen attacked the village of Tamba overnight, residents of nearby hamlets said.", "attack_on_civilians"),
    ("Armed men attacked traders on the road from Goma to Rutshuru on Thursday.", "attack_on_civilians"),
    ("Militants attacked a group of fishermen on the lake shore near Vanda, police said.", "attack_on_civilians"),
    ("Unknown assailants attacked an opposition lawmaker outside his home in Serro on Wednesday.",
     "attack_on_civilians"),
    ("Gunmen attacked a hotel in the old quarter of Karsa on Sunday night, officials said.", "attack_on_civilians"),
    ("Militiamen attacked a synagogue in the northern city of Dalen during morning prayers.", "attack_on_civilians"),
    # near misses: armed men in the village, or a post, make it a fight
    ("Jihadists attacked an army post in the village of Tamba on Friday.", "armed_clash"),
    ("Gunmen attacked soldiers guarding the village of Tamba overnight.", "armed_clash"),
    ("Insurgents attacked a police station near the hotel district of Karsa on Sunday.", "armed_clash"),
])
def test_who_was_attacked_decides_attack_or_clash(extract: Extract, text: str, type_id: str) -> None:
    types = [m.type for m in extract(text)]
    assert type_id in types, types


@pytest.mark.parametrize(("text", "type_id"), [
    # officers, rangers and peacekeepers killed are armed men who fight back: a clash
    ("Militants stormed a checkpoint in the district of Vanda overnight, killing four officers.", "armed_clash"),
    ("Insurgents killed two rangers guarding a school near the town of Sela on Monday.", "armed_clash"),
    ("Gunmen killed three peacekeepers on a patrol road north of Kiri, the mission said.", "armed_clash"),
    # near misses: health and election officers are civilians
    ("Gunmen killed two health officers at a clinic near the town of Sela on Monday.", "attack_on_civilians"),
])
def test_officers_and_rangers_killed_make_a_clash(extract: Extract, text: str, type_id: str) -> None:
    types = [m.type for m in extract(text)]
    assert type_id in types, types
