"""An agentless killing told after an incident is its toll, unless the article has moved on (round 23b)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

KILLING_TYPES = frozenset({"attack_on_civilians", "armed_clash", "excessive_force_against_protesters"})


def _killed(events: list, type_ids: frozenset[str]) -> list[int | None]:
    return [c.value for m in events if m.type in type_ids for c in m.counts if c.what == "killed"]


@pytest.mark.parametrize(("text", "first", "place"), [
    ("In Mombasa, hundreds marched peacefully to the county offices. The bar association said a teenager had "
     "been shot dead in Kisumu.", "peaceful_protest", "Kisumu"),
    ("Soldiers shelled rebel positions near Bunia on Monday. Separately, two traders were killed on the road "
     "to Komanda, residents said.", "shelling_missile_attack", None),
    ("A roadside bomb hit a police patrol in Helmand on Sunday. Elsewhere, a teacher was shot dead in Kandahar.",
     "remote_explosive", "Kandahar"),
    ("Troops raided a village near Mopti at dawn. Three herders were killed in Segou, a local official said.",
     "special_operation", "Segou"),
    ("Protesters burned tyres in Lahore on Friday. A student was shot dead in Karachi, police said.",
     "violent_demonstration", "Karachi"),
])
def test_a_killing_told_apart_stands(extract: Extract, text: str, first: str, place: str | None) -> None:
    events = extract(text)
    assert _killed(events, frozenset({first})) == [], [(m.type, m.counts) for m in events]
    killings = [m for m in events if m.type != first and any(c.what == "killed" for c in m.counts)]
    assert killings, [(m.type, m.counts) for m in events]
    if place is not None:
        assert killings[0].place is not None and killings[0].place.text == place, killings[0].place


@pytest.mark.parametrize(("text", "first", "killed"), [
    ("Gunmen attacked a bus near Jos on Monday. Five passengers were killed in the attack near Jos.",
     "attack_on_civilians", 5),
    ("Rebels shelled the market in Kamo on Monday. Four traders were killed in the town.",
     "shelling_missile_attack", 4),
    ("Militants stormed a checkpoint in Mosul. Two policemen were killed in Mosul, officials said.",
     "armed_clash", 2),
    ("Protesters clashed with police in Accra on Tuesday. One protester was shot dead, witnesses said.",
     "violent_demonstration", 1),
    ("A drone strike hit a convoy near Jilib on Sunday. Three militants were reportedly killed near Jilib.",
     "air_drone_strike", 3),
    # a quarter of the protest's city, or a name the gazetteer lacks, is no other town
    ("Protesters clashed with police in Nairobi on Tuesday. A student was shot dead in Kibera, witnesses said.",
     "violent_demonstration", 1),
    ("Rioters torched shops in Kano on Friday. Two traders were killed in Kurmi Zanguzaba, residents said.",
     "violent_demonstration", 2),
])
def test_a_toll_in_the_same_town_stays_the_incidents(extract: Extract, text: str, first: str, killed: int) -> None:
    events = extract(text)
    assert killed in [c.value for m in events for c in m.counts if c.what == "killed"], \
        [(m.type, m.counts) for m in events]
    assert len([m for m in events if any(c.what == "killed" for c in m.counts)]) == 1, \
        [(m.type, m.counts) for m in events]


def test_a_coordinated_killing_is_its_doers_act_not_the_last_toll(extract: Extract) -> None:
    """Round 30: "troops pursued the attackers and killed 14 of them" has a doer, the first verb's subject, so it
    is the troops' own fight and not a toll of the attack told before; "and 10 people were wounded" has its own
    subject and stays the incident's toll."""
    events = extract("Rebels in boats attacked an army post on the island of Kerema on Sunday, killing six "
                     "soldiers, the army said. On Monday, troops pursued the attackers across the islands and "
                     "killed 14 of them, the army said.")
    assert sorted(_killed(events, KILLING_TYPES)) == [6, 14], [(m.type, m.counts) for m in events]
    assert len([m for m in events if m.type in KILLING_TYPES]) == 2
    toll = extract("Russian missiles struck Kyiv before dawn, killing three people. The city administration "
                   "reported one child was among the dead, and 10 people were wounded.")
    assert [c.value for m in toll for c in m.counts if c.what == "injured"] == [10], [(m.type, m.counts) for m in toll]
