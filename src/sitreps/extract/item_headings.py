"""An item of a live blog or topic page opened by a heading line: the stamp or label, then its text.

``extract.items`` opens an item on a paragraph that starts with a time stamp ("17:40 - ...") or a place
label ("Depayin: ...") and tells a sentence. Many pages put the stamp or label on a heading line of its
own, a title with no full stop ("17:40 - Four dead after guided bomb hits Kharkiv region", "Depayin:
Airstrike hits monastery"), and tell the item in the paragraph under it. Those headings did not open
items, so the page read as one item and consolidation merged one entry's strike into the next entry's
drone strike on another town, or a shelling into the air defences of a third entry. A heading line opens
the item when the paragraph right under it tells a sentence; a lone heading (a page's section title)
does not.
"""

from __future__ import annotations

import re

HEADING_WORDS = 16
"""The most words a heading line holds: entry titles of live blogs and topic pages run 3-12 words; a
paragraph of more words with no full stop is a truncated sentence, not a heading."""

_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")
MIN_TEXT_WORDS = 8
"""Words the paragraph under a heading holds at least to tell the item (``items.MIN_ITEM_WORDS``)."""


def headed_item(heading: str, after: str) -> bool:
    """Whether a paragraph is a heading line (a few words, no full stop) over a paragraph telling a sentence."""
    words = heading.split()
    if not words or len(words) > HEADING_WORDS or _SENTENCE_END.search(heading):
        return False
    return len(after.split()) >= MIN_TEXT_WORDS and _SENTENCE_END.search(after) is not None
