"""Round 21 (issue #13 "Scope of modality"): a party's own act told by a named official whose title names his
state, by a state body of a force named by its country that the registry does not know, or through a
general staff; and a ministry of another state is no voice of the party. Fiction written for these tests,
of several conflicts and outlet styles, with near misses that must stay reported."""

from __future__ import annotations

import pytest
from processed import mentions_of

from sitreps.attribute.official_titles import official_title
from sitreps.link.own_claims import claims_own_act
from sitreps.models import EventMention, Span

OFFICIALS_OWN = [
    ("Turkish warplanes struck 32 PKK targets in northern Iraq overnight, Turkish Defence Minister Yasar Guler "
     "said on Thursday.", "struck"),
    ("Russian troops captured the village of Andriivka in the Donetsk region on Tuesday, Russian Defence "
     "Minister Andrei Belousov said.", "captured"),
    ("Indian troops killed three militants in a gunfight in the Kupwara district on Saturday, Indian army "
     "spokesman Colonel Rajesh Kalia said.", "killed"),
    ("Nigerien soldiers killed 20 jihadists near the town of Tillaberi on Friday, said Salifou Mody, Niger's "
     "defence minister.", "killed"),
]
OFFICIALS_OTHER = [
    # a governor or president telling the other side's strike: reported
    ("A Russian missile strike killed four people in the city of Zaporizhzhia on Sunday, regional governor Ivan "
     "Fedorov said.", "strike"),
    ("Russian drones struck port facilities in Odesa overnight, Ukrainian President Volodymyr Zelensky said.",
     "struck"),
    ("Israeli troops killed two men in a raid on the town of Tubas on Monday, Palestinian Health Minister "
     "Majed Abu Ramadan said.", "killed"),
]
STATE_NAMED_FORCES = [
    ("Russia's defence ministry said Russian air defence units shot down 18 Ukrainian drones over Crimea "
     "overnight.", "shot down"),
    ("Azerbaijan's defence ministry said Azerbaijani artillery units shelled Armenian firing positions "
     "near Lachin on Sunday.", "shelled"),
    ("Thailand's army said Thai artillery units shelled Cambodian positions near the border temple on "
     "Thursday.", "shelled"),
]
STATE_OTHER_FORCES = [
    ("Ukraine's defence ministry said Russian assault units attacked Ukrainian positions near Pokrovsk on "
     "Monday.", "attacked"),
    ("Cambodia's defence ministry said Thai artillery units shelled a village in Oddar Meanchey on Thursday.",
     "shelled"),
]


def _claims(text: str, trigger: str) -> bool:
    return any(claims_own_act(m) for m in _told(text, trigger))


def _told(text: str, trigger: str) -> list[EventMention]:
    found = [m for m in mentions_of(text) if trigger in m.trigger.text or trigger in m.sentence.text]
    assert found, f"no mention of {trigger!r}"
    return found


@pytest.mark.parametrize(("text", "trigger"), OFFICIALS_OWN + STATE_NAMED_FORCES)
def test_an_official_or_a_state_body_telling_its_own_forces_act_claims_it(text: str, trigger: str) -> None:
    assert _claims(text, trigger)


@pytest.mark.parametrize(("text", "trigger"), OFFICIALS_OTHER + STATE_OTHER_FORCES)
def test_an_official_or_a_state_body_telling_the_other_sides_act_claims_nothing(text: str, trigger: str) -> None:
    assert not _claims(text, trigger)


def test_a_general_staff_telling_its_forces_strike_claims_it() -> None:
    text = ("Ukraine strikes Russian fuel depot in Bryansk region\n\nUkrainian forces struck a fuel storage depot "
            "in Russia's Bryansk region overnight, according to the General Staff of Ukraine's armed forces.")
    assert _claims(text, "strike")


def test_another_states_ministry_is_no_voice_of_the_party() -> None:
    text = ("Teenager shot dead by Israeli troops in Nablus\n\nIsraeli troops shot dead a 16-year-old Palestinian "
            "boy during a raid in the city of Nablus on Tuesday, the Palestinian health ministry said.\n\n"
            "The Israeli military said it was looking into the incident.")
    assert not _claims(text, "shot dead")


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Jets struck, Turkish Defence Minister Yasar Guler said.", "Yasar Guler", "Turkish Defence Minister"),
    ("It was hit, said Daniel Hagari, the Israeli military's spokesman, on Monday.", "Daniel Hagari",
     "the Israeli military's spokesman"),
    ("Four died, regional governor Ivan Fedorov said.", "Ivan Fedorov", None),
    ("Oleh Synehubov said three people died.", "Oleh Synehubov", None),
])
def test_the_title_of_a_named_official(sentence: str, name: str, title: str | None) -> None:
    span = official_title(Span(start=5, end=5 + len(sentence), text=sentence), name)
    assert (span.text if span else None) == title
    assert span is None or sentence[span.start - 5:span.end - 5] == title
