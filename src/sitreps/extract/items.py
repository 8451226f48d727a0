"""Items of a page that tells several: a round-up, a live blog, a topic page.

A round-up opens each item on a paragraph of its own that starts with a dateline ("TAIZ - ...") or
a place label ("Niger: ...", "Colombia - ..."), a live blog each entry with its time ("09:42 GMT -
..."). Each item is another incident unless it refers back to one told before ("the barrage"), so
``extract.consolidate`` does not merge a mention into an incident first told in another item.

Relies on: the paragraphs of the text (lines) and ``annotate.dateline`` for what a dateline looks like.
Gives: the offsets where items open, and the item a character offset lies in.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from sitreps.annotate.dateline import body_start, dateline_in
from sitreps.annotate.doctext import doc_text

# A page is a round-up only when this many paragraphs open an item: one dateline is the article's own.
MIN_ITEMS = 2
# A live-blog entry's time stamp ("11:05", "09:42 GMT", "8.15am -"), then a dash or colon before its text.
_TIME_STAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC|local time)?\s*(?:—|–|--|-|:)\s+\S")
ITEMS_KEY = "sitreps_item_starts"
# An item tells its incident in at least one sentence: its paragraph holds this many words and ends on a
# full stop. A page's header lines ("Title: ...", "Outlet: ...", "URL: ...") and a heading do neither; the
# shortest item of the fiction written for this (benchmarks/gold/retellings/items_r16b.jsonl) has 12.
MIN_ITEM_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")


def item_starts(doc: Doc) -> tuple[int, ...]:
    """Offsets of the paragraphs that open an item, () when fewer than :data:`MIN_ITEMS` do (cached on the Doc)."""
    cached = doc.user_data.get(ITEMS_KEY)
    if cached is not None:
        return tuple(cached)
    starts: list[int] = []
    text = doc_text(doc)
    offset = body_start(text)  # a title ("Live: Kharkiv", "Sahel: ...") is the page's, not an item's
    for paragraph in text[offset:].split("\n"):
        if _is_sentence(paragraph) and (_TIME_STAMP.match(paragraph) or dateline_in(paragraph, offset) is not None):
            starts.append(offset)
        offset += len(paragraph) + 1
    found = tuple(starts) if len(starts) >= MIN_ITEMS else ()
    doc.user_data[ITEMS_KEY] = found
    return found


def _is_sentence(paragraph: str) -> bool:
    """Whether a paragraph can tell an item: enough words, ending on a full stop."""
    return len(paragraph.split()) >= MIN_ITEM_WORDS and _SENTENCE_END.search(paragraph) is not None


def item_of(doc: Doc, offset: int) -> int:
    """The item a character offset lies in: 0 before the first item opens (headline, intro) or on a page of
    one item, else 1 for the first item, 2 for the second..."""
    return bisect_right(item_starts(doc), offset)
