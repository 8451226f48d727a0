"""spaCy's rule lemmatizer, answering its word-list look-ups from a set.

For a word form it has not met before, the rule lemmatizer of the English model tests each form its
suffix rules make against the known words of the part of speech (``lemma_index``), which the model
stores as plain lists of up to 57,000 words: every test is a linear scan. That was an eighth of the
spaCy pass over ``benchmarks/throughput.py``'s 300 articles. The lists are kept (so the tables still
serialise as the model wrote them) and answer ``in`` from a frozen set of the same words, so every
lemma is the one the stock lemmatizer gives.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language

LEMMATIZER = "lemmatizer"
INDEX_TABLE = "lemma_index"


class IndexedWords(list[str]):
    """A list of words whose membership test is a set's; the words are never changed after loading."""

    def __init__(self, words: Iterable[str]) -> None:
        super().__init__(words)
        self._members = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self._members


def index_lemma_words(nlp: Language) -> None:
    """Give the pipeline's rule lemmatizer set look-ups for its word lists (no-op without one)."""
    if LEMMATIZER not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe(LEMMATIZER), "lookups", None)
    if lookups is None or not lookups.has_table(INDEX_TABLE):
        return
    table = lookups.get_table(INDEX_TABLE)
    for key, words in list(table.items()):
        if isinstance(words, list) and not isinstance(words, IndexedWords):
            table[key] = IndexedWords(words)
