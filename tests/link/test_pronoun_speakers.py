"""A body told again by a pronoun ("It said", "It added") is the party named before, not another voice
(round 23, issue #13 "Scope of modality"): the source readers leave a lone pronoun vague, and a vague teller
made the party's own claim look told by someone else. Fiction written for these tests, of several conflicts
and outlets' voices, with near misses where a witness or a monitor tells the act too."""

from __future__ import annotations

import pytest
from processed import claims_its_act

from sitreps.link.party_voices import points_back
from sitreps.models import Attribution, SourceKind


def _vague(source: str) -> Attribution:
    return Attribution(source=source, source_kind=SourceKind.VAGUE, evidence=[])


@pytest.mark.parametrize("pronoun", ["It", "it"])
def test_a_lone_pronoun_points_back_at_the_speaker_before(pronoun: str) -> None:
    assert points_back(_vague(pronoun), set())


@pytest.mark.parametrize("source", ["He", "They", "Those", "It was", "a source", "residents"])
def test_other_vague_words_point_back_at_no_one(source: str) -> None:
    assert not points_back(_vague(source), set())


TOLD_AGAIN = [
    ("The Sudanese army said on Monday its troops had killed 40 RSF fighters in an assault on their positions east "
     "of El Obeid. It said the assault had also destroyed six combat vehicles.", "assault"),
    ("The Israeli military said on Tuesday its jets had struck Hezbollah weapons depots in the Bekaa valley "
     "overnight. It said the strikes targeted launchers used against northern Israel.", "struck"),
    ("The Colombian military said its soldiers had clashed with ELN guerrillas in Arauca on Wednesday, killing four "
     "of them. It said the clash lasted three hours.", "clashed"),
    ("The Russian defence ministry said on Sunday its forces had shelled Ukrainian army positions near Kupiansk. "
     "It said the shelling destroyed two artillery pieces.", "shelled"),
    ("The Ethiopian army said its troops had ambushed Fano militia fighters near Gondar on Friday. It added that "
     "the ambush killed 22 of the fighters.", "ambushed"),
    ("Mozambique's defence ministry said its soldiers had attacked an insurgent base in Macomia district on "
     "Tuesday. It said the attack killed nine insurgents.", "attacked"),
]
TOLD_BY_OTHERS = [
    ("The Sudanese army said on Monday its troops had killed 40 RSF fighters in an assault on their positions east "
     "of El Obeid. Residents said the assault had also destroyed homes.", "assault"),
    ("The Israeli military said on Tuesday its jets had struck Hezbollah weapons depots in the Bekaa valley "
     "overnight. A farmer in the valley told reporters the strikes shook his house. He said the strikes lasted an "
     "hour.", "struck"),
    ("The Colombian military said its soldiers had clashed with ELN guerrillas in Arauca on Wednesday, killing four "
     "of them. Villagers told a local radio station the clash lasted three hours. They said the clash had emptied "
     "the village.", "clashed"),
]


@pytest.mark.parametrize(("text", "trigger"), TOLD_AGAIN)
def test_a_party_told_again_as_it_still_tells_its_act_alone(text: str, trigger: str) -> None:
    assert claims_its_act(text, trigger)


@pytest.mark.parametrize(("text", "trigger"), TOLD_BY_OTHERS)
def test_a_witness_told_again_by_a_pronoun_is_another_voice(text: str, trigger: str) -> None:
    assert not claims_its_act(text, trigger)
