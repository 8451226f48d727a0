"""The article view: the document text with every evidence span highlighted, one colour per event.

Built server-side from span offsets. Overlapping and nested spans are handled by
cutting the text at every span boundary: each piece is escaped on its own and
wrapped once, with the labels of every span covering it. Nothing from the article
is ever emitted unescaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

from sitreps.models import Document, EventMention, Span

MAX_DEPTH_CLASS = 3
"""Pieces covered by 1, 2, or 3+ spans get darker shades (CSS classes d1..d3); more is not legible."""
PALETTE_SIZE = 8
"""Event colours (CSS classes c0..c7, a colour-blind-safe qualitative palette of 8): the ninth event of an
article reuses the first colour, and the legend and the selector still tell them apart."""


@dataclass(frozen=True)
class Mark:
    """One span to highlight, the field it evidences, and the mention it belongs to (for anchors, colour)."""

    span: Span
    label: str
    mention_id: str | None = None
    event: int | None = None


@dataclass(frozen=True)
class LegendEntry:
    """One event of the article: its tag (E1), colour class, a readable label, and its mention id."""

    tag: str
    colour: str
    label: str
    mention_id: str


def human(value: str) -> str:
    """An id-like word as words: 'air_drone_strike' -> 'air drone strike'."""
    return value.replace("_", " ").replace(":", " ")


def colour_class(index: int) -> str:
    """The colour class of the ``index``-th event (1-based)."""
    return f"c{(index - 1) % PALETTE_SIZE}"


def mention_marks(index: int, mention: EventMention) -> list[Mark]:
    """Every evidence span of one mention, labelled ``E<index> <what it evidences>`` in words."""
    tag, mid = f"E{index}", mention.id
    marks = [Mark(mention.trigger, f"{tag} {human(mention.type)}", mid, index)]
    marks += [Mark(s, f"{tag} {a.role.value}", mid, index) for a in mention.actors for s in a.evidence]
    marks += [Mark(s, f"{tag} {human(c.what)} (count)", mid, index) for c in mention.counts for s in c.evidence]
    if mention.place:
        marks += [Mark(s, f"{tag} place", mid, index) for s in mention.place.evidence]
    if mention.time:
        marks += [Mark(s, f"{tag} time", mid, index) for s in mention.time.evidence]
    if mention.attribution:
        marks += [Mark(s, f"{tag} source", mid, index) for s in mention.attribution.evidence]
    return marks


def document_marks(document: Document) -> list[Mark]:
    """Marks for every mention and quote of a document."""
    marks = [m for i, mention in enumerate(document.events, 1) for m in mention_marks(i, mention)]
    marks += [Mark(q.text, f"Q{i} quote" + (f" ({q.speaker})" if q.speaker else ""))
              for i, q in enumerate(document.quotes, 1)]
    return marks


def event_legend(document: Document) -> list[LegendEntry]:
    """The legend of the article's colours: one entry per event mention, in reading order."""
    out = []
    for i, mention in enumerate(document.events, 1):
        who = next((a.name for a in mention.actors), None)
        where = (mention.place.name or mention.place.text) if mention.place else None
        label = " · ".join(p for p in (human(mention.type), who, where) if p)
        out.append(LegendEntry(f"E{i}", colour_class(i), label, mention.id))
    return out


def _piece(text: str, covering: list[Mark], starting: list[Mark], anchors: list[str]) -> Markup:
    """One piece of text between boundaries: plain, or marked with every covering label."""
    head = Markup("").join(Markup('<a class="anchor" id="m-{}"></a>').format(a) for a in anchors)
    head += Markup("").join(Markup('<span class="tag {}" data-ev="{}">{}</span>').format(
        colour_class(m.event) if m.event else "q", f"E{m.event}" if m.event else "", m.label) for m in starting)
    if not covering:
        return head + escape(text)
    labels = "; ".join(dict.fromkeys(m.label for m in covering))
    depth = min(len(covering), MAX_DEPTH_CLASS)
    events = sorted({m.event for m in covering if m.event})
    colour = colour_class(events[0]) if events else "q"
    tags = " ".join(f"E{e}" for e in events)
    return head + Markup('<mark class="ev d{} {}" data-ev="{}" title="{}">{}</mark>').format(
        depth, colour, tags, labels, text)


def _anchor_positions(marks: list[Mark]) -> dict[int, list[str]]:
    """Each mention's anchor goes where its first span starts, once."""
    first: dict[str, int] = {}
    for mark in marks:
        if mark.mention_id:
            first[mark.mention_id] = min(first.get(mark.mention_id, mark.span.start), mark.span.start)
    positions: dict[int, list[str]] = {}
    for mention_id, offset in first.items():
        positions.setdefault(offset, []).append(mention_id)
    return positions


def highlight(text: str, marks: list[Mark]) -> Markup:
    """``text`` as HTML with every mark's span highlighted; spans that do not match ``text`` are skipped."""
    valid = [m for m in marks
             if m.span.end > m.span.start and text[m.span.start:m.span.end] == m.span.text]
    bounds = sorted({0, len(text), *(m.span.start for m in valid), *(m.span.end for m in valid)})
    anchors = _anchor_positions(valid)
    out: list[Markup] = []
    for start, end in pairwise(bounds):
        covering = [m for m in valid if m.span.start <= start and end <= m.span.end]
        starting = [m for m in valid if m.span.start == start]
        out.append(_piece(text[start:end], covering, starting, anchors.get(start, [])))
    return Markup("").join(out)
