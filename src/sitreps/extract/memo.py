"""Answers of pure lookups on a document's spans, kept on the document while it is analysed.

Several stages ask the same question of the same words: every event mention of a sentence locates
the sentence's place phrases again, and the story's place and round-up lists locate some of them once
more (481 place phrases resolved, 317 of them distinct, over ``benchmarks/throughput.py``'s 300
articles). The answer depends on the span, its document and the other arguments alone: the parse is
not changed after annotation, and the answers are frozen models. So it is kept in ``doc.user_data``
for the document's life and never shared between documents.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import wraps
from typing import Any, TypeVar, cast

from spacy.tokens import Span as SpacySpan

MEMO_KEY = "sitreps.memo"

F = TypeVar("F", bound=Callable[..., Any])


def per_document(function: F) -> F:
    """``function`` (whose first argument is a span) answering again from its document's memory.

    Lists and tuples among the other arguments are keyed by their items (a caller's list of the
    story's countries is the same question as a tuple of them).
    """
    name = f"{function.__module__}.{function.__qualname__}"

    @wraps(function)
    def remembered(span: SpacySpan, *args: Any, **kwargs: Any) -> Any:
        memory: dict[Hashable, Any] = span.doc.user_data.setdefault(MEMO_KEY, {})
        key = (name, span.start, span.end, *map(_key, args), *((k, _key(v)) for k, v in sorted(kwargs.items())))
        if key not in memory:
            memory[key] = function(span, *args, **kwargs)
        return memory[key]

    return cast(F, remembered)


def _key(value: Any) -> Hashable:
    """A hashable stand-in for an argument: a sequence by its items, anything else as it is."""
    return tuple(value) if isinstance(value, list | tuple) else cast(Hashable, value)
