"""Items of a page that tells several: a round-up, a live blog, a topic page.

A round-up opens each item on a paragraph of its own that starts with a dateline ("TAIZ - ...") or
a place label ("Niger: ...", "Colombia - ..."), a live blog each entry with its time ("09:42 GMT -
..."). A topic page or live blog may instead put each entry under a heading line of its own: a short
line with no full stop right above the entry's paragraph ("El Fasher: RSF shells camp", "17:40 - Four
dead after bomb hits village", "Update: 21:10"). Each item is another incident unless it refers back
to one told before ("the barrage"), so ``extract.consolidate`` does not merge a mention into an incident
first told in another item, and ``extract.item_places`` keeps another item's town from a placeless mention.

Relies on: the paragraphs of the text (lines) and ``annotate.dateline`` for what a dateline looks like.
Gives: the offsets where items open, and the item a character offset lies in.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from sitreps.annotate.dateline import body_start, dateline_in
from sitreps.annotate.doctext import doc_text
from sitreps.annotate.segment import WRAPPED_LINE_MIN_CHARS

# A page is a round-up only when this many paragraphs open an item: one dateline is the article's own.
MIN_ITEMS = 2
# A live-blog entry's time stamp ("11:05", "09:42 GMT", "8.15am -"), then a dash or colon before its text.
TIME_STAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC|local time)?\s*(?:—|–|--|-|:)\s+\S")
ITEMS_KEY = "sitreps_item_starts"
# An item tells its incident in at least one sentence: its paragraph holds this many words and ends on a
# full stop. A page's header lines ("Title: ...", "Outlet: ...", "URL: ...") and a heading do neither; the
# shortest item of the fiction written for this (benchmarks/gold/retellings/items_r16b.jsonl) has 12.
MIN_ITEM_WORDS = 8
# A heading line is at most this many words: the item titles of the topic pages and live blogs written for
# this (benchmarks/gold/pages/r18.jsonl) hold 2 to 12; a body line of wire copy wrapped at 70 columns holds
# about 12 and ends its paragraph on a full stop, which a heading never does.
MAX_HEADING_WORDS = 16
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")


def item_starts(doc: Doc) -> tuple[int, ...]:
    """Offsets where items open, () when fewer than :data:`MIN_ITEMS` do (cached on the Doc).

    Paragraph openers (a dateline, a place label, a time stamp) and heading lines are counted apart:
    a wire story's own dateline and one sub-heading of its body are each one of a kind, and open nothing.
    """
    cached = doc.user_data.get(ITEMS_KEY)
    if cached is not None:
        return tuple(cached)
    text = doc_text(doc)
    start = body_start(text)  # a title ("Live: Kharkiv", "Sahel: ...") is the page's, not an item's
    lines = _lines(text, start)
    openers = [offset for offset, line in lines if _is_sentence(line)
               and (TIME_STAMP.match(line) or dateline_in(line, offset) is not None)]
    found = tuple(sorted({*_enough(openers), *_enough(_heading_starts(lines))}))
    doc.user_data[ITEMS_KEY] = found
    return found


def _lines(text: str, start: int) -> list[tuple[int, str]]:
    """The body's lines from ``start``, each with its offset."""
    lines = []
    for line in text[start:].split("\n"):
        lines.append((start, line))
        start += len(line) + 1
    return lines


def _heading_starts(lines: list[tuple[int, str]]) -> list[int]:
    """Offsets of the heading lines that open a paragraph and stand right above an entry's sentence."""
    starts = []
    for index, (offset, line) in enumerate(lines[:-1]):
        opens_paragraph = index == 0 or not lines[index - 1][1].strip()
        if opens_paragraph and _is_heading(line) and _is_sentence(lines[index + 1][1]):
            starts.append(offset)
    return starts


def _enough(starts: list[int]) -> list[int]:
    """The starts of one kind of opener, none when fewer than :data:`MIN_ITEMS`."""
    return starts if len(starts) >= MIN_ITEMS else []


def _is_heading(line: str) -> bool:
    """Whether a line can title an entry: a few words, no sentence's end, and either shorter than a wrapped
    line of wire copy or opened by a time stamp (``annotate.segment`` ends a sentence after both)."""
    short = len(line.rstrip()) < WRAPPED_LINE_MIN_CHARS or TIME_STAMP.match(line) is not None
    return short and 0 < len(line.split()) <= MAX_HEADING_WORDS and _SENTENCE_END.search(line) is None


def _is_sentence(paragraph: str) -> bool:
    """Whether a paragraph can tell an item: enough words, ending on a full stop."""
    return len(paragraph.split()) >= MIN_ITEM_WORDS and _SENTENCE_END.search(paragraph) is not None


def item_of(doc: Doc, offset: int) -> int:
    """The item a character offset lies in: 0 before the first item opens (headline, intro) or on a page of
    one item, else 1 for the first item, 2 for the second..."""
    return bisect_right(item_starts(doc), offset)

