"""The dateline ("GOMA, DR Congo (Wire) —", "Kiev, Ukraine –"): where a story was filed.

It is recognised so that it is never taken for the place of an event, and so
that the sentence splitter starts the body after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitreps.language_data import word_list, word_table

# A dateline opens one of the first paragraphs of the body; later openings are
# liveblog timestamps or quotes, not datelines.
MAX_PARAGRAPHS_SEARCHED = 3
# Longest prefix before the dash that is still a dateline ("SAN JOSÉ DEL GUAVIARE,
# Colombia, March 3 (Andean Wire) —" is about 60 characters).
MAX_DATELINE_CHARS = 90

_DASH = re.compile(r"\s*(?:—|–|--|-|:)\s+")
_WORD = re.compile(r"[^\s,()\[\]]+")
# "(JOHANNESBURG) —": a reprint that puts the whole dateline in parentheses; "(AP) —" is the same
# shape holding only the agency, a dateline without a place.
_PARENTHESISED = re.compile(r"\((?P<inner>[^()]{2,60})\)")
# A dateline alone on its line ("BAKU", "Bamako, Jan 21 (AFP)") needs more than capitals to tell it
# from a one-line heading: a word in upper case, an agency in parentheses or a date.
_CAPITALS_WORD = re.compile(r"\b[A-Z][A-Z'-]{2,}\b")


@lru_cache(maxsize=1)
def _month() -> str:
    """A month in a dateline date ("Jan 21", "March 3", "Sept. 9"): the shortest name of each month in
    ``times.yaml``, capitalised, then any lower-case rest; the shortest form covers the longer ones."""
    shortest = (min(names, key=len) for _, names in sorted(word_table("times", "months").items()))
    return "(?:" + "|".join(re.escape(name.capitalize()) for name in shortest) + r")[a-z]*\.?"


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    """Lower-case words a dateline place may hold ("Bab el-Mandeb", "Sea of Azov")."""
    return frozenset(word_list("places", "dateline_particles"))


@dataclass(frozen=True)
class Dateline:
    """Offsets of the whole dateline (up to and including the dash) and of its place part."""

    start: int
    end: int
    place_start: int
    place_end: int


def _looks_like_dateline(prefix: str) -> bool:
    """True when every word is capitalised, a particle, a date or inside the outlet's parentheses."""
    without_outlet = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", prefix)
    month = _month()
    without_dates = re.sub(rf"\b{month}\s*\d{{1,2}}(?:,?\s*\d{{4}})?|\b\d{{1,2}}\s+{month}(?:\s+\d{{4}})?", " ",
                           without_outlet)
    words = _WORD.findall(without_dates)
    if not words or not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in _particles() or w.isdigit() for w in words)


def _place_end(prefix: str) -> int:
    """Where the place part of a dateline prefix ends: before the outlet or the date."""
    cut = len(prefix)
    month = _month()
    for pattern in (r"\s*[(\[]", rf",?\s*{month}\s*\d", r",?\s*\d{1,2}\s+" + month):
        found = re.search(pattern, prefix)
        if found:
            cut = min(cut, found.start())
    return len(prefix[:cut].rstrip(" ,"))


def body_start(text: str) -> int:
    """Offset where the body begins: after a title line followed by a blank line, else 0."""
    title = re.match(r"[^\n]{1,300}\n[ \t]*\n", text)
    return title.end() if title else 0


def _parenthesised_place(prefix: str) -> tuple[int, int] | None:
    """Where the place lies in a wholly parenthesised prefix ("(JOHANNESBURG)"), empty for an agency
    ("(AP)"); None when the prefix is not one capitalised parenthesis."""
    match = _PARENTHESISED.fullmatch(prefix)
    if match is None or not _looks_like_dateline(match["inner"]):
        return None
    if match["inner"].strip() in word_list("sources", "media_acronyms"):
        return match.start("inner"), match.start("inner")
    return match.start("inner"), match.end("inner")


def _line_alone(paragraph: str) -> bool:
    """A short line that is only a dateline ("BAKU", "Bamako, Jan 21 (AFP) Jan 21, 2021")."""
    line = paragraph.strip()
    if len(line) > MAX_DATELINE_CHARS or not _looks_like_dateline(line):
        return False
    return bool(_CAPITALS_WORD.match(line) or re.search(r"\([^)]*\)", line) or _place_end(line) < len(line))


def dateline_in(paragraph: str, start: int) -> Dateline | None:
    """The dateline opening one paragraph (``start`` is its offset in the text), if any."""
    lead = len(paragraph) - len(paragraph.lstrip())
    if _line_alone(paragraph):
        end = start + len(paragraph.rstrip())
        return Dateline(start + lead, end, start + lead, start + lead + _place_end(paragraph[lead:]))
    dash = _DASH.search(paragraph, lead, lead + MAX_DATELINE_CHARS + 3)
    if not dash or dash.start() - lead < 3 or not paragraph[dash.end():dash.end() + 1].strip():
        return None
    prefix = paragraph[lead:dash.start()]
    if _looks_like_dateline(prefix):
        return Dateline(start + lead, start + dash.end(), start + lead, start + lead + _place_end(prefix))
    inner = _parenthesised_place(prefix)
    if inner is not None:
        return Dateline(start + lead, start + dash.end(), start + lead + inner[0], start + lead + inner[1])
    return None


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of one of the first body paragraphs, if there is one."""
    offset = body_start(text)
    for paragraph_index, paragraph in enumerate(text[offset:].split("\n")):
        start = offset
        offset += len(paragraph) + 1
        if not paragraph.strip():
            continue
        if paragraph_index >= MAX_PARAGRAPHS_SEARCHED * 2 + 1:
            break
        dateline = dateline_in(paragraph, start)
        if dateline is not None:
            return dateline
    return None
