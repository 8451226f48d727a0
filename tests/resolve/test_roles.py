"""Ranks and roles stated for persons, and the review flag when they differ from the registry."""

from __future__ import annotations

import pytest

from sitreps.resolve.actors import get_registry, person_role, role_conflict
from sitreps.resolve.registry_data import ActorRecord


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)  # test fixtures only: the pipeline passes spaCy's offsets
    return start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Russian Lieutenant Daniil Orlov led the group.", "Daniil Orlov", "Lieutenant"),
        (
            "The army spokesman Brig. Gen. Nabil Abdallah denied it.",
            "Nabil Abdallah",
            "army spokesman Brig. Gen.",
        ),
        ("Ukrainian Defence Minister Olha Marchenko said.", "Olha Marchenko", "Defence Minister"),
        (
            "Andriy Yusov, a representative of the Main Intelligence Directorate of the Ministry of "
            "Defense of Ukraine, said the men crossed.",
            "Andriy Yusov",
            "representative of the Main Intelligence Directorate of the Ministry of Defense of Ukraine",
        ),
        ("Amina Yusuf, 45, the regional governor, told reporters.", "Amina Yusuf", "regional governor"),
        ("Said Karimi, who lives nearby, saw the strike.", "Said Karimi", None),
        # The apposition stops at a speech verb or relative pronoun (data/en/person_roles.yaml), and an
        # opening "the" or "for" is no part of a title run.
        ("Tomas Reyes, an army commander who fled in May, spoke by phone.", "Tomas Reyes", "army commander"),
        ("Lina Okafor, a police spokeswoman said on Sunday.", "Lina Okafor", "police spokeswoman"),
        ("A statement for the brigade commander Col. Idris Bako followed.", "Idris Bako", "brigade commander Col."),
        ("Residents said Petro Bondar was at home.", "Petro Bondar", None),
        ("Colonel-in-exile? No: villagers like Ivan Sirko fled.", "Ivan Sirko", None),
    ],
)
def test_person_role(text: str, name: str, expected: str | None) -> None:
    assert person_role(text, _span(text, name)) == expected


def test_role_conflict_flags_a_different_job() -> None:
    yusov = get_registry().get("person-andriy-yusov")
    assert yusov is not None
    assert role_conflict(yusov, "spokesman for military intelligence") is None
    flag = role_conflict(yusov, "head of the Security Service")
    assert flag is not None and "Andriy Yusov" in flag


def test_role_conflict_needs_both_roles_and_a_person() -> None:
    org = ActorRecord("x", "X", (), "armed_group", None, None, "head", known=True)
    assert role_conflict(org, "spokesman") is None
    person = ActorRecord("p", "P", (), "person", None, None, None, known=True)
    assert role_conflict(person, "spokesman") is None
    peskov = get_registry().get("person-dmitry-peskov")
    assert peskov is not None and role_conflict(peskov, None) is None
    assert role_conflict(peskov, "Lieutenant") is None  # a rank alone names no job to compare
