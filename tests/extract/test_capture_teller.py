"""A capture told by the attacker keeps the attacker as its source when the defender's fight joins it (issue 13
"Scope of modality").

"Units of the Centre group of forces liberated the settlement of Udachne," the ministry said, then "Ukraine's
General Staff did not confirm the loss, saying its troops had repelled 38 Russian assaults ... near Udachne":
the two tellings fold into one capture, and the row took the defender's source (the headline's "Kyiv says"),
so the attacker's own claim read as reported. Of two tellings of different kinds, the source of the one whose
type the incident takes now tells it (``extract.merged_fields._typing_teller``); tellings of one kind keep the
most specific source ("Arakan Army" of the headline over the lead's "the group"). Written for sitreps.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitreps import api
from sitreps.extract.merged_fields import _typing_teller
from sitreps.models import Attribution, SourceKind

UDACHNE = """Title: Russia says it captured village near Pokrovsk; Kyiv says assaults repelled
Published: 2026-11-24

Russia's defence ministry said on Tuesday that its troops had taken control of the village of Udachne in the \
Pokrovsk district of Donetsk region.

"Units of the Centre group of forces liberated the settlement of Udachne as a result of decisive actions," the \
ministry said in a statement on Telegram.

Ukraine's General Staff did not confirm the loss, saying its troops had repelled 38 Russian assaults in the \
Pokrovsk direction over the past 24 hours, including near Udachne and Kotlyne.
"""

KEPT = [
    ("""Title: Arakan Army says it captured Ann; junta says attacks repelled
Published: 2026-11-24

The Arakan Army said on Sunday it had captured the town of Ann in Rakhine state after weeks of fighting.

"Our troops took full control of Ann," the group said in a statement.

Myanmar's military said its soldiers had repelled the attacks on Ann and denied that the town had fallen.
""", "Arakan Army"),
    ("""Title: RSF says it seized Babanusa; army says attack repelled
Published: 2026-11-24

The Rapid Support Forces said on Monday they had seized the town of Babanusa in West Kordofan state.

"Our forces liberated Babanusa after fierce fighting," the RSF said in a statement.

The Sudanese army said its troops had repelled the assault on the town and inflicted heavy losses on the \
attackers.
""", "RSF"),
]


def _captures(tmp_path: Path, text: str) -> list[str | None]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    [document] = api.extract([path]).documents
    return [m.attribution.source if m.attribution else None for m in document.events
            if m.type in ("non_state_overtakes_territory", "government_regains_territory")]


def test_no_capture_row_takes_the_defenders_source(tmp_path: Path) -> None:
    sources = _captures(tmp_path, UDACHNE)
    assert sources and all(s is not None and "Kyiv" not in s and "General Staff" not in s for s in sources), sources


@pytest.mark.parametrize(("text", "source"), KEPT)
def test_a_capture_told_by_its_taker_keeps_its_source(tmp_path: Path, text: str, source: str) -> None:
    assert _captures(tmp_path, text)[0] == source


def test_the_typing_teller_only_between_kinds(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Title: Report\nPublished: 2026-11-24\n\nRebels seized the town of Kalehe on Monday, the rebels"
                    " said. The army said it repelled attacks near Kalehe.\n", encoding="utf-8")
    [document] = api.extract([path]).documents
    capture = next(m for m in document.events if m.type.endswith("territory"))
    taker = Attribution(source="the rebels", source_kind=SourceKind.ORGANISATION, evidence=[capture.sentence])
    holder = Attribution(source="the army", source_kind=SourceKind.ORGANISATION, evidence=[capture.sentence])
    fight = capture.model_copy(update={"type": "armed_clash", "attribution": holder})
    told = capture.model_copy(update={"attribution": taker})
    assert _typing_teller(fight, told, capture.type, holder) == taker
    assert _typing_teller(told, told.model_copy(update={"attribution": holder}), capture.type, holder) == holder
