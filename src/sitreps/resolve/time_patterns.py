"""Where temporal expressions are in a text: regular expressions over the document text.

They complement spaCy's DATE/TIME entities, which miss "overnight", "earlier this year" and leave
out the preposition that says whether a date starts a period ("since June 2023"). Offsets are
regex match offsets on the text itself, so callers can build spans with ``Span.of`` directly.
The pieces (month and weekday names, number words) are shared with :mod:`sitreps.resolve.times`.
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3, "a few": 3,
}  # fmt: skip

MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
WEEKDAY = r"(?:" + "|".join(WEEKDAYS) + r")"
YEAR = r"(?:1[89]|20)\d{2}"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
NUMBER = r"(?:\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
MODIFIER = r"(?:early|mid|late|the\s+(?:start|beginning|middle|end)\s+of)"
UNIT = r"(?:days?|weeks?|months?|years?)"

_PREP = r"(?:(?:on|in|since|from|during|until|by|at|between|as\s+of)\s+)?"
_EXPRESSIONS = [
    rf"{DAY}\s*(?:and|to|-|–)\s*{DAY}\s+{MONTH}(?:,?\s+{YEAR})?",
    rf"{WEEKDAY},?\s+(?:{DAY}\s+{MONTH}|{MONTH}\s+{DAY})(?:,?\s+{YEAR})?",
    rf"{DAY}\s+{MONTH}(?:,?\s+{YEAR})?",
    rf"{MONTH}\s+{DAY}(?:,?\s+{YEAR})?(?!\d)",
    r"\d{4}-\d{2}-\d{2}",
    rf"{MODIFIER}[-\s]*(?:{MONTH}|{YEAR})(?:,?\s+{YEAR})?",
    rf"{MONTH}(?:\s+(?:of\s+)?{YEAR})?",
    rf"(?<=in\s){YEAR}|(?<=since\s){YEAR}|(?<=during\s){YEAR}|(?<=until\s){YEAR}|(?<=by\s){YEAR}",
    r"(?:earlier|later)\s+this\s+(?:week|month|year)",
    rf"(?:{MODIFIER}\s+)?(?:this|last|next)\s+(?:{PART_OF_DAY}|week(?:end)?|month|year|{WEEKDAY})",
    r"(?:the\s+)?(?:start|beginning)\s+of\s+(?:the|this)\s+year",
    rf"(?:(?:early|late)\s+(?:on\s+)?)?{WEEKDAY}(?:\s+{PART_OF_DAY})?",
    r"the\s+(?:previous\s+day|day\s+before)",
    r"(?:over\s+)?the\s+weekend",
    rf"{NUMBER}\s+{UNIT}\s+(?:ago|earlier)",
    rf"(?:the\s+)?(?:past|last|previous)\s+(?:{NUMBER}\s+)?{UNIT}",
    r"(?:in\s+)?recent\s+(?:days|weeks|months)",
    r"yesterday(?:\s+" + PART_OF_DAY + r")?|today|tonight|overnight|tomorrow",
]
_TIME_RE = re.compile(rf"\b{_PREP}(?:{'|'.join(f'(?:{e})' for e in _EXPRESSIONS)})\b", re.IGNORECASE)
# "May" is also a modal verb and a name: as a bare month it must follow a preposition or precede a year.
_BARE_MAY = re.compile(r"^may$", re.IGNORECASE)


def find_time_expressions(text: str) -> list[tuple[int, int]]:
    """Character offsets of the temporal expressions in ``text``, in order, without overlaps."""
    found = []
    for match in _TIME_RE.finditer(text):
        if _BARE_MAY.match(match.group(0)):
            continue
        found.append((match.start(), match.end()))
    return found
