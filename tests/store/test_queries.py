"""Mention and event queries: every filter, ordering, paging; on both backends."""

from __future__ import annotations

import pytest
from store_builders import (
    GERMAN,
    MentionSpec,
    black_sea_processed,
    congo_processed,
    document,
    linked_event,
    mention,
    sudan_processed,
)

from sitreps.errors import ConfigError
from sitreps.models import Document, DocumentStatus
from sitreps.store import EventFilter, MentionFilter, Store


def stored(store: Store) -> dict[str, Document]:
    docs = {"sudan": sudan_processed(), "congo": congo_processed(), "sea": black_sea_processed()}
    store.add_documents((d.model_copy(update={"status": DocumentStatus.PENDING}), b"") for d in docs.values())
    store.save_results(docs.values())
    return docs


def labels(docs: dict[str, Document]) -> dict[str, str]:
    """Mention id -> a readable label such as 'sudan0'."""
    return {m.id: f"{name}{i}" for name, d in docs.items() for i, m in enumerate(d.events)}


UNDATED = MentionSpec(0, "attack", "Angriffe", "Armee", None, None, None, None, None)

MENTION_CASES = {
    "since": (MentionFilter(since="2024-04-26"), {"sudan0", "sudan1", "congo1"}),
    "until": (MentionFilter(until="2024-04-25"), {"congo0", "sea0"}),
    "since_until": (MentionFilter(since="2024-04-25", until="2024-04-26"), {"congo0", "congo1"}),
    "types": (MentionFilter(types=["shelling", "strike"]), {"sudan0", "sudan1", "sea0"}),
    "actor_id": (MentionFilter(actor="RSF"), {"sudan0", "sudan1"}),
    "actor_name_substring": (MentionFilter(actor="rebels"), {"congo0", "congo1"}),
    "actor_name_any_case": (MentionFilter(actor="ukrainian NAVY"), {"sea0"}),
    "actor_wildcards_literal": (MentionFilter(actor="%"), set()),
    "country": (MentionFilter(country="CD"), {"congo0", "congo1"}),
    "bbox": (MentionFilter(bbox=(28.0, -2.0, 34.0, 16.0)), {"sudan0", "congo0", "congo1"}),
    "source_kinds": (MentionFilter(source_kinds=["vague", "none"]), {"sudan1", "congo1"}),
    "modality": (MentionFilter(modality="denied"), {"congo1"}),
    "text": (MentionFilter(text="Rubaya"), {"congo0", "congo1"}),
    "document_id": (MentionFilter(document_id=sudan_processed().id), {"sudan0", "sudan1"}),
    "combined": (MentionFilter(types=("shelling",), modality="reported"), {"sudan0"}),
}


@pytest.mark.parametrize("case", MENTION_CASES, ids=list(MENTION_CASES))
def test_mention_filters(store: Store, case: str) -> None:
    docs = stored(store)
    names = labels(docs)
    filters, expected = MENTION_CASES[case]
    found = store.query_mentions(filters, limit=50)
    assert {names[m.id] for _, m in found} == expected
    assert store.count_mentions(filters) == len(expected)
    for meta, m in found:
        assert docs[names[m.id][:-1]].id == meta.id and m in docs[names[m.id][:-1]].events


def test_mentions_newest_first_and_paged(store: Store) -> None:
    docs = stored(store)
    undated = document(GERMAN, status=DocumentStatus.PROCESSED, events=[mention(GERMAN, UNDATED)])
    store.add_documents([(undated, b"")])
    names = labels({**docs, "undated": undated})
    everything = [names[m.id] for _, m in store.query_mentions(MentionFilter(), limit=50)]
    assert everything == ["sudan0", "sudan1", "congo1", "congo0", "sea0", "undated0"]
    pages = [
        names[m.id] for offset in (0, 2, 4, 6) for _, m in store.query_mentions(None, limit=2, offset=offset)
    ]
    assert pages == everything
    meta, _ = store.query_mentions(MentionFilter(country="SD"))[0]
    assert (meta.outlet, meta.title, meta.status) == ("Nile Wire", "Market shelled in Omdurman", "processed")


@pytest.mark.parametrize(
    "bad",
    [{"since": "last week"}, {"until": "2024-13-01"}, {"bbox": (10.0, 0.0, 5.0, 1.0)}],
    ids=["since", "until", "bbox"],
)
def test_bad_filter_values_say_what_to_do(bad: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        MentionFilter(**bad)  # type: ignore[arg-type]
    with pytest.raises(ConfigError):
        EventFilter(**bad)  # type: ignore[arg-type]


def save_linked(store: Store) -> dict[str, Document]:
    docs = stored(store)
    sudan, congo, sea = docs["sudan"], docs["congo"], docs["sea"]
    store.save_events(
        [
            linked_event("ev-sudan", sudan.events[:1], [sudan]),
            linked_event(
                "ev-congo", congo.events, [congo, congo], n_originators=3, contradictions=["killed"]
            ),
            linked_event("ev-sea", sea.events, [sea], place=None, time=None),
        ]
    )
    return docs


EVENT_CASES = {
    "since": (EventFilter(since="2024-04-01"), {"ev-sudan", "ev-congo"}),
    "until": (EventFilter(until="2024-04-01"), {"ev-sea"}),
    "types": (EventFilter(types=["strike", "capture_territory"]), {"ev-sea", "ev-congo"}),
    "actor_id": (EventFilter(actor="M23"), {"ev-congo"}),
    "actor_name": (EventFilter(actor="rapid support"), {"ev-sudan"}),
    "country": (EventFilter(country="SD"), {"ev-sudan"}),
    "bbox": (EventFilter(bbox=(28.0, -2.0, 29.0, -1.0)), {"ev-congo"}),
    "min_originators": (EventFilter(min_originators=2), {"ev-congo"}),
    "contradiction": (EventFilter(has_contradiction=True), {"ev-congo"}),
    "no_contradiction": (EventFilter(has_contradiction=False), {"ev-sudan", "ev-sea"}),
    "text": (EventFilter(text="Sevastopol"), {"ev-sea"}),
}


@pytest.mark.parametrize("case", EVENT_CASES, ids=list(EVENT_CASES))
def test_event_filters(store: Store, case: str) -> None:
    save_linked(store)
    filters, expected = EVENT_CASES[case]
    assert {e.id for e in store.query_events(filters)} == expected
    assert store.count_events(filters) == len(expected)


def test_events_round_trip_order_and_replace(store: Store) -> None:
    docs = save_linked(store)
    sudan = docs["sudan"]
    original = linked_event("ev-sudan", sudan.events[:1], [sudan])
    assert store.get_event("ev-sudan") == original
    assert store.get_event("nope") is None
    assert [e.id for e in store.query_events()] == ["ev-sudan", "ev-congo", "ev-sea"]
    assert [e.id for e in store.query_events(limit=1, offset=1)] == ["ev-congo"]
    bigger = linked_event("ev-sudan", sudan.events, [sudan, sudan], n_originators=2)
    assert store.save_events([bigger, bigger]) == 2
    assert store.get_event("ev-sudan") == bigger and store.count_events() == 3
    assert {e.id for e in store.query_events(EventFilter(actor="RSF"))} == {"ev-sudan"}
    store.save_events([original], replace_all=True)
    assert [e.id for e in store.query_events()] == ["ev-sudan"]
    assert store.stats().events == 1
