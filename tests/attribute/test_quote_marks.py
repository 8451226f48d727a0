"""Quote-mark scanning on raw text (sitreps.annotate.quotes)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sitreps.annotate.quotes import find_quoted_spans


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quoted_spans(text)]


def test_curly_straight_guillemets_and_german_marks() -> None:
    text = 'A “curly one,” a "straight one," a «guillemet one» and a „German one“.'
    assert quoted(text) == ["curly one,", "straight one,", "guillemet one", "German one"]


def test_british_single_marks_skip_apostrophes_and_possessives() -> None:
    text = "‘We lost the soldiers’ trust,’ he said. Don’t ask about Petrov’s unit."
    assert quoted(text) == ["We lost the soldiers’ trust,"]


def test_nested_marks_stay_inside_the_outer_quote() -> None:
    text = "“They shouted ‘Go back’ at us,” she said."
    assert quoted(text) == ["They shouted ‘Go back’ at us,"]


def test_multi_paragraph_quote_continues_when_next_paragraph_reopens() -> None:
    text = "“First paragraph of the quote.\n\n“Second paragraph,” he said.\n\nNot quoted."
    assert quoted(text) == ["First paragraph of the quote.\n\n“Second paragraph,"]


def test_unclosed_quote_without_continuation_ends_at_its_paragraph() -> None:
    text = "He said: “we are leaving now\n\nThe next paragraph is narrative."
    assert quoted(text) == ["we are leaving now"]


@given(st.text(alphabet=st.sampled_from(list("ab .,\n“”\"'‘’«»„")), max_size=80))
def test_spans_are_ordered_and_inside_the_text(text: str) -> None:
    previous_end = -1
    for q in find_quoted_spans(text):
        assert previous_end < q.open_at < q.start <= q.end <= q.close_at <= len(text)
        assert text[q.start : q.end] == text[q.start : q.end].strip()
        previous_end = q.close_at
