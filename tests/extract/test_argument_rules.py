"""Who did what to whom: subjects through clauses, pronouns, 'accused X of', sides of symmetric events."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, only, roles


@pytest.mark.parametrize(
    ("text", "type_id", "expected"),
    [
        # the speaker's pronoun in a reported clause
        ("Hezbollah said it fired 40 rockets at an army post in Metula.", "shelling_missile_attack",
         {"initiator": ["Hezbollah"]}),
        ("The Somali army said they had arrested three suspects in Baidoa.", "arrest",
         {"initiator": ["The Somali army"], "target": ["three suspects"]}),
        # "accused X of doing": X did it
        ("The commission accused the militia of burning 40 homes in Ituri.", "looting_property_destruction",
         {"initiator": ["the militia"], "target": ["40 homes"]}),
        ("Kyiv accused Russian troops of shelling a hospital in Kherson.", "shelling_missile_attack",
         {"initiator": ["Russian troops"], "target": ["a hospital"]}),
        # "after doing": the main clause's subject
        ("JNIM militants burned the market in Djibo after attacking the army base.", "armed_clash",
         {"initiator": ["JNIM militants"], "target": ["the army base"]}),
        # passive agent of a noun trigger's clause
        ("Two soldiers died when their truck hit a landmine planted by FARC dissidents.", "remote_explosive",
         {"initiator": ["FARC dissidents"]}),
        # a noun trigger inside the verb's prepositional phrase
        ("The army spokesman spoke at a press conference in Bamako.", "statement",
         {"initiator": ["The army spokesman"]}),
        # organised groups are actors without a name
        ("A mob lynched two men in Chhattisgarh.", "mob_violence", {"initiator": ["A mob"], "target": ["two men"]}),
        ("Riot police detained at least 100 people in Tbilisi.", "arrest", {"initiator": ["Riot police"]}),
        # symmetric events: sides of "between", and a coordinated doer
        ("Fighting between M23 rebels and the Congolese army erupted near Sake.", "armed_clash",
         {"participant": ["M23 rebels", "the Congolese army"]}),
        ("Ukrainian and Russian troops clashed near Vuhledar.", "armed_clash",
         {"participant": ["Ukrainian and Russian troops"]}),
        ("Armenia and Azerbaijan signed a peace agreement in Washington.", "agreement",
         {"participant": ["Armenia", "Azerbaijan"]}),
        # a one-sided clash keeps its initiator and target
        ("The Arakan Army clashed with Myanmar military forces in Maungdaw township.", "armed_clash",
         {"initiator": ["The Arakan Army"], "target": ["Myanmar military forces"]}),
    ],
)
def test_roles(extract: Extract, text: str, type_id: str, expected: dict[str, list[str]]) -> None:
    found = roles(only(extract(text), type_id))
    for role, phrases in expected.items():
        assert sorted(found.get(role, [])) == sorted(phrases), found


def test_dates_are_never_arguments(extract: Extract) -> None:
    mention = only(extract("Somali troops regained control of the town of Adan Yabaal on Thursday."),
                   "government_regains_territory")
    assert all("Thursday" not in a.evidence[0].text for a in mention.actors)
