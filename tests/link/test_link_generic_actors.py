"""A bare common noun ("rebels", "gunmen") names no particular actor: matching it is no evidence.

Two clashes of two wars whose only shared actor is "rebels" are not one event for it; a named
group still matches its own name, and a generic noun against a named group counts as half.
"""

from __future__ import annotations

from sitreps.link.actors import GENERIC_MATCH, actor_match, actor_similarity, generic_name


def test_bare_common_nouns_are_generic_names():
    assert generic_name("id:new:rebels")
    assert generic_name("id:new:armed-militants")
    assert generic_name("name:the gunmen")


def test_named_groups_and_registry_ids_are_not_generic():
    assert not generic_name("id:new:tuareg-rebels")
    assert not generic_name("id:new:kessa-valley-liberation-front")
    assert not generic_name("id:ng-police")


def test_two_wars_sharing_only_rebels_get_no_evidence_from_them():
    assert actor_match("id:new:rebels", "id:new:rebels") == GENERIC_MATCH
    assert actor_match("id:new:tuareg-rebels", "name:rebels") == GENERIC_MATCH
    assert actor_similarity(frozenset({"id:new:rebels"}), frozenset({"id:new:rebels"})) == GENERIC_MATCH


def test_a_named_group_still_matches_its_own_name():
    assert actor_match("id:new:kessa-valley-liberation-front", "name:kessa valley liberation front") == 1.0
    named = frozenset({"id:new:tuareg-rebels"})
    assert actor_similarity(named, frozenset({"name:tuareg rebels", "id:new:gunmen"})) == 1.0
