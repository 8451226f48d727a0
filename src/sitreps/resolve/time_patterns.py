"""Where temporal expressions are in a text: regular expressions over the document text.

They complement spaCy's DATE/TIME entities, which miss "overnight", "earlier this year" and leave
out the preposition that says whether a date starts a period ("since June 2023"). Offsets are
regex match offsets on the text itself, so callers can build spans with ``Span.of`` directly.
The words (month and weekday names, number words, day offsets, parts of a day, time units, the
prepositions an expression opens with) live in ``data/en/times.yaml``
and are shared with :mod:`sitreps.resolve.times` through :func:`vocabulary`, built once on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitreps.language_data import word_list, word_table
from sitreps.models import DatePrecision
from sitreps.resolve.caseless import caseless_spans
from sitreps.resolve.numeric_dates import NUMERIC_DATE

TIME_WORDS = "times"  # data/<language>/times.yaml
RESOLVE_WORDS = "resolve_words"  # data/<language>/resolve_words.yaml
YEAR = r"(?:1[89]|20)\d{2}"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# A day of the month told alone ("on the 21st, killing two"): only after "on" and before punctuation,
# since "the 5th Battalion", "the 21st century" and "on the 3rd floor" are ordinals of other things.
ORDINAL_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
_DAY_ALONE = rf"on\s+the\s+{ORDINAL_DAY}(?=\s*[,.;:)!?]|\s*$)"
# "May" is also a modal verb and a name: as a bare month it must follow a preposition or precede a year.
_BARE_MAY = re.compile(r"^may$", re.IGNORECASE)
# A month name written in lower case with no day or year is the common word it spells ("during the
# march", "to mar the talks"): edited news capitalises the months.
_NO_DIGIT = re.compile(r"^\D*$")
# "the toll from Monday's bombing": a possessive time qualifies the noun after it, so a preposition
# before it governs that noun, not the time ("from" opens no range here).
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


@dataclass(frozen=True)
class Vocabulary:
    """The time words of one language and the regular-expression alternations built from them.

    ``modifier`` is built from the thirds of a month ("early", "the end of"), which also modify a
    year; ``preposition`` is optional and opens an expression ("on", "since", "as of")."""

    months: dict[str, int]
    weekdays: dict[str, int]
    number_words: dict[str, int]
    day_offsets: dict[str, int]
    parts_of_month: dict[str, tuple[int, int]]
    month: str
    weekday: str
    number: str
    part_of_day: str
    modifier: str
    unit: str
    preposition: str
    day_before: str
    day_after: str
    span_back: str
    day_joiner: str


def _alternation(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) + ")"


def _words(key: str) -> str:
    """The words under ``key`` in times.yaml as one alternation, longest first."""
    return _alternation(list(word_list(TIME_WORDS, key)))


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The English time words, read from ``data/en/times.yaml`` once."""
    months = {str(name): int(number) for number, names in word_table(TIME_WORDS, "months").items() for name in names}
    weekdays = {name: index for index, name in enumerate(word_list(TIME_WORDS, "weekdays"))}
    numbers = {str(word): int(value) for word, value in word_table(TIME_WORDS, "number_words").items()}
    parts = {str(k): (int(v[0]), int(v[1])) for k, v in word_table(TIME_WORDS, "parts_of_month").items()}
    offsets = {str(k): int(v) for k, v in word_table(TIME_WORDS, "day_offsets").items()}
    month, weekday = _alternation(list(months)) + r"\.?", _alternation(list(weekdays))
    number = r"(?:\d{1,3}|" + _alternation(list(numbers)) + ")"
    part_of_day, modifier = _words("parts_of_day"), _alternation(list(parts))
    preposition = rf"(?:{_words('expression_prepositions')}\s+)?"
    # A day, or a part of one, before or after a day told before it: "the previous night", "the day
    # before", "the following morning".
    day_or_part = rf"(?:day|{part_of_day})"
    day_before = (rf"the\s+(?:{_words('day_before_words')}\s+{day_or_part}"
                  rf"|{day_or_part}\s+before)")
    day_after = rf"the\s+(?P<next>{_words('day_after_words')})\s+{day_or_part}"
    return Vocabulary(months, weekdays, numbers, offsets, parts, month, weekday, number, part_of_day, modifier,
                      _words("time_units"), preposition, day_before, day_after,
                      _words("span_back_words"), rf"(?:{_words('day_range_joiners')}|-|–)")


