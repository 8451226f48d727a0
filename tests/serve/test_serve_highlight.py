"""The article view's highlighting: any spans, nested or overlapping, never change or unescape the text."""

from __future__ import annotations

import html
import re

from hypothesis import given
from hypothesis import strategies as st

from sitreps.models import Span
from sitreps.serve.highlight import Mark, highlight

TAGS = re.compile(r"<span class=\"tag[^\"]*\"[^>]*>.*?</span>|<[^>]+>")
ALPHABET = st.sampled_from([*"ab <>&\"'/\n=", "é", "<script>"])


def _visible_text(markup: str) -> str:
    """What a reader sees minus the field labels: tags removed, entities decoded."""
    return html.unescape(TAGS.sub("", markup))


@st.composite
def text_and_marks(draw: st.DrawFn) -> tuple[str, list[Mark]]:
    text = "".join(draw(st.lists(ALPHABET, max_size=40)))
    marks = []
    for i in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        event = draw(st.sampled_from([None, 1, 9]))
        marks.append(Mark(Span.of(text, start, end), f"E{i} <label>", f"m{i % 3}", event))
    return text, marks


@given(text_and_marks())
def test_highlight_keeps_the_text_and_escapes_it(case: tuple[str, list[Mark]]) -> None:
    text, marks = case
    out = str(highlight(text, marks))
    assert _visible_text(out) == text
    assert "<script>" not in out and "<label>" not in out
    anchors = re.findall(r'id="m-(m\d)"', out)
    assert len(anchors) == len(set(anchors)) == len({m.mention_id for m in marks if m.span.end > m.span.start})


def test_overlapping_spans_are_split_at_boundaries() -> None:
    text = "Gunmen attacked Kidal market"
    marks = [Mark(Span.of(text, 0, 15), "E1 initiator", "a", 1), Mark(Span.of(text, 7, 21), "E1 attack", "a", 1)]
    out = str(highlight(text, marks))
    assert '<mark class="ev d1 c0" data-ev="E1" title="E1 initiator">Gunmen </mark>' in out
    assert '<mark class="ev d2 c0" data-ev="E1" title="E1 initiator; E1 attack">attacked</mark>' in out
    assert '<mark class="ev d1 c0" data-ev="E1" title="E1 attack"> Kidal</mark>' in out
    assert out.endswith(" market")


def test_each_event_gets_its_own_colour_and_shared_text_names_both() -> None:
    text = "Gunmen attacked Kidal market"
    marks = [Mark(Span.of(text, 0, 15), "E1 initiator", "a", 1), Mark(Span.of(text, 7, 21), "E2 attack", "b", 2)]
    out = str(highlight(text, marks))
    assert '<mark class="ev d1 c0" data-ev="E1"' in out
    assert '<mark class="ev d2 c0" data-ev="E1 E2"' in out
    assert '<mark class="ev d1 c1" data-ev="E2"' in out
    assert '<span class="tag c1" data-ev="E2">E2 attack</span>' in out


def test_a_span_that_does_not_match_the_text_is_skipped() -> None:
    stale = Span(start=0, end=3, text="xyz")
    assert str(highlight("abc", [Mark(stale, "E1 place")])) == "abc"
