"""A headline's place named in the lead that retells it is the writer's word, not a place lent to it.

A headline names its incident in few words ("Drone strike on market in Zamfara kills 14") and the lead
places it ("a drone strike on a market in Talata Mafara"); consolidation gives the headline's report the
lead's town. Read as lent (``inherited_places.told_elsewhere``), that town's disagreement with another
outlet's town of another strike was withheld and the two strikes linked (round 28: a wedding strike of one
Kordofan town and a market strike in another, 60 km away). Near misses: a town of another sentence of the
same lead paragraph (a background line) stays lent, and so does one named further down the article.
Fiction in the style of news, written for sitreps.
"""

from __future__ import annotations

import numpy as np
from link_helpers import make_doc

from sitreps.link.inherited_places import told_elsewhere
from sitreps.link.nodes import LinkNode, document_nodes, sentence_around
from sitreps.link.scoring import score_pair
from sitreps.models import Span

TALATA = {"name": "Talata Mafara", "country": "NG", "admin1": "Zamfara", "lat": 12.57, "lon": 6.06}
GUSAU = {"name": "Gusau", "country": "NG", "admin1": "Zamfara", "lat": 12.16, "lon": 6.66}

TITLE = "Drone strike on market in Zamfara kills 14"
LEAD = "GUSAU, Nigeria - A drone strike on a market in Talata Mafara killed 14 people on Friday, a medic said."
BACKGROUND_LEAD = ("GUSAU, Nigeria - A drone strike on a crowded market killed 14 people on Friday. "
                   "Bandits raided Talata Mafara last year.")
WIRE = "A drone hit a livestock market in Gusau on Thursday, killing six traders, police said."


def _headline_node(lead: str, retold: str, named_by: str, further: str = "") -> LinkNode:
    """The headline's report, retold in the lead at ``retold``, its place's word ``named_by`` of the lead."""
    text = f"{TITLE}\n\n{lead}{further}"
    spec = {"type": "air_drone_strike", "trigger": "Drone strike", "place": TALATA, "actors": [], "counts": [],
            "time": ("2026-10-09", "day")}
    doc = make_doc("local", text, "2026-10-10", "LOCAL", spec).model_copy(update={"title": TITLE})
    retelling = text.index(retold, len(TITLE))
    named = text.rindex(named_by)
    first = doc.events[0]
    doc.events[0] = first.model_copy(update={
        "sentence": Span.of(text, 0, len(TITLE)),
        "retellings": [Span.of(text, retelling, retelling + len(retold))],
        "place": first.place.model_copy(update={"evidence": [Span.of(text, named, named + len(named_by))]}),
    })
    node = document_nodes(doc)[0]
    node.vector = node.story_vector = np.array([1.0, 0.0])
    return node


def _wire_node() -> LinkNode:
    spec = {"type": "air_drone_strike", "trigger": "drone hit", "place": GUSAU, "actors": [], "counts": [],
            "time": ("2026-10-08", "day")}
    node = document_nodes(make_doc("wire", WIRE, "2026-10-09", "WIRE", spec))[0]
    node.vector = node.story_vector = np.array([1.0, 0.0])
    return node


def test_the_sentence_around_a_trigger_is_its_own_sentence_only():
    text = f"{TITLE}\n\n{BACKGROUND_LEAD}"
    start = text.index("drone strike")
    around = sentence_around(text, start, start + len("drone strike"))
    assert text[around[0]:around[1]] == BACKGROUND_LEAD.split(" Bandits")[0]


def test_a_town_the_lead_retelling_names_is_the_headline_reports_own():
    report = _headline_node(LEAD, "drone strike", "Talata Mafara")
    assert report.lead and report.lead_retellings
    assert not told_elsewhere(report.place, report)
    terms = dict(score_pair(report, _wire_node()).terms)
    assert terms["place"] == 0.0
    assert terms["places apart"] < 0.0


def test_a_town_of_a_background_line_of_the_lead_stays_lent():
    report = _headline_node(BACKGROUND_LEAD, "drone strike", "Talata Mafara")
    assert told_elsewhere(report.place, report)
    assert dict(score_pair(report, _wire_node()).terms)["places apart"] == 0.0


def test_a_retelling_below_the_story_lends_no_place_of_its_own():
    further = " " + "Residents buried the dead on Saturday. " * 10 + "The drone strike in Talata Mafara was the third."
    report = _headline_node("GUSAU, Nigeria - A drone hit a crowded market on Friday.", "drone strike",
                            "Talata Mafara", further)
    assert not report.lead_retellings
    assert told_elsewhere(report.place, report)
