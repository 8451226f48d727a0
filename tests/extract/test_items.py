"""Items of a round-up or live blog stay apart (extract.items, the item gate of extract.consolidate)."""

from __future__ import annotations

import spacy
from extract_helpers import Extract, incident_telling

from sitreps.extract.consolidate import _other_item, _refers_across
from sitreps.extract.items import item_of, item_starts
from sitreps.extract.retelling import Told
from sitreps.models import DatePrecision, EventMention, Place, PlacePrecision, TimeRef

NLP = spacy.blank("en")

ROUNDUP = ("Horn of Africa in brief\n\nSeveral attacks were reported this week.\n\n"
           "Gedo: Militants ambushed a convoy near Bardera on Friday, officials said.\n\n"
           "Bay: Militants ambushed a convoy near Baidoa on Friday, elders said.")
LIVE = ("Live: Kharkiv\n\n06:10 GMT - A glide bomb hit a warehouse, the governor said.\n\n"
        "07:45 GMT - A second glide bomb hit a school, the mayor said.")
WIRE = ("Gunmen kill four in Cauca\n\nPOPAYAN, Colombia (Wire) - Gunmen killed four farmers on Sunday.\n\n"
        "The attack was blamed on a FARC dissident faction.")


def test_labels_and_time_stamps_open_items() -> None:
    doc = NLP(ROUNDUP)
    assert item_of(doc, ROUNDUP.index("Several")) == 0
    assert item_of(doc, ROUNDUP.index("Bardera")) == 1
    assert item_of(doc, ROUNDUP.index("Baidoa")) == 2
    live = NLP(LIVE)
    assert item_of(live, LIVE.index("warehouse")) == 1 and item_of(live, LIVE.index("school")) == 2


def test_one_dateline_is_the_articles_own() -> None:
    """A near miss: a wire story's single dateline opens no items, so its paragraphs may merge."""
    doc = NLP(WIRE)
    assert item_starts(doc) == ()
    assert item_of(doc, WIRE.index("The attack")) == 0


def _told(item: int, anaphoric: bool = False) -> Told:
    return Told(EventMention.model_construct(), anaphoric=anaphoric, item=item)


def test_gate_keeps_items_apart_but_not_the_intro() -> None:
    assert _other_item(_told(1), _told(2))
    assert not _other_item(_told(2), _told(2))
    assert not _other_item(_told(0), _told(2))  # the headline may tell any item's incident


def _at(name: str, day: str) -> EventMention:
    place = Place.model_construct(name=name, text=name, precision=PlacePrecision.EXACT)
    time = TimeRef.model_construct(start=day, end=day, precision=DatePrecision.DAY)
    return EventMention.model_construct(place=place, time=time)


def test_a_later_entry_goes_on_only_at_the_same_town_and_day_or_referring_back() -> None:
    """A live blog's next entry on the same town and day goes on with the incident; another town does not."""
    first = _at("Avdiivka", "2024-04-25")
    assert _refers_across(first, _at("Avdiivka", "2024-04-25"), anaphoric=False)
    assert not _refers_across(first, _at("Kupiansk", "2024-04-25"), anaphoric=False)
    assert not _refers_across(first, _at("Avdiivka", "2024-04-26"), anaphoric=False)
    assert _refers_across(first, _at("Kupiansk", "2024-04-25"), anaphoric=True)


ROUNDUP_ARTICLE = (
    "Sahel security round-up\n\n"
    "Attacks were reported across the region this week, officials said.\n\n"
    "Mali: Gunmen on motorbikes attacked a market on Tuesday, killing seven traders, a local official "
    "said.\n\n"
    "Nigeria: Gunmen on motorbikes opened fire on a market on Tuesday, killing four traders, the "
    "police said.")


def test_a_round_ups_items_stay_apart_end_to_end(extract: Extract) -> None:
    """Two items of one kind and day that name no town, each under its own country label, are two incidents."""
    events = extract(ROUNDUP_ARTICLE)
    first = incident_telling(events, "attacked", ROUNDUP_ARTICLE)
    second = incident_telling(events, "opened fire", ROUNDUP_ARTICLE)
    assert first is not second
