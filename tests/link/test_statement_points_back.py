"""A party's statement told again ("The statement said ...", "the communique added") points back at the
party that issued it, as "the group" does: an incident whose other tellers are the party and its statement
stays the party's own claim. A military's media wing is an organisation speaking. Fiction written for these
tests (Egypt, Nigeria, Pakistan), with near misses: a newspaper's report and residents told again."""

from __future__ import annotations

import pytest
from processed import mentions_of

from sitreps.link.own_claims import claims_own_act
from sitreps.models import EventMention, SourceKind

OWN = [
    ("Troops kill 17 militants in Sinai raid\n\nEgyptian troops killed 17 militants in a raid on a hideout near "
     "Bir al-Abd in North Sinai on Sunday, the army said. The statement said the troops seized rifles and "
     "explosive belts in the raid.", "killed"),
    ("Nigerian troops kill 20 bandits in Katsina\n\nNigerian troops killed 20 bandits in an ambush near Jibia "
     "in Katsina state on Friday, the army said in a communique. The communique added that the troops "
     "recovered 15 rifles after the ambush.", "ambush"),
]
NOT_OWN = [
    # the writer's "report" is another source than the army
    ("Nigerian troops kill 20 bandits in Katsina\n\nNigerian troops killed 20 bandits in an ambush near Jibia "
     "in Katsina state on Friday, the army said. The report said villagers saw the troops burn houses "
     "after the ambush.", "ambush"),
    # residents told it too
    ("Nigerian troops kill 20 bandits in Katsina\n\nNigerian troops killed 20 bandits in an ambush near Jibia "
     "in Katsina state on Friday, the army said. Residents said the ambush lasted three hours.", "ambush"),
]


def _holding(text: str, word: str) -> EventMention:
    start = text.rindex(word)
    return next(m for m in mentions_of(text)
                if any(s.start <= start < s.end for s in (m.trigger, *m.retellings)))


@pytest.mark.parametrize(("text", "word"), OWN)
def test_a_party_and_its_statement_told_again_claim_the_act(text: str, word: str) -> None:
    assert claims_own_act(_holding(text, word))


@pytest.mark.parametrize(("text", "word"), NOT_OWN)
def test_a_report_or_residents_told_again_keep_the_act_reported(text: str, word: str) -> None:
    assert not claims_own_act(_holding(text, word))


def test_a_military_media_wing_is_an_organisation_speaking() -> None:
    text = ("Security forces killed 11 terrorists in North Waziristan on Thursday, the military's media wing said.")
    (mention,) = [m for m in mentions_of(text) if m.trigger.text == "killed"]
    assert mention.attribution is not None
    assert mention.attribution.source_kind is SourceKind.ORGANISATION
