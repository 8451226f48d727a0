"""A lower-case pattern matched on lower-cased text finds the spans it finds case-insensitively."""

from __future__ import annotations

import re

import pytest

from sitreps.resolve.caseless import _case_sensitive, caseless_spans
from sitreps.resolve.time_patterns import _expressions

# Fiction in several outlets' styles, with curly quotes and dashes (caseless: the fast path), accented
# names and the letters re equates with "i" and "s" (the pattern runs as it is).
TEXTS = [
    "GOMBE, March 3 (Wire) – Gunmen killed four farmers on Sunday night, police said.",
    "“We were attacked overnight Saturday into Sunday,” a resident of Tarvik told reporters on 5 June 2024.",
    "THE ARMY SAID ON MONDAY THAT 12 SOLDIERS DIED IN AN AMBUSH LAST WEEK.",
    "Strikes Hit The Port Of Alvero Earlier This Month, Officials Said On Tuesday",
    "Protesters gathered in Mérida on Friday; the governor’s office said talks would resume next week.",
    "Shelling hit Kıyıköy on 3 March, and a ſecond strike followed two days later.",
    "A drone struck a convoy near Zaporizhzhia İn 2023, between April 15 and May 2.",
    "No date at all is told in this sentence about a ceasefire.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_spans_as_the_case_insensitive_pattern(text: str) -> None:
    pattern = _expressions()
    assert list(caseless_spans(pattern, text)) == [m.span() for m in pattern.finditer(text)]


def test_the_time_pattern_has_a_case_sensitive_twin() -> None:
    assert _case_sensitive(_expressions()) is not None


@pytest.mark.parametrize("written", [r"\bMay\b", r"\S+day", r"(?-i:may)\s+\d+", "é+t"])
def test_patterns_that_lower_casing_would_change_run_as_they_are(written: str) -> None:
    pattern = re.compile(written, re.IGNORECASE)
    assert _case_sensitive(pattern) is None
    text = "MAY 3 and may 4, Été"
    assert list(caseless_spans(pattern, text)) == [m.span() for m in pattern.finditer(text)]


def test_a_case_sensitive_pattern_runs_as_it_is() -> None:
    assert _case_sensitive(re.compile(r"may\s+\d+")) is None
