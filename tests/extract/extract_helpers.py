"""Helpers for extraction tests: run the real pipeline over texts written for the tests."""

from __future__ import annotations

from collections.abc import Callable

from sitreps import pipeline
from sitreps.evaluate.single_text import incident_holding
from sitreps.extract.consolidate import consolidate
from sitreps.extract.retelling import Told
from sitreps.ingest import document_id
from sitreps.link.consensus import build_fields
from sitreps.link.contributions import contributions_of
from sitreps.models import DatePrecision, Document, DocumentStatus, EventMention, MentionRef, Modality, Role, Span

Extract = Callable[[str], list[EventMention]]


def run(texts: list[str]) -> list[Document]:
    """Processed documents for plain texts (published on a fixed date so relative times resolve)."""
    documents = [Document(id=document_id(t), text=t, published_at="2024-05-01", language="en",
                          status=DocumentStatus.PENDING) for t in texts]
    return list(pipeline.process(documents))


def run_dated(texts: dict[str, str], published: str) -> dict[str, list[EventMention]]:
    """Each named text's mentions, the texts processed as published on ``published``."""
    documents = [Document(id=document_id(t), text=t, published_at=published, language="en",
                          status=DocumentStatus.PENDING) for t in texts.values()]
    return {name: d.events for name, d in zip(texts, pipeline.process(documents), strict=True)}


def start_told(mentions: list[EventMention], trigger: str) -> tuple[str | None, DatePrecision]:
    """The start and precision of the mention with ``trigger`` as its trigger or a retelling."""
    found = [m for m in mentions if m.trigger.text == trigger or any(r.text == trigger for r in m.retellings)]
    assert found and found[0].time is not None, [(m.trigger.text, m.time) for m in mentions]
    return found[0].time.start, found[0].time.precision


def only(events: list[EventMention], type_id: str) -> EventMention:
    """The single mention of a type; fails listing what was found instead."""
    return only_of(events, frozenset({type_id}))


def only_of(events: list[EventMention], type_ids: frozenset[str]) -> EventMention:
    """The single mention of any of the types; fails listing what was found instead."""
    found = [m for m in events if m.type in type_ids]
    assert len(found) == 1, [(m.type, m.trigger.text) for m in events]
    return found[0]


DEMONSTRATIONS = frozenset({"peaceful_protest", "protest_with_intervention", "excessive_force_against_protesters"})
"""The types a demonstration takes, whatever the force that met it did."""


def the_demonstration(events: list[EventMention]) -> EventMention:
    """The single demonstration among the mentions; fails listing what was found instead."""
    return only_of(events, DEMONSTRATIONS)


def sides(mention: EventMention) -> str:
    """A mention's actors as "role:name" pairs, for assertion messages."""
    return " | ".join(f"{a.role.value}:{a.name}" for a in mention.actors)


def incident_telling(events: list[EventMention], word: str, text: str) -> EventMention:
    """The incident whose trigger or a retelling holds the word's first occurrence; fails listing what was found."""
    index = incident_holding(word, text, events)
    assert index is not None, (word, [(m.type, m.trigger.text) for m in events])
    return events[index]


def roles(mention: EventMention) -> dict[str, list[str]]:
    """Role -> evidence texts of a mention's actors."""
    table: dict[str, list[str]] = {}
    for actor in mention.actors:
        table.setdefault(actor.role.value, []).append(actor.evidence[0].text)
    return table


def names_in(mention: EventMention, role: Role) -> list[str]:
    """The names of a mention's actors in one role, in their order."""
    return [a.name for a in mention.actors if a.role == role]


def merged_tellings(text: str, *specs: tuple[str, str]) -> EventMention:
    """The one incident ``consolidate`` makes of lead tellings of ``text``, each spec a (trigger
    text, type) pair whose trigger is its first occurrence; the retype step keeps the type asked."""
    told = []
    for index, (trigger, type_id) in enumerate(specs):
        start = text.index(trigger)
        span = Span.of(text, start, start + len(trigger))
        mention = EventMention(id=f"d:m{index}", type=type_id, acled=None, plover=None, cameo=None, trigger=span,
                               sentence=span, actors=[], counts=[], place=None, time=None,
                               modality=Modality.REPORTED, attribution=None, confidence=0.8)
        told.append(Told(mention, lead=True))
    (incident,) = consolidate(told, lambda mention, type_id: mention.model_copy(update={"type": type_id}))
    return incident


def first_death_toll(text: str, *, only_one: bool = False) -> object:
    """The canonical ``count:killed`` of the article's first tolled incident, as one report of it (None: no
    toll at all). ``only_one`` asserts the article has one tolled incident, for tests of a single toll."""
    (document,) = run([text])
    tolled = [m for m in document.events if any(c.what == "killed" for c in m.counts)]
    if only_one:
        assert len(tolled) == 1, [(m.type, m.trigger.text, m.counts) for m in document.events]
    if not tolled:
        return None
    mention = tolled[0]
    refs = {mention.id: MentionRef(mention_id=mention.id, document_id=document.id, outlet="Outlet",
                                   published_at=document.published_at, originator="Outlet")}
    fields = build_fields(contributions_of(mention), refs)
    return next(f.value for f in fields if f.field == "count:killed")


def assert_one_incident(events: list[EventMention], text: str, first: str, second: str, type_id: str) -> None:
    """The incident telling ``first`` also tells ``second`` and is of ``type_id``: two words of one story
    (a fight and the strike or surrender that was part of it) end in one row of the story's type."""
    incident = incident_telling(events, first, text)
    assert incident is incident_telling(events, second, text), [(m.type, m.trigger.text) for m in events]
    assert incident.type == type_id, (incident.type, incident.trigger.text)


def told_together(extract: Extract, text: str, first: str, second: str) -> bool:
    """Whether the words ``first`` and ``second`` of ``text`` end in one incident (row) of the article;
    both must lie in some incident, so a word the extractor dropped fails instead of passing as apart."""
    incidents = extract(text)
    a, b = incident_holding(first, text, incidents), incident_holding(second, text, incidents)
    assert a is not None and b is not None, [(m.type, m.trigger.text) for m in incidents]
    return a == b
