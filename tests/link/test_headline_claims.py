"""Round 23b (issue #13 "Scope of modality"): a headline setting two parties' words side by side ("X says it
captured a village; Y says fighting continues") over a lead where X's body tells its act in full. The act is
X's claim: its source is the body the lead names in full, and the other side's clause is no telling of it.
Fiction written for these tests, of several conflicts, with near misses."""

from __future__ import annotations

import pytest
from processed import mentions_of

from sitreps.link.own_claims import claims_own_act
from sitreps.models import EventMention

HEADLINE_CLAIMS = [
    ("M23 says it seized town of Kalembe; army says fighting goes on\n\nThe M23 rebel movement said on "
     "Monday its fighters had seized the town of Kalembe in North Kivu province.", "M23 rebel movement"),
    ("Russia says it captured village near Kupiansk; Ukraine says battles continue\n\nRussia's defence ministry "
     "said on Friday its forces had captured the village of Petropavlivka in the Kharkiv region.",
     "Russia's defence ministry"),
    ("Sudan says it recaptured Wad Madani; RSF says fighting rages\n\nSudan's army said on Saturday its troops "
     "had recaptured the city of Wad Madani in Gezira state.", "Sudan's army"),
    ("Azerbaijan says it took heights near Lachin, Armenia says clashes continue\n\nAzerbaijan's defence "
     "ministry said on Sunday its units had taken control of three heights near Lachin.",
     "Azerbaijan's defence ministry"),
    ("Junta says it retook Lashio; rebels say fighting continues\n\nMyanmar's military junta said on Thursday "
     "its troops had retaken the town of Lashio in Shan state.", "Myanmar's military junta"),
]


TERRITORY = ("non_state_overtakes_territory", "government_regains_territory")


def act_of(text: str) -> EventMention:
    """The mention of the ground taken, however the headline and lead merged."""
    return next(m for m in mentions_of(text) if m.type in TERRITORY)


@pytest.mark.parametrize(("text", "source"), HEADLINE_CLAIMS)
def test_a_headline_claim_is_the_claimants_told_by_its_body_in_full(text: str, source: str) -> None:
    mention = act_of(text)
    assert mention.attribution is not None and mention.attribution.source is not None
    assert source in mention.attribution.source
    assert claims_own_act(mention)


def test_a_witness_in_the_lead_keeps_the_headline_claim_reported() -> None:
    text = ("Rebels say they seized town of Kalembe; army says fighting goes on\n\nResidents said on Monday "
            "that fighters of the M23 rebel movement had seized the town of Kalembe in North Kivu province.")
    assert not claims_own_act(act_of(text))
