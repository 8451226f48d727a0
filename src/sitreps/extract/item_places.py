"""The places an item of a round-up, live blog or topic page lends to its own placeless mentions.

A page of several items tells one incident per item, each in its own town. A mention that names no
place of its own ("Unidentified assailants attacked a post of the volunteers") is placed by the story
around it (``extract.story_place.inherit_places``), and on such a page the story around it is its item:
the town of the entry before or after is another incident's. When the item names no located place, its
label ("Centre-Nord: ...", "GUERRERO - ...") still says where it is; when it has no label either, the
mention keeps no place rather than a neighbour's.

Relies on: ``extract.items`` (where items open) and ``annotate.dateline.dateline_in`` (a label's place
part). Gives: an :class:`ItemScope` that ``inherit_places`` reads.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc

from sitreps.annotate.dateline import dateline_in
from sitreps.annotate.doctext import doc_text
from sitreps.extract.items import item_starts
from sitreps.extract.place_lookup import resolve_place
from sitreps.models import Place, PlacePrecision
from sitreps.resolve.gazetteer import Gazetteer


@dataclass(frozen=True)
class ItemScope:
    """Where a page's items open (empty on a page of one story) and the place each item's label names."""

    starts: tuple[int, ...] = ()
    labels: dict[int, Place] = field(default_factory=dict)

    def item_of(self, offset: int) -> int:
        """The item a character offset lies in, 0 before the first item or on a page of one story."""
        return bisect_right(self.starts, offset)


def item_scope(doc: Doc, gazetteer: Gazetteer, countries: Sequence[str]) -> ItemScope:
    """The page's items and the located place of each item's label, if it has one."""
    starts = item_starts(doc)
    text = doc_text(doc)
    labels: dict[int, Place] = {}
    for number, start in enumerate(starts, start=1):
        line_end = text.find("\n", start)
        dateline = dateline_in(text[start:line_end if line_end >= 0 else len(text)], start)
        phrase = doc.char_span(dateline.place_start, dateline.place_end, alignment_mode="expand") \
            if dateline is not None else None
        place = resolve_place(phrase, text, gazetteer, countries) if phrase is not None else None
        if place is not None and place.lat is not None:
            note = f"no place named for the event; the label of its item ({place.note or place.name})"
            labels[number] = place.model_copy(update={"note": note})
    return ItemScope(starts, labels)



Located = tuple[int, Place, bool, int]
"""A located mention: its trigger's start, its place, whether it is an event an analyst maps (it has
an ACLED code), and its sentence's start."""


def scoped(scope: ItemScope, trigger_start: int, located: Sequence[Located],
           fallback: Place | None) -> list[Located]:
    """The located mentions a placeless mention at ``trigger_start`` may take its place from.

    Outside any item (the headline and intro, a page of one story) every one; inside an item those of
    its own item, after its label's place (written before them all); when the item has neither, the
    story's country (``fallback`` at country level), else none: another entry's town is another incident's.
    """
    item = scope.item_of(trigger_start)
    if item == 0:
        return list(located)
    own = [entry for entry in located if scope.item_of(entry[0]) == item]
    label = scope.labels.get(item)
    if label is not None:
        own.insert(0, (scope.starts[item - 1], label, True, -1))
    if not own and fallback is not None and fallback.precision is PlacePrecision.COUNTRY:
        own.append((-1, fallback, True, -1))
    return own
