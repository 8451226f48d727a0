"""A body's name is never a place: "the General Staff", "the Anti-Corruption Bureau" (issue 15).

Staffs, headquarters, directorates, secretariats, bureaus and fleets end the names of bodies the way
"Army" or "Ministry" do (``organisation_words`` of data/place_nouns.yaml), so a capitalised run ending
in one is never looked up in the gazetteer, not even as a struck "target" or the place of a march.
A town named beside such a body keeps its place. Every sentence here was written for sitreps.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

BODY_SENTENCES = [
    ("Ukraine's General Staff did not confirm the loss, saying its troops were still repelling assaults near the"
     " village.", "General Staff"),
    ("Sudan's General Staff denied the report, saying its soldiers were still fighting off attacks near the town.",
     "General Staff"),
    ("Protesters marched on the Anti-Corruption Bureau in the capital, witnesses said.", "Bureau"),
    ("Demonstrators rallied outside the Federal Investigation Bureau, demanding the release of detained students.",
     "Bureau"),
    ("Students protested in front of the Election Secretariat on Tuesday.", "Secretariat"),
    ("Gunmen stormed the Regional Health Directorate, killing two guards.", "Directorate"),
]

TOWN_BESIDE_BODY = [
    ("Israel's General Staff said its soldiers had killed two gunmen in the village of Qabatiya.", "Qabāţīyah"),
    ("A drone hit the army headquarters in Khartoum, residents said.", "Khartoum"),
    ("Rebels shelled the Somali National Army headquarters in Baidoa.", "Baidoa"),
]


@pytest.mark.parametrize(("text", "body"), BODY_SENTENCES)
def test_a_body_name_is_never_geocoded(extract: Extract, text: str, body: str) -> None:
    events = extract(text)
    assert events, "the sentence must hold an event for this test to mean anything"
    # The story's country may still place the event ("Ukraine" of "Ukraine's General Staff"); the body never.
    assert [m.place.text for m in events if m.place is not None and body in m.place.text] == []


@pytest.mark.parametrize(("text", "name"), TOWN_BESIDE_BODY)
def test_a_town_named_beside_a_body_keeps_its_place(extract: Extract, text: str, name: str) -> None:
    assert [m.place.name for m in extract(text) if m.place is not None][:1] == [name]
