"""A live blog's or topic page's entry opened by a heading line (stamp or label, no full stop) is an item.

Five paraphrases of the format (a time-stamped title, a GMT stamp, a place label, a dashed place label,
an "am" stamp), each over a paragraph telling the entry, and near misses: a lone section heading over
nothing, a line that is a long truncated sentence, an entry written on one line as before, and a wire
story's single dateline. Fiction in the style of news, written for sitreps.
"""

from __future__ import annotations

import pytest
import spacy

from sitreps.extract.item_headings import headed_item
from sitreps.extract.items import item_of, item_starts

NLP = spacy.blank("en")

# (page text, a word of the first entry, a word of the second)
PARAPHRASES = [
    ("Ukraine war live: Kharkiv region hit\n\n17:40 - Four dead after guided bomb hits Kharkiv region\n"
     "Four people were killed when a guided bomb struck a street on Wednesday, officials said.\n\n"
     "14:02 - Moscow says it downed 30 drones\n"
     "Russia's defence ministry said its air defences destroyed 30 drones over Bryansk overnight.",
     "guided bomb struck", "air defences"),
    ("Sudan live\n\n09:15 GMT - Shelling on El Fasher market\n"
     "Shells hit the main market of El Fasher on Monday morning, killing nine traders, medics said.\n\n"
     "11:30 GMT - Drone hits Kosti power station\n"
     "A drone struck the power station in Kosti on Monday, cutting electricity, officials said.",
     "Shells hit", "drone struck"),
    ("Myanmar Conflict Tracker: News In Brief\n\nDepayin: Airstrike hits monastery\n"
     "At least 16 people were killed when a military aircraft bombed a monastery late on Sunday, residents said.\n\n"
     "Kyaukme: Drone strike on market\n"
     "A drone strike on a market in Kyaukme Township killed three vendors on Monday morning, rescuers said.",
     "bombed a monastery", "market in Kyaukme"),
    ("Sahel security roundup\n\nMenaka - Convoy ambushed on Ansongo road\n"
     "Gunmen ambushed a supply convoy on the road to Ansongo on Friday, killing four drivers, a source said.\n\n"
     "Djibo - Militia post attacked\n"
     "Fighters attacked a militia post south of Djibo on Friday evening, a local official said.",
     "ambushed a supply", "attacked a militia"),
    ("Haiti live updates\n\n8.05am: Gangs attack Mirebalais police station\n"
     "Gang members attacked the police station in Mirebalais at dawn, freeing several detainees, police said.\n\n"
     "10.20am: Protest in Cap-Haitien\n"
     "Hundreds of people marched in Cap-Haitien on Tuesday to demand security, a reporter said.",
     "attacked the police", "marched"),
]


@pytest.mark.parametrize(("page", "first", "second"), PARAPHRASES)
def test_a_heading_line_over_its_text_opens_an_item(page, first, second):
    doc = NLP(page)
    assert item_of(doc, page.index(first)) == 1
    assert item_of(doc, page.index(second)) == 2


def test_a_lone_section_heading_opens_no_item():
    assert not headed_item("17:40 - Latest updates", "")
    assert not headed_item("Depayin: Airstrike hits monastery", "Photo: rescuers")


def test_a_long_line_without_a_full_stop_is_no_heading():
    long_line = " ".join(["word"] * 20)
    assert not headed_item(long_line, "Gunmen attacked a post on Friday, killing four soldiers, officials said.")


def test_an_entry_on_one_line_still_opens_its_item():
    page = ("Live: Kharkiv\n\n06:10 GMT - A glide bomb hit a warehouse, the governor said.\n\n"
            "07:45 GMT - A second glide bomb hit a school, the mayor said.")
    doc = NLP(page)
    assert item_of(doc, page.index("warehouse")) == 1 and item_of(doc, page.index("school")) == 2


def test_a_wire_storys_dateline_and_heading_like_lead_open_no_items():
    page = ("Gunmen kill four in Cauca\n\nPOPAYAN, Colombia (Wire) - Gunmen killed four farmers on Sunday.\n\n"
            "The attack was blamed on a FARC dissident faction.")
    assert item_starts(NLP(page)) == ()