@lru_cache(maxsize=1)
def _expressions() -> re.Pattern[str]:
    """Every temporal expression, built once from the vocabulary."""
    words = vocabulary()
    month, weekday, number = words.month, words.weekday, words.number
    part_of_day, modifier, unit = words.part_of_day, words.modifier, words.unit
    forms = [
        *night_forms(weekday),
        rf"{DAY}\s*{words.day_joiner}\s*{DAY}\s+{month}(?:,?\s+{YEAR})?",
        month_day_range(month),
        rf"{weekday},?\s+(?:{DAY}\s+{month}|{month}\s+{DAY})(?:,?\s+{YEAR})?",
        rf"(?:the\s+)?{DAY}\s+(?:of\s+)?{month}(?:,?\s+{YEAR})?",
        rf"{month}\s+{DAY}(?:,?\s+{YEAR})?(?!\d)",
        r"\d{4}-\d{2}-\d{2}",
        NUMERIC_DATE,
        _DAY_ALONE,
        rf"{modifier}[-\s]*(?:{month}|{YEAR})(?:,?\s+{YEAR})?",
        rf"{month}(?:\s+(?:of\s+)?{YEAR})?",
        # a bare year only after a preposition ("in 2019"): a look-behind each, as they differ in length
        "|".join(rf"(?<={re.escape(word)}\s){YEAR}" for word in word_list(TIME_WORDS, "year_prepositions")),
        r"(?:earlier|later)\s+this\s+(?:week|month|year)",
        rf"(?:{modifier}\s+)?(?:this|last|next)\s+(?:{part_of_day}|week(?:end)?|month|year|{weekday})",
        r"(?:the\s+)?(?:start|beginning)\s+of\s+(?:the|this)\s+year",
        rf"(?:(?:early|late)\s+(?:on\s+)?)?{weekday}(?:\s+{part_of_day})?",
        words.day_before,
        r"(?:over\s+)?the\s+weekend",
        hours_back(number),
        rf"{number}\s+{unit}\s+(?:ago|earlier)",
        rf"{number}\s+(?:days?|weeks?)\s+later",
        words.day_after,
        rf"(?:the\s+)?{words.span_back}\s+(?:{number}\s+)?{unit}",
        r"(?:in\s+)?recent\s+(?:days|weeks|months)",
        rf"(?:(?:early|late)\s+)?(?:{_words('days_with_part')}(?:\s+{part_of_day})?"
        rf"|{_words('days_from_now')})",
    ]
    return re.compile(rf"\b{words.preposition}(?:{'|'.join(f'(?:{e})' for e in forms)})\b", re.IGNORECASE)


def night_forms(weekday: str) -> list[str]:
    """A night told with the day it starts or ends: "overnight Monday", "overnight on Monday",
    "overnight Saturday into Sunday", "overnight into Tuesday", "the night of Monday to Tuesday",
    "the night from Saturday to Sunday", "the night between Sunday and Monday"."""
    overnight, night = _words("overnight_words"), _words("night_words")
    into = rf"\s+{_words('night_into_words')}\s+(?P<{{}}>{weekday})"
    return [
        rf"{overnight}\s+(?:on\s+)?(?P<night_start>{weekday})(?:{into.format('night_then')})?",
        rf"{overnight}{into.format('night_end')}",
        rf"(?:the\s+)?{night}\s+{_words('night_opening_words')}\s+(?P<night_of>{weekday})\s+"
        rf"{_words('night_closing_words')}\s+{weekday}",
    ]


def month_day_range(month: str, *, joined_by_and: bool = False) -> str:
    """Days of a month told as a range, the American way: "March 10-11", "from March 3 to March 5",
    "Jan. 30 to Feb. 2, 2024". "and" joins the days only after "between" ("between April 15 and May
    15"; not "on March 8 and 10 others were hurt"): ``find_time_expressions`` extends such a match."""
    joiner = "-|–|" + _words("range_joiners") + ("|" + _words("between_joiners") if joined_by_and else "")
    return (rf"(?P<range_m1>{month})\s+(?P<range_d1>{DAY})\s*(?:{joiner})\s*(?:(?P<range_m>{month})\s+)?"
            rf"(?P<range_d>{DAY})(?:,?\s+(?P<range_y>{YEAR}))?(?!\d)")


