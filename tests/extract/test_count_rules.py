"""How many: casualty figures and counts inside arguments, following the gold conventions."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only

Key = tuple[str, int | None, int | None, int | None]


@pytest.mark.parametrize(
    ("text", "type_id", "expected"),
    [
        ("Jihadist fighters killed at least 12 villagers near Djibo.", "attack_on_civilians",
         [("killed", 12, 12, None)]),
        ("Gunmen attacked a bus in Zamfara state, killing about 30 passengers.", "attack_on_civilians",
         [("killed", 30, None, None)]),
        ("Security forces fired live ammunition at student demonstrators in Dhaka, killing dozens.",
         "excessive_force_against_protesters", [("killed", None, 24, None)]),
        ("Police detained more than 200 protesters in Tbilisi.", "arrest", [("detained", None, 200, None)]),
        ("Hundreds of thousands of people rallied in Tel Aviv on Sunday.", "peaceful_protest",
         [("protesters", None, 200000, None)]),
        ("More than 5,000 people fled Mirebalais since Sunday, the IOM said.", "displacement",
         [("displaced", None, 5000, None)]),
        ("The two sides agreed to exchange 1,000 prisoners of war each.", "prisoner_exchange",
         [("exchanged", 1000, 1000, 1000)]),
        ("The army evacuated 22 patients from the hospital.", "special_operation", [("evacuated", 22, 22, 22)]),
        ("A bomb went off near a police van in Quetta, killing a policeman and wounding five passers-by.",
         "remote_explosive", [("killed", 1, 1, 1), ("injured", 5, 5, 5)]),
        ("At least two protesters were shot dead in Nairobi when police opened fire on the crowd.",
         "excessive_force_against_protesters", [("killed", 2, 2, None)]),
    ],
)
def test_counts(extract: Extract, text: str, type_id: str, expected: list[Key]) -> None:
    mention = only(extract(text), type_id)
    assert sorted((c.what, c.value, c.low, c.high) for c in mention.counts) == sorted(expected)
    assert all(c.evidence for c in mention.counts)


@pytest.mark.parametrize(("text", "killed"), [
    ("A 47-year-old man was shot dead in Pattani on Monday.", 1),
    ("Police said a 31-year-old soldier was killed in the attack on the post on Sunday.", 1),
    ("Gunmen killed 12 villagers, including a 70-year-old woman, in Zamfara.", 12),
])
def test_ages_are_never_counts(extract: Extract, text: str, killed: int) -> None:
    figures = [c.value for m in extract(text) for c in m.counts if c.what == "killed"]
    assert figures == [killed], figures


@pytest.mark.parametrize(("text", "type_id"), [
    # a type that counts its targets as dead does so only when the trigger's own words tell deaths:
    # the tortured, the fired upon and the crushed are counted, not dead
    ("Soldiers tortured three detainees at a barracks in Bamenda last week, a rights group said.",
     "attack_on_civilians"),
    ("Gunmen opened fire on 40 worshippers at a church in Owo on Sunday.", "attack_on_civilians"),
    ("A bloody crackdown on 300 students in Dhaka left the campus in ruins on Monday.",
     "excessive_force_against_protesters"),
])
def test_harm_that_kills_nobody_has_no_toll(extract: Extract, text: str, type_id: str) -> None:
    mention = only(extract(text), type_id)
    assert [c for c in mention.counts if c.what == "killed"] == []


@pytest.mark.parametrize(("text", "type_id", "killed"), [
    # near misses: the trigger itself kills
    ("Soldiers executed three detainees at a barracks in Bamenda last week.", "attack_on_civilians", 3),
    ("Gunmen massacred 30 villagers near Djugu on Sunday.", "attack_on_civilians", 30),
    ("Police shot dead two protesters in Mombasa on Tuesday.", "excessive_force_against_protesters", 2),
])
def test_a_killing_trigger_counts_its_targets_dead(extract: Extract, text: str, type_id: str, killed: int) -> None:
    mention = only(extract(text), type_id)
    assert [c.value for c in mention.counts if c.what == "killed"] == [killed]
