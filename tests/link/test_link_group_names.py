"""A name the resolver could not place, holding a registered group's name, is that group (``link.actors``).

One outlet writes "Fighters of the Rwanda-backed M23 rebel group" (the resolver mints it as a new
actor), another "the M23"; a local paper's "members of the Viv Ansanm gang coalition" is the wire's
"Viv Ansanm". Near misses: a sponsor's country ("Rwanda-backed") and a place's holder ("the Houthi-controlled
port") name no actor; bare descriptions
("heavily armed gang members", "rebels") name none; a short alias is not read inside another word;
two groups stay two. Fiction in the style of news, written for sitreps.
"""

from __future__ import annotations

import pytest

from sitreps.link.actors import actor_similarity, groups_named

NAMED = {
    "id:new:fighters-of-the-rwanda-backed-m23-rebel-group": "id:cd-m23",
    "id:new:rdf-m23-coalition": "id:cd-m23",
    "id:new:members-of-the-viv-ansanm-gang-coalition": "id:ht-viv-ansanm",
    "name:al-shabaab militants in lower shabelle": "id:so-al-shabaab",
}
NAMES_NONE = [
    "id:new:heavily-armed-gang-members",
    "id:new:rebels",
    "id:new:rwanda-backed-fighters",
    "name:this group's fighters",
    "id:rw-government",
    "id:new:houthi-controlled-port-of-hodeidah",
    "name:m23-held goma",
]


@pytest.mark.parametrize("key", sorted(NAMED))
def test_a_minted_name_holding_a_group_name_is_that_group(key):
    assert groups_named(key) == {NAMED[key]}
    assert actor_similarity(frozenset({key}), frozenset({NAMED[key]}), across_outlets=True) == 1.0


@pytest.mark.parametrize("key", NAMES_NONE)
def test_descriptions_and_sponsors_name_no_group(key):
    assert groups_named(key) == frozenset()


def test_two_groups_stay_two():
    m23 = frozenset({"id:new:fighters-of-the-rwanda-backed-m23-rebel-group"})
    assert actor_similarity(m23, frozenset({"id:cd-wazalendo"}), across_outlets=True) < 1.0
    assert actor_similarity(m23, frozenset({"id:so-al-shabaab"}), across_outlets=True) == 0.0
