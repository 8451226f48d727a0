"""The title a sentence gives a named official who speaks: "Turkish Defence Minister Yasar Guler said",
"Daniel Hagari, the Israeli military's spokesman, said" (round 21, issue #13 "Scope of modality").

A claim keeps a named official's name only ("Yasar Guler"), which the actor registry does not know; the
words of his title, before his name or in an apposition after it, name the state or body he speaks for.
They go with the attribution's evidence, after its cue, so that ``link.own_claims`` can tell a minister
telling his own forces' strikes (ACLED's ``claimed``) from a governor telling the other side's.
"""

from __future__ import annotations

import re

from sitreps.models import Span

# Words a title before a name runs back to, at most: "Russia's Deputy Defence Minister" is four.
TITLE_WORDS = 6
# What ends a title read backwards from the name: a clause's punctuation or a quotation mark.
TITLE_STOP = re.compile(r"[,;:.\"“”()]")
# An apposition after the name: ", the Israeli military's spokesman," (up to the next comma or the end).
APPOSITION = re.compile(r"^\s*,\s*([^,;.\"“”]{3,80})")
WORD = re.compile(r"\S+")


def official_title(sentence: Span, name: str) -> Span | None:
    """The span of the named official's title in ``sentence``: the capitalised words right before the
    name ("Russian Defence Minister"), else an apposition after it; None when neither is there."""
    at = sentence.text.find(name)
    if at < 0:
        return None
    before = _title_before(sentence.text[:at])
    if before is not None:
        return _sub(sentence, *before)
    after = at + len(name)
    match = APPOSITION.match(sentence.text[after:])
    if match is None:
        return None
    return _sub(sentence, after + match.start(1), after + match.start(1) + len(match.group(1).rstrip()))


def _title_before(before: str) -> tuple[int, int] | None:
    """Where the words between the last stop and the name lie, from the first capitalised one: a title,
    not "said"; None for fewer than two words (a bare "Mr" or "General" names no side)."""
    stops = list(TITLE_STOP.finditer(before))
    offset = stops[-1].end() if stops else 0
    words = list(WORD.finditer(before, offset))[-TITLE_WORDS:]
    while words and not words[0].group()[:1].isupper():
        words = words[1:]
    return (words[0].start(), words[-1].end()) if len(words) > 1 else None


def _sub(sentence: Span, start: int, end: int) -> Span:
    return Span(start=sentence.start + start, end=sentence.start + end, text=sentence.text[start:end])