@lru_cache(maxsize=1)
def _leading_preposition() -> re.Pattern[str]:
    """The preposition an expression opens with ("from" in "from Monday's bombing")."""
    return re.compile(vocabulary().preposition, re.IGNORECASE)


@lru_cache(maxsize=1)
def _between() -> re.Pattern[str]:
    """A range opened by "between" and a month ("between April 15"), not "between 3 and 5 March"."""
    return re.compile(rf"{_words('between_words')}\s+\D", re.IGNORECASE)


@lru_cache(maxsize=1)
def _between_end() -> re.Pattern[str]:
    """The end of a range opened by "between April 15": " and May 15", " and 20, 2024"."""
    month = vocabulary().month
    return re.compile(rf"\s+{_words('between_joiners')}\s+(?:{month}\s+)?{DAY}(?:,?\s+{YEAR})?(?!\d)\b",
                      re.IGNORECASE)


def hours_back(number: str) -> str:
    """Hours counted back from the report: "in the past 24 hours", "36 hours ago"."""
    return (rf"(?:the\s+)?{vocabulary().span_back}\s+(?P<hours_past>{number})\s+hours"
            rf"|(?P<hours_ago>{number})\s+hours\s+ago")


# Texts whose expressions are kept: a sentence is scanned once for each event mention in it and
# again for the document's reference day, so the few hundred sentences of the articles being
# processed are plenty; 4,096 short strings is a few hundred kilobytes at most.
EXPRESSION_CACHE_SIZE = 4096


@lru_cache(maxsize=EXPRESSION_CACHE_SIZE)
def find_time_expressions(text: str) -> tuple[tuple[int, int], ...]:
    """Character offsets of the temporal expressions in ``text``, in order, without overlaps.

    Cached: the answer depends on the text alone, and the same sentence is asked about for every
    event mention it holds (most of the time spent dating events before the cache)."""
    found: list[tuple[int, int]] = []
    for start, end in caseless_spans(_expressions(), text):
        said = text[start:end]
        if _BARE_MAY.match(said) or _common_word(said) or (found and start < found[-1][1]):
            continue
        if _POSSESSIVE_AFTER.match(text, end):
            lead = _leading_preposition().match(said)
            start += lead.end() if lead else 0
        if _between().match(said) and (rest := _between_end().match(text, end)):
            end = rest.end()
        found.append((start, end))
    return tuple(found)


def _common_word(expression: str) -> bool:
    """A lower-case month name with no day or year: "the march", not "March" nor "march 3"."""
    last = expression.split()[-1].rstrip(".")
    return bool(_NO_DIGIT.match(expression)) and last.islower() and last in vocabulary().months


@lru_cache(maxsize=1)
def span_units() -> dict[str, tuple[int, DatePrecision]]:
    """Days in a unit of a span ("two days later", "a week after") and the precision the shifted day has
    (a week is said loosely), by the unit's singular word (``data/en/resolve_words.yaml``); also read by
    ``extract.time_clauses`` for spans between two events."""
    return {str(word): (int(days), DatePrecision(str(precision)))
            for word, (days, precision) in word_table(RESOLVE_WORDS, "later_units").items()}


@lru_cache(maxsize=1)
def _later() -> re.Pattern[str]:
    words = vocabulary()
    span = rf"(?P<n>{words.number})\s+(?P<u>days?|weeks?)\s+(?P<way>later|earlier)"
    return re.compile(rf"^(?:{span}|{words.day_after}|{words.day_before})$", re.IGNORECASE)


def later_offset(expression: str) -> tuple[int, DatePrecision] | None:
    """How many days after a day told before it an expression lies ("two days later": 2, "the next
    day": 1, "a week later": 7 at week precision, "the previous day": -1, "a day earlier": -1), or None
    when it is not such a span. "Earlier" counts back from a day the story has told, as "later" counts
    forward from it: "a day earlier, a policeman was shot" in a story of Monday's attack is Sunday's."""
    found = _later().match(" ".join(expression.split()))
    if found is None:
        return None
    if not found["n"]:
        return (1 if found["next"] else -1), DatePrecision.DAY
    word = found["n"].lower()
    count = int(word) if word.isdigit() else vocabulary().number_words.get(word)
    if count is None or word in word_list(TIME_WORDS, "vague_counts"):
        return None
    days, precision = span_units()[found["u"].lower().rstrip("s")]
    return (-1 if found["way"].lower() == "earlier" else 1) * count * days, precision
