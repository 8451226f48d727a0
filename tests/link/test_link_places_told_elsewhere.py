"""A place named only outside a report's own sentence is no evidence that two outlets tell two places.

Consolidation gives a report the finest place of the sentences it judged retellings of it, and the
story lends one to a report naming none; a headline "Soum: the militia post of Djibo attacked" then
carries a town named in the article's background line about a raid months before. Across outlets
such a place read as places apart against the other outlet's town (place 0 and the penalty). Five
paraphrases (other conflicts, outlets and places of the lent name: a background paragraph, a later
retelling, a photo caption, an "Also read:" line, a quote) and near misses: two outlets naming their
own towns in the reporting sentence keep the penalty; within one article nothing changes; a lent place
that agrees still counts. Fiction in the style of news, written for sitreps.
"""

from __future__ import annotations

import numpy as np
import pytest
from link_helpers import make_doc

from sitreps.link.inherited_places import told_elsewhere
from sitreps.link.nodes import LinkNode, document_nodes
from sitreps.link.scoring import score_pair
from sitreps.models import Span

DJIBO = {"name": "Djibo", "country": "BF", "admin1": "Sahel", "lat": 14.10, "lon": -1.63}
ARIBINDA = {"name": "Aribinda", "country": "BF", "admin1": "Sahel", "lat": 14.23, "lon": -0.86}
BAIDOA = {"name": "Baidoa", "country": "SO", "admin1": "Bay", "lat": 3.11, "lon": 43.65}
BURHAKABA = {"name": "Burhakaba", "country": "SO", "admin1": "Bay", "lat": 2.80, "lon": 44.08}
HPAKANT = {"name": "Hpakant", "country": "MM", "admin1": "Kachin", "lat": 25.61, "lon": 96.31}
MYITKYINA = {"name": "Myitkyina", "country": "MM", "admin1": "Kachin", "lat": 25.38, "lon": 97.40}
BUNIA = {"name": "Bunia", "country": "CD", "admin1": "Ituri", "lat": 1.56, "lon": 30.25}
DJUGU = {"name": "Djugu", "country": "CD", "admin1": "Ituri", "lat": 1.92, "lon": 30.50}
TIBU = {"name": "Tibú", "country": "CO", "admin1": "Norte de Santander", "lat": 8.64, "lon": -72.73}
CUCUTA = {"name": "Cúcuta", "country": "CO", "admin1": "Norte de Santander", "lat": 7.89, "lon": -72.50}

# (the local outlet's text, its trigger, the word naming its lent place, that place,
#  the wire's text, its trigger, the wire's own town)
PARAPHRASES = [
    ("Soum: the militia post of Djibo attacked, 42 dead. "
     "The province has seen deadly raids these last months, notably at Arbinda in May.",
     "attacked", "Arbinda", ARIBINDA,
     "Gunmen on motorbikes attacked a militia post in Djibo on Saturday, killing 42.", "attacked", DJIBO),
    ("Explosion rocks hotel, many feared dead. "
     "Police said the blast in Burhakaba was the work of the Khawarij.",
     "Explosion", "Burhakaba", BURHAKABA,
     "A car bomb exploded outside a hotel in Baidoa on Tuesday, killing nine people.", "car bomb", BAIDOA),
    ("Airstrike hits jade mine workers' camp. "
     "Photo: a resident of Myitkyina looks at a damaged house.",
     "Airstrike", "Myitkyina", MYITKYINA,
     "A military jet bombed a workers' camp in Hpakant on Sunday night, killing 11.", "bombed", HPAKANT),
    ("Militia raid on displaced camp leaves 18 dead. "
     "Also read: Bunia - traders protest new market taxes.",
     "raid", "Bunia", BUNIA,
     "CODECO fighters raided a displacement camp near Djugu on Monday, killing 18.", "raided", DJUGU),
    ("Police station attacked with explosives. "
     "\"We heard the blast from Cúcuta,\" said a resident.",
     "attacked", "Cúcuta", CUCUTA,
     "Dissidents attacked the police station in Tibú with explosives on Friday.", "attacked", TIBU),
]


def _node(doc_id: str, text: str, trigger: str, place: dict, named_by: str | None = None) -> LinkNode:
    spec = {"type": "armed_clash", "trigger": trigger, "place": place, "actors": [], "counts": [],
            "time": ("2026-09-12", "day")}
    doc = make_doc(doc_id, text, "2026-09-13", doc_id.upper(), spec)
    if named_by is not None:  # the place's word lies in another sentence than the report's
        start = text.index(named_by)
        first = doc.events[0]
        moved = first.place.model_copy(update={"evidence": [Span.of(text, start, start + len(named_by))]})
        doc.events[0] = first.model_copy(update={"place": moved})
    node = document_nodes(doc)[0]
    node.vector = node.story_vector = np.array([1.0, 0.0])
    return node


def _terms(a: LinkNode, b: LinkNode) -> dict[str, float]:
    return dict(score_pair(a, b).terms)


@pytest.mark.parametrize(("local", "trigger", "word", "lent", "wire", "wire_trigger", "town"), PARAPHRASES)
def test_a_place_named_in_another_sentence_takes_no_places_apart_penalty(local, trigger, word, lent, wire,
                                                                        wire_trigger, town):
    report = _node("local", local, trigger, lent, word)
    assert told_elsewhere(report.place, report)
    terms = _terms(report, _node("wire", wire, wire_trigger, town))
    assert terms["places apart"] == 0.0
    assert terms["place"] > 0.0


@pytest.mark.parametrize(("local", "trigger", "word", "lent", "wire", "wire_trigger", "town"), PARAPHRASES)
def test_two_outlets_naming_their_towns_in_the_reporting_sentence_keep_the_penalty(local, trigger, word, lent, wire,
                                                                                   wire_trigger, town):
    own = f"Fighters {trigger} the post in {lent['name']} on Saturday."
    report = _node("local", own, trigger, lent)
    assert not told_elsewhere(report.place, report)
    terms = _terms(report, _node("wire", wire, wire_trigger, town))
    assert terms["places apart"] < 0.0


def test_within_one_article_a_place_named_elsewhere_still_counts():
    local, trigger, word, lent, wire, _, town = PARAPHRASES[0]
    text = f"{local} {wire}"
    spec_a = {"type": "armed_clash", "trigger": trigger, "place": lent, "actors": [], "counts": []}
    spec_b = {"type": "armed_clash", "trigger": "Gunmen", "place": town, "actors": [], "counts": []}
    doc = make_doc("one", text, "2026-09-13", "ONE", spec_a, spec_b)
    start = text.index(word)
    first = doc.events[0]
    doc.events[0] = first.model_copy(update={"place": first.place.model_copy(
        update={"evidence": [Span.of(text, start, start + len(word))]})})
    a, b = document_nodes(doc)
    a.vector = a.story_vector = b.vector = b.story_vector = np.array([1.0, 0.0])
    scored = score_pair(a, b)
    assert scored.gate is not None or dict(scored.terms)["place"] == 0.0


def test_a_place_named_elsewhere_that_agrees_still_scores_as_one_place():
    local, trigger, word, lent, wire, wire_trigger, _ = PARAPHRASES[0]
    terms = _terms(_node("local", local, trigger, lent, word), _node("wire", wire, wire_trigger, lent))
    assert terms["place"] == pytest.approx(0.05)
