"""Acts that produced no event mention at all (round 18, issue #14 recall): a destroying by explosive
("dynamited", "blew up"), a killing told as "neutralised"/"eliminated" with people as object, and a
fired weapon that is the subject of a verb of contact with a clause between them ("a drone launched by
the RSF hit"), with near misses of their other senses.

Fiction in news style, written for sitreps."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.annotate.nlp import load_nlp
from sitreps.extract.armed_verbs import armed_verb
from sitreps.extract.weapon_subjects import weapon_subject_type


@pytest.mark.parametrize(("text", "expected"), [
    ("Suspected ELN guerrillas dynamited a stretch of the oil pipeline in Arauca overnight.", "remote_explosive"),
    ("Separatist militants blew up a section of railway track outside Quetta on Wednesday.", "remote_explosive"),
    ("Insurgents blew up two electricity pylons on the Damaturu road late Sunday.", "remote_explosive"),
    ("Al-Shabaab fighters blew up a telecommunications mast in the Bakool region.", "remote_explosive"),
    ("The bridge over the river was blown up by rebels before dawn, residents said.", "remote_explosive"),
    ("Security forces eliminated three militants during an operation in the Tank district.", "armed_clash"),
    ("The army said its soldiers had neutralised several members of a criminal gang.", "armed_clash"),
    ("Malian troops neutralized around 20 jihadists near Niono, the army said.", "armed_clash"),
    ("Colombian troops eliminated a dissident commander in Cauca, the minister said.", "armed_clash"),
    ("Haitian police officers neutralized four gang members in Village de Dieu.", "armed_clash"),
    ("Army engineers blew up an old mortar round found in a field near the village.", "disrupted_weapons_use"),
    ("Soldiers dynamited a cache of artillery shells left behind by the retreating rebels.", "disrupted_weapons_use"),
])
def test_an_armed_doer_makes_the_verb_an_event(text: str, expected: str) -> None:
    found = {armed_verb(t) for t in load_nlp()(text)} - {None}
    assert found == {expected}, found


@pytest.mark.parametrize("text", [
    "Demolition crews dynamited the old stadium in Lagos to make way for a convention centre.",
    "The minister blew up at reporters who asked about the inquiry.",
    "The story blew up on social media within hours.",
    "Soldiers blew a whistle to start the parade in Abuja.",
    "A police bomb squad blew up a suspicious bag outside the court in a controlled explosion.",
    "The central bank said the rate rise had neutralised the threat of runaway inflation.",
    "The army eliminated the backlog of pension claims, a spokesman said.",
    "The firm eliminated 300 jobs at its plant in Kano.",
    "Nigeria's team was eliminated from the tournament after a shootout.",
])
def test_no_armed_doer_no_particle_or_no_person_no_trigger(text: str) -> None:
    assert all(armed_verb(t) is None for t in load_nlp()(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("A drone launched by the Rapid Support Forces hit a fuel depot in Port Sudan on Sunday.", "air_drone_strike"),
    ("Two kamikaze drones fired from Yemen slammed into a hotel in Eilat, police said.", "air_drone_strike"),
    ("A missile fired from the Black Sea slammed into a grain terminal in Odesa overnight.",
     "shelling_missile_attack"),
    ("Rockets launched by the militants from the hills hit the outskirts of the town.", "shelling_missile_attack"),
    ("The fuel depot was hit by a drone early on Friday, the governor said.", "air_drone_strike"),
])
def test_a_fired_weapon_that_hits_names_its_attack(extract: Extract, text: str, expected: str) -> None:
    types = [m.type for m in extract(text)]
    assert expected in types, types


@pytest.mark.parametrize("text", [
    "The news hit oil markets hard on Monday.",
    "A cyclone slammed into the coast of Bangladesh on Saturday.",
    "The drone landed safely on the runway after a test flight.",
    "The scandal hit the government hard.",
])
def test_no_fired_weapon_no_trigger(text: str) -> None:
    assert all(weapon_subject_type(t) is None for t in load_nlp()(text))
