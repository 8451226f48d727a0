"""Actors of Iraq and of US forces in the Middle East (round 24): the command that speaks for US strikes and
interceptions, Iraq's Iran-aligned groups, and names that must stay with the actors they already meant.
Mentions written for these tests."""

from __future__ import annotations

import pytest

from sitreps.resolve.actors import ActorRegistry, get_registry


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return get_registry()


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("US Central Command", "us-armed-forces"),
        ("CENTCOM", "us-armed-forces"),
        ("the US military", "us-armed-forces"),
        ("American troops", "us-armed-forces"),
        ("Kataib Hezbollah", "iq-kataib-hezbollah"),
        ("Kata'ib Hezbollah", "iq-kataib-hezbollah"),
        ("the Islamic Resistance in Iraq", "iq-islamic-resistance"),
        ("Popular Mobilization Forces", "iq-pmf"),
        ("Hashd al-Shaabi", "iq-pmf"),
    ],
)
def test_middle_east_names_resolve(registry: ActorRegistry, mention: str, expected: str) -> None:
    found = registry.resolve(mention)
    assert found is not None and found.id == expected, found


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        # near misses: the older names keep their actors
        ("Hezbollah", "lb-hezbollah"),
        ("Islamic Resistance Movement", "ps-hamas"),
        ("the United States", "us-government"),
    ],
)
def test_older_names_keep_their_actors(registry: ActorRegistry, mention: str, expected: str) -> None:
    found = registry.resolve(mention)
    assert found is not None and found.id == expected, found


def test_the_commands_record_is_the_generic_one(registry: ActorRegistry) -> None:
    """"US forces" made on the fly and the command's record are one actor, with one name."""
    generic = registry.resolve("US forces")
    command = registry.resolve("US Central Command")
    assert generic is not None and command is not None
    assert generic.id == command.id and generic.name == command.name == "United States armed forces"
