"""Actor lookups kept per mention and context (round 18, throughput): the same answer, once worked out."""

from __future__ import annotations

import pytest

from sitreps.resolve import actors
from sitreps.resolve.actors import ActorRegistry


@pytest.fixture()
def registry() -> ActorRegistry:
    return ActorRegistry.bundled()


def test_a_mention_asked_again_gets_the_same_record(registry: ActorRegistry) -> None:
    first = registry.resolve("Kenyan police officers", context_countries=["Kenya"])
    assert first is not None and first.country == "Kenya"
    assert registry.resolve("Kenyan police officers", context_countries=("Kenya",)) is first
    assert first == registry._resolve_mention("Kenyan police officers", ["Kenya"])


def test_the_context_is_part_of_the_question(registry: ActorRegistry) -> None:
    # near miss: the same words in another story's context are another question
    kenya = registry.resolve("local residents", context_countries=["Kenya"])
    nigeria = registry.resolve("local residents", context_countries=["Nigeria"])
    assert kenya is not None and nigeria is not None
    assert (kenya.country, nigeria.country) == ("Kenya", "Nigeria")
    assert registry.resolve("Zzyzx Qwertyuiop", context_countries=["Kenya"]) is None  # a miss is kept too


def test_the_memory_is_bounded(registry: ActorRegistry, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(actors, "RESOLVED_CACHE_SIZE", 2)
    for name in ("police", "the army", "Houthi rebels", "Wagner fighters"):
        registry.resolve(name, context_countries=["Mali"])
        assert len(registry._resolved) <= 2
