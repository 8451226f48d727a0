"""A quoted speaker's own side named as "our soldiers": the speaker's side is the target, not the
phrase; "their positions", an unquoted phrase and a speaker of no side stay as written. Sentences
written for these tests (fiction in the style of news)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention, Role


def _targets(events: list[EventMention]) -> list[tuple[str, str | None]]:
    return [(a.name, a.canonical_name) for m in events for a in m.actors if a.role == Role.TARGET]


@pytest.mark.parametrize(("text", "side"), [
    ('"Rebels ambushed our soldiers on the road to Menaka," a Malian army spokesman said on Monday.', "Mali"),
    ('"Their mortars shelled our troops near Rutshuru all night," a Congolese army officer told AFP.', "Congo"),
    ('The Sudanese army said in a statement: "RSF drones struck our positions in Bahri on Sunday."', "Sudan"),
    ('"Russian glide bombs hit our units outside Kupiansk," a Ukrainian battalion commander said.', "Ukrain"),
])
def test_our_soldiers_in_a_quote_are_the_speakers_side(extract: Extract, text: str, side: str) -> None:
    targets = _targets(extract(text))
    assert any(side.lower() in (canonical or "").lower() for _, canonical in targets), targets
    assert not any(name.lower().startswith("our ") for name, _ in targets), targets


@pytest.mark.parametrize(("text", "kept"), [
    ('"We shelled their positions near Vuhledar," a Russian artillery officer told state television.',
     "positions"),
    ("Gunmen killed our men in the fields near Bankass, a Fulani herder said on Tuesday.", "men"),
    ('"Gunmen came at night and killed our men in the fields," a herder near Bankass told Reuters.', "men"),
])
def test_other_phrases_stay_as_written(extract: Extract, text: str, kept: str) -> None:
    targets = _targets(extract(text))
    assert any(kept in name for name, _ in targets), targets
    assert all(canonical in (None, name) for name, canonical in targets if kept in name), targets


@pytest.mark.parametrize("text", [
    'Banners reading "our soldiers are heroes" lined the road into Kidal.',
    'The "cleansing" of our villages began at dawn, residents recalled later.',
])
def test_a_quote_with_no_speaker_above_it_ends_the_climb(text: str) -> None:
    """The climb to a speaking verb stops at the sentence's root: spaCy makes a new Token object on each access,
    so an identity test never saw the root as its own head and the climb spun forever (round 29)."""
    from sitreps.annotate.nlp import load_nlp
    from sitreps.extract.quoted_owner import quote_speaker

    doc = load_nlp()(text)
    assert all(quote_speaker(token) is None for token in doc)
