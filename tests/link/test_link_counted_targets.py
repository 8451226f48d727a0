"""Actor consensus: a target that only counts the struck ranks after one that says who or what was struck;
the actors of a linked act of another family rank after those of the event's own reports.

Texts written for these tests (fiction in the style of news).
"""

from __future__ import annotations

import pytest
from link_helpers import make_doc, strike

from sitreps.link.consensus import build_fields
from sitreps.link.contributions import Contribution, contributions_of
from sitreps.models import MentionRef, Span
from sitreps.resolve.normalise import counts_only


@pytest.mark.parametrize(("name", "counts"), [
    ("at least seven people", True), ("hundreds", True), ("More than 1,200 others", True),
    ("dozens of people", True), ("hundreds of civilians", False), ("several of his allies", False),
    ("Saint Varo hospital", False), ("Vanguard Brigade", False), ("", False),
])
def test_names_that_only_count(name: str, counts: bool) -> None:
    assert counts_only(name) is counts


def test_the_struck_hospital_ranks_before_the_toll() -> None:
    text = "Airstrike on Saint Varo hospital kills hundreds in Dellin."
    doc = make_doc("h1", text, "2024-03-03", "Wire One", strike(trigger="Airstrike", actors=[
        ("initiator", "Kordan", None), ("target", "hundreds", None), ("target", "Saint Varo hospital", None)]))
    ranked = [(c.label, c.order) for c in contributions_of(doc.events[0]) if c.field == "actor:target"]
    assert ranked == [("Saint Varo hospital", 0), ("hundreds", 1)]


def test_a_toll_alone_stays_the_target() -> None:
    text = "A drone strike killed at least seven people in Dellin."
    toll = [("target", "at least seven people", None)]
    doc = make_doc("h2", text, "2024-03-03", "Wire One", strike(trigger="drone strike", actors=toll))
    assert [c.label for c in contributions_of(doc.events[0]) if c.field == "actor:target"] == ["at least seven people"]


def test_who_did_a_linked_act_of_another_family_is_not_who_did_the_event() -> None:
    # A riot row also holds the police shooting that set it off: the rioters did the riot. The police
    # report comes first (earlier, the same originators), so only the family tells them apart.
    contributions = [Contribution("type", "violent_demonstration", "violent_demonstration", "m2", None),
                     Contribution("type", "violent_demonstration", "violent_demonstration", "m3", None),
                     Contribution("type", "attack_on_civilians", "attack_on_civilians", "m1", None),
                     Contribution("actor:initiator", "fr-police", "police", "m1", None),
                     Contribution("actor:initiator", "new:young-people", "young people", "m2", None)]
    refs = {m: MentionRef(mention_id=m, document_id="d1", outlet="Wire One", published_at="2023-06-30",
                          originator="text:d1") for m in ("m1", "m2", "m3")}
    fields = {f.field: f for f in build_fields(contributions, refs)}
    assert fields["type"].value == "violent_demonstration"
    assert fields["actor:initiator"].label == "young people"


@pytest.mark.parametrize(("doers", "victims"), [
    # The rioters are the country's civilians; so are "at least 300 people" arrested, told in the headline.
    (("gr-civilians", "protesters"), ("gr-civilians", "at least 300 people")),
    # A militia that the report names twice does not attack itself.
    (("new:sela-militia", "Sela militia"), ("new:sela-militia", "Sela militia fighters")),
])
def test_the_doer_is_not_the_target_when_another_is_named(doers: tuple[str, str],
                                                          victims: tuple[str, str]) -> None:
    contributions = [Contribution("type", "violent_demonstration", "violent_demonstration", m, None)
                     for m in ("m1", "m2")]
    contributions += [Contribution("actor:initiator", doers[0], doers[1], "m1", None),
                      Contribution("actor:target", victims[0], victims[1], "m1", None, 0),
                      Contribution("actor:target", victims[0], victims[1], "m2", None, 0),
                      Contribution("actor:target", "gr-police", "police", "m2", None, 1)]
    refs = {m: MentionRef(mention_id=m, document_id="d1", outlet="Wire One", published_at="2023-06-30",
                          originator="text:d1") for m in ("m1", "m2")}
    fields = {f.field: f for f in build_fields(contributions, refs)}
    assert fields["actor:initiator"].value == doers[0]
    assert fields["actor:target"].value == "gr-police"


def test_a_target_alone_stays_even_when_it_is_the_doer() -> None:
    contributions = [Contribution("type", "armed_clash", "armed_clash", "m1", None),
                     Contribution("actor:initiator", "new:sela-militia", "Sela militia", "m1", None),
                     Contribution("actor:target", "new:sela-militia", "Sela militia", "m1", None)]
    refs = {"m1": MentionRef(mention_id="m1", document_id="d1", outlet="Wire One", published_at="2023-06-30",
                             originator="text:d1")}
    fields = {f.field: f for f in build_fields(contributions, refs)}
    assert fields["actor:target"].value == "new:sela-militia"


@pytest.mark.parametrize(("text", "trigger", "targets", "first"), [
    # The victims a report names beat the place or thing it names beside them (ACLED's actor 2 is who suffered).
    ("Herders killed seven villagers in an attack on a village near Orva on Tuesday.",
     "killed", [("target", "village", None), ("target", "seven villagers", "gr-civilians")], "seven villagers"),
    ("A drone struck a fuel depot near Tarsk on Friday, killing two workers, the governor said.",
     "struck", [("target", "fuel depot", None), ("target", "two workers", "new:workers")], "two workers"),
    ("Rebels shelled an army camp outside Melo, killing four soldiers, a spokesman said.",
     "shelled", [("target", "army camp", None), ("target", "four soldiers", "gr-military")], "four soldiers"),
    # Near misses: a thing named alone stays the target; a thing beats a bare count.
    ("A missile hit a bridge over the Sava river near Lodo overnight.",
     "hit", [("target", "bridge", None)], "bridge"),
    ("Shells hit the central market of Tarsk, killing at least nine people.",
     "hit", [("target", "at least nine people", None), ("target", "central market", None)],
     "central market"),
])
def test_who_suffered_ranks_before_what_was_hit(text: str, trigger: str, targets: list[tuple[str, str, str | None]],
                                               first: str) -> None:
    doc = make_doc("v1", text, "2024-03-03", "Wire One", strike(trigger=trigger, actors=targets))
    ranked = [c.label for c in contributions_of(doc.events[0]) if c.field == "actor:target"]
    assert ranked[0] == first


def test_the_doers_dead_told_in_another_sentence_stay_after_the_post() -> None:
    # A merged incident holds the targets of its response too: the insurgents troops killed later are
    # the doer's own men, not whom the attack hit.
    text = ("Insurgents attacked an army post near Goro on Monday, a spokesman said. "
            "Troops killed 22 of the insurgents as they retreated.")
    doc = make_doc("v2", text, "2024-03-03", "Wire One", strike(trigger="attacked", actors=[
        ("initiator", "Insurgents", "new:insurgents"), ("target", "army post", None),
        ("target", "22 of the insurgents", "new:insurgents")]))
    event = doc.events[0]
    later = text.index("22 of")
    dead = event.actors[2].model_copy(update={"evidence": [Span.of(text, later, later + 20)]})
    event = event.model_copy(update={"actors": [*event.actors[:2], dead]})
    assert [c.label for c in contributions_of(event) if c.field == "actor:target"] == ["army post",
                                                                                       "22 of the insurgents"]
