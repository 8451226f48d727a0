"""A settlement named by an "of" phrase or a name before it is the place a strike fell on, never a
party, whatever the tagger calls its name; so the people the sentence counts stay the target. Sentences
written for these tests (fiction in the style of news)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, incident_telling

from sitreps.models import EventMention, Role


def _targets(mention: EventMention) -> list[tuple[str, str | None]]:
    """(name, actor id) of the mention's targets."""
    return [(a.name, a.actor_id) for a in mention.actors if a.role is Role.TARGET]


@pytest.mark.parametrize(("text", "word", "place"), [
    ("DR CONGO - Suspected ADF rebels killed at least 20 civilians with machetes in an overnight attack on the "
     "village of Mayikengo near Lubero, the local administrator said on Thursday.", "attack", "village of Mayikengo"),
    ("Junta jets bombed the village of Mayokone in Sagaing region on Tuesday, killing 11 villagers, residents "
     "said.", "bombed", "village of Mayokone"),
    ("Russian artillery shelled the Kherson region on Monday, killing two civilians, the governor said.",
     "shelled", "Kherson region"),
    ("Turkish drones struck the Qamishli countryside on Tuesday, killing three fighters, a war monitor said.",
     "drones", "Qamishli countryside"),
    ("Gunmen attacked the hamlet of Kabiru Dogo in Zamfara state on Monday, killing nine farmers, police said.",
     "attacked", "hamlet of Kabiru Dogo"),
])
def test_a_settlement_named_by_of_is_no_party(extract: Extract, text: str, word: str, place: str) -> None:
    targets = _targets(incident_telling(extract(text), word, text))
    assert (place, None) in targets, targets
    assert all(actor_id is not None for name, actor_id in targets if name != place), targets


@pytest.mark.parametrize(("text", "word", "party"), [
    # near misses: the "of" phrase names a group or a person's band, not a settlement
    ("Fighters of the Islamic State attacked an army post near Menaka on Sunday, the army said.",
     "attacked", "Fighters of the Islamic State"),
    ("Police arrested supporters of opposition leader Ousmane Sonko in Dakar on Friday.",
     "arrested", "supporters of opposition leader Ousmane Sonko"),
])
def test_a_group_named_by_of_stays_a_party(extract: Extract, text: str, word: str, party: str) -> None:
    mention = incident_telling(extract(text), word, text)
    assert any(a.name == party and a.actor_id is not None for a in mention.actors), mention.actors
