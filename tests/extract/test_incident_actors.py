"""Which actors a merged incident puts first: the one most of its retellings name.

Every article and sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

from extract_helpers import Extract

from sitreps.extract.consolidate import consolidate
from sitreps.extract.finished_incident import ranked_actors
from sitreps.extract.retelling import Told
from sitreps.models import ActorMention, EventMention, Modality, Role, Span

TEXT = ("Riots shook Varenne for a third night. Police responded with tear gas. "
        "Protesters torched cars near the station. Protesters later set a bank on fire.")


def _mention(index: int, trigger: str, kind: str, actors: list[tuple[Role, str]]) -> EventMention:
    start = TEXT.index(trigger)
    span = Span.of(TEXT, start, start + len(trigger))
    return EventMention(id=f"d:m{index}", type=kind, acled=None, plover=None, cameo=None, trigger=span,
                        sentence=span, actors=[ActorMention(role=role, name=name, evidence=[span])
                                               for role, name in actors],
                        counts=[], place=None, time=None, modality=Modality.REPORTED, attribution=None,
                        confidence=0.8)


def _initiators(mention: EventMention) -> list[str]:
    return [a.name for a in mention.actors if a.role is Role.INITIATOR]


def _keep_type(mention: EventMention, type_id: str) -> EventMention:
    return mention.model_copy(update={"type": type_id})


def test_the_actor_most_retellings_name_leads_its_role() -> None:
    riot = [
        _mention(0, "Riots", "violent_demonstration", []),
        _mention(1, "tear gas", "protest_with_intervention", [(Role.INITIATOR, "Police")]),
        _mention(2, "torched", "violent_demonstration", [(Role.INITIATOR, "Protesters"), (Role.TARGET, "cars")]),
        _mention(3, "set a bank on fire", "violent_demonstration",
                 [(Role.INITIATOR, "protesters"), (Role.TARGET, "bank")]),
    ]
    (incident,) = consolidate([Told(m, lead=True) for m in riot], _keep_type)
    assert incident.type == "violent_demonstration"
    assert _initiators(incident)[0] == "Protesters"  # two tellings over one
    assert "Police" in _initiators(incident)  # the side the response tells is kept, not dropped
    assert [a.name for a in incident.actors if a.role is Role.TARGET] == ["cars", "bank"]  # a tie: text order


def test_ties_keep_the_order_the_incident_was_told_in() -> None:
    first = _mention(0, "torched", "violent_demonstration", [(Role.INITIATOR, "Protesters")])
    later = _mention(1, "tear gas", "protest_with_intervention", [(Role.INITIATOR, "Police")])
    merged = first.model_copy(update={"actors": [*first.actors, *later.actors]})
    assert _initiators(merged.model_copy(update={"actors": ranked_actors(merged, [first, later])})) == [
        "Protesters", "Police"]


def test_a_response_told_first_does_not_make_the_police_the_rioters(extract: Extract) -> None:
    text = ("Night of riots in Varenne\n\n"
            "Police fired tear gas in Varenne on Thursday night as riots spread, the prefecture said. "
            "Protesters torched cars and barricaded streets near the station.\n\n"
            "Protesters also set fire to the town library, the mayor said.")
    crowd = [m for m in extract(text) if m.type in {"violent_demonstration", "protest_with_intervention"}]
    assert len(crowd) == 1, [(m.type, m.trigger.text) for m in crowd]
    assert _initiators(crowd[0]) == ["Protesters"]
    assert crowd[0].type == "violent_demonstration"
    assert [a.name for a in crowd[0].actors if a.role is Role.TARGET][:1] == ["Police"]  # the side the crowd faced
