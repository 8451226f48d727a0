"""The dashboard's search box: words in the events' evidence by default, or anywhere in the articles.

``q`` alone went to the store's full-text index over whole articles, so ``q=drone``
listed every event of any article that mentions a drone. With ``search=evidence``
(the default) a record matches only when the sentences reporting it contain every
word; ``search=article`` keeps the full-text search. The full-text index still
narrows the candidates first (an evidence sentence is part of its article).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import Depends, Query

from sitreps.export.records import ExportRecord
from sitreps.export.select import Selection, Source, select_records
from sitreps.serve.deps import selection
from sitreps.store.base import Store

Scope = Literal["evidence", "article"]
_WORD = re.compile(r"(?<![\w-])-?[\w']+")
_OPERATORS = {"OR", "AND", "NOT", "NEAR"}


@dataclass(frozen=True)
class Search:
    """The filters, and the words a matching record's evidence must contain: all of them, or with
    ``any_word`` (the query used OR) at least one (no words: no such test)."""

    selection: Selection
    evidence: tuple[str, ...] = ()
    any_word: bool = False


def evidence_words(text: str) -> tuple[str, ...]:
    """The words of a search to look for in evidence: operators and excluded (-word) terms left out."""
    return tuple(w.lower() for w in _WORD.findall(text) if w not in _OPERATORS and not w.startswith("-"))


def search(selected: Annotated[Selection, Depends(selection)],
           scope: Annotated[Scope, Query(alias="search", description="Where q looks: 'evidence' (the sentences "
                                                                       "reporting each event) or 'article'.")]
           = "evidence") -> Search:
    """The request's filters and search scope."""
    if scope == "article" or not selected.text:
        return Search(selected)
    return Search(selected, evidence_words(selected.text), any_word="OR" in selected.text.split())


SearchDep = Annotated[Search, Depends(search)]


def _matches(record: ExportRecord, query: Search) -> bool:
    evidence = " ".join(r.mention.sentence.text for r in record.reports).lower()
    found = (re.search(rf"\b{re.escape(w)}", evidence) for w in query.evidence)
    return any(found) if query.any_word else all(found)


def find(store: Store, query: Search, *, source: Source | None = None, limit: int | None = None,
         offset: int = 0) -> tuple[Source, list[ExportRecord], int]:
    """``select_records`` with the evidence test applied before paging (so ``total`` counts matches)."""
    if not query.evidence:
        return select_records(store, query.selection, source=source, limit=limit, offset=offset)
    found, candidates, _ = select_records(store, query.selection, source=source)
    matching = [r for r in candidates if _matches(r, query)]
    end = None if limit is None else offset + limit
    return found, matching[offset:end], len(matching)
