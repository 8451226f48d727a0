"""A party the headline describes and the body names is one voice (round 23, issue #13 "Scope of modality"):
"Paramilitary group says it shot down ..." over "The Rapid Guard Forces said ..." is the group's own claim.
Fiction written for these tests, of several conflicts and outlets' voices, with near misses that stay reported:
the other side, residents or a monitor telling the act, and a description of the act's victims."""

from __future__ import annotations

from pathlib import Path

import pytest
from processed import claims_its_act

from sitreps.evaluate.single_text import rows_of_text
from sitreps.link.described_parties import described_party
from sitreps.models import Attribution, SourceKind

DESCRIBED = [
    ("Paramilitary group says it shot down army warplane over Keru\n\nThe Rapid Guard Forces said in a statement "
     "on Telegram on Sunday that its fighters had shot down a military aircraft over the town of Keru.\n",
     "shot down"),
    ("Rebels say they captured border town of Mavuto\n\nThe Kivu Patriotic Front said on Monday that its "
     "fighters had captured the border town of Mavuto after two days of fighting.\n", "captured"),
    ("Jihadist group says it attacked army base in Menaka\n\nThe Sahel Emirate Brigade said in a message on its "
     "channels that its fighters had attacked a military base near Menaka on Friday.\n", "attacked"),
    ("Insurgents say they ambushed troops in Cabo Norte\n\nThe Ahlu Tawhid movement said its fighters had "
     "ambushed a column of soldiers near the village of Mueda on Thursday.\n", "ambushed"),
    ("Militia says it seized village from army in Chin hills\n\nThe Lailen People's Militia said on Wednesday its "
     "fighters had seized the village of Lailen from government troops.\n", "seized"),
]
DESCRIBED_REPORTED = [
    # residents tell it too
    ("Rebels say they captured border town of Mavuto\n\nThe Kivu Patriotic Front said on Monday that its "
     "fighters had captured the border town of Mavuto. Residents of Mavuto said the fighters had entered the "
     "town on Sunday evening and that soldiers had fled.\n", "captured"),
    # a monitor tells it too
    ("Jihadist group says it attacked army base in Menaka\n\nThe Sahel Emirate Brigade said its fighters had "
     "attacked a military base near Menaka on Friday. A UN monitoring mission said the base had been attacked "
     "and two soldiers wounded.\n", "attacked"),
]


@pytest.mark.parametrize(("text", "trigger"), DESCRIBED)
def test_a_headlines_description_and_the_bodys_name_are_one_party_claiming_its_act(text: str, trigger: str) -> None:
    assert claims_its_act(text, trigger)


def _row_modality(text: str, trigger: str, folder: Path) -> str | None:
    """The modality of the linked row holding a mention whose trigger is ``trigger``."""
    found = rows_of_text(text, "item", folder)
    for row in found.rows:
        if any(found.mentions[r.mention_id].trigger.text == trigger for r in row.mentions):
            return next((str(f.value) for f in row.fields if f.field == "modality"), None)
    return None


@pytest.mark.parametrize(("text", "trigger"), DESCRIBED_REPORTED)
def test_a_described_partys_act_another_source_tells_stays_reported(text: str, trigger: str, tmp_path: Path) -> None:
    assert _row_modality(text, trigger, tmp_path) == "reported"


def _voice(source: str, kind: SourceKind = SourceKind.ORGANISATION) -> Attribution:
    return Attribution(source=source, source_kind=kind, evidence=[])


@pytest.mark.parametrize(("description", "party"), [
    ("Paramilitary group", "The Rapid Guard Forces"),
    ("Rebels", "The Kivu Patriotic Front"),
    ("Armed group", "The Lailen People's Militia"),
    ("Army", "the Sudanese army"),
    ("Islamist militants", "Al-Shabaab"),
])
def test_a_description_of_an_armed_side_is_the_party_named(description: str, party: str) -> None:
    assert described_party(_voice(description), _voice(party), set())


@pytest.mark.parametrize(("description", "party", "victims"), [
    ("Rebels", "the Sudanese army", set()),  # the other side
    ("Army", "Al-Shabaab", set()),
    ("Residents", "The Kivu Patriotic Front", set()),  # no armed side
    ("Rebels", "The Kivu Patriotic Front", {"rebels"}),  # the act's victims speaking
    ("The Kivu Patriotic Front", "The Sahel Emirate Brigade", set()),  # two names, no description
])
def test_no_description_of_another_side_or_of_the_victims(description: str, party: str, victims: set[str]) -> None:
    assert not described_party(_voice(description), _voice(party), victims)
