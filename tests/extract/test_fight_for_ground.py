"""A capture and the fight it was won in, told "after" it or in the next sentence at one village, are one change
of territory.

ACLED codes a change of territorial control where a report tells one, and an armed clash only where none
does: "rebels seized the town after heavy fighting with the army" is one event, the capture, and so are
"jihadists overran Tin-Akof" and "clashes in Tin-Akof" of that day where the gazetteer lacks the village. A fight in
another town, or between sides the taker is not among, stays apart. Every article here is fiction written
for these tests, in the style of wire copy, from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, assert_one_incident, incident_telling

OVERTAKES = "non_state_overtakes_territory"
REGAINS = "government_regains_territory"


@pytest.mark.parametrize(("text", "capture", "fight", "type_id"), [
    # DR Congo: rebels take a city after fighting the army
    ("M23 rebels seized the town of Bukavu on Wednesday after heavy fighting with Congolese troops, local "
     "officials said.", "seized", "fighting", OVERTAKES),
    # Somalia: a capture after a gun battle
    ("Al-Shabaab fighters captured the town of Moqokori on Sunday after a gun battle with government "
     "soldiers, residents said.", "captured", "battle", OVERTAKES),
    # Yemen: the government regains a district following clashes
    ("Government forces regained control of Hays on Friday following fierce clashes with Houthi fighters, "
     "military sources said.", "regained control", "clashes", REGAINS),
    # Mozambique: insurgents take a port town after fighting government troops
    ("Insurgents captured the port town of Mocimboa da Praia on Wednesday after heavy fighting with "
     "government troops, police said.", "captured", "fighting", OVERTAKES),
    # Mali: jihadists take a town after clashes with the army
    ("Jihadists took control of Boni on Sunday following clashes with the Malian army, local sources said.",
     "took control", "clashes", OVERTAKES),
])
def test_a_capture_after_its_fight_is_one_change_of_territory(extract: Extract, text: str, capture: str,
                                                               fight: str, type_id: str) -> None:
    assert_one_incident(extract(text), text, capture, fight, type_id)


@pytest.mark.parametrize(("text", "capture", "fight"), [
    # a fight in another town the day before
    ("M23 rebels seized the town of Bukavu on Wednesday, a day after heavy fighting in Uvira, local officials "
     "said.", "seized", "fighting"),
    # a fight of two other sides in another town
    ("Al-Shabaab fighters captured the town of Moqokori on Sunday after clan militias clashed with each other "
     "in Beledweyne, residents said.", "captured", "clashed"),
    # the army retakes a town after others fought elsewhere last week
    ("The army retook the town of Boni on Sunday after jihadists and Dozo hunters clashed in Bandiagara last "
     "week, local sources said.", "retook", "clashed"),
])
def test_a_fight_elsewhere_or_of_other_sides_stays_apart(extract: Extract, text: str, capture: str,
                                                          fight: str) -> None:
    events = extract(text)
    assert incident_telling(events, capture, text) is not incident_telling(events, fight, text)


@pytest.mark.parametrize(("text", "capture", "fight", "type_id"), [
    # Mali: a village the gazetteer lacks, taken, and the fight in it told next
    ("Jihadists overran the village of Tin-Akof on Tuesday, local sources said. Clashes in Tin-Akof with the "
     "army lasted until dawn, a local official said.", "overran", "Clashes", OVERTAKES),
    # Yemen: a hamlet seized and the fighting in it
    ("Houthi fighters seized the hamlet of Al-Qasabiya on Monday, tribal sources said. Fighting in Al-Qasabiya "
     "with tribesmen went on for hours on Monday, the sources added.", "seized", "Fighting", OVERTAKES),
    # DR Congo: a village regained and the clashes for it
    ("The army regained control of the village of Kiwanja-Sud on Friday, a spokesman said. Clashes with M23 "
     "rebels in Kiwanja-Sud killed three soldiers on Friday, he said.", "regained control", "Clashes", REGAINS),
    # Myanmar: an outpost captured and the fighting at it
    ("Arakan Army fighters captured the outpost of Taung Pyo Letwe on Sunday, the group said. Fighting at Taung "
     "Pyo Letwe lasted two days, local media said.", "captured", "Fighting", OVERTAKES),
])
def test_the_fight_in_a_village_the_gazetteer_lacks_is_its_capture(extract: Extract, text: str, capture: str,
                                                                  fight: str, type_id: str) -> None:
    assert_one_incident(extract(text), text, capture, fight, type_id)


@pytest.mark.parametrize(("text", "capture", "fight"), [
    # the same village two days later
    ("Jihadists overran the village of Tin-Akof on Tuesday, local sources said. On Thursday, clashes broke out "
     "in Tin-Akof between the army and the militants.", "overran", "clashes"),
    # another hamlet the same day
    ("Houthi fighters seized the hamlet of Al-Qasabiya on Monday, tribal sources said. Fighting in the hamlet "
     "of Bayt Dughaysh went on for hours on Monday, the sources added.", "seized", "Fighting"),
    # "Separately": another incident at the village
    ("Jihadists overran the village of Tin-Akof on Tuesday, local sources said. Separately, clashes in Tin-Akof "
     "between two rival militias left five dead on Tuesday.", "overran", "clashes"),
])
def test_a_fight_of_another_day_or_village_stays_apart(extract: Extract, text: str, capture: str,
                                                       fight: str) -> None:
    events = extract(text)
    assert incident_telling(events, capture, text) is not incident_telling(events, fight, text)
