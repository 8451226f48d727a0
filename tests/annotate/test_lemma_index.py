"""The rule lemmatizer's word lists answer from a set and give the stock pipeline's lemmas."""

from __future__ import annotations

import pickle

import spacy

from sitreps.annotate.lemma_index import IndexedWords, index_lemma_words
from sitreps.annotate.nlp import MODEL_PACKAGE, load_nlp

# Fiction: inflected forms of many parts of speech, rare words the lemma cache has not met, and
# capitalised and hyphenated words.
TEXTS = [
    "Insurgents ambushed a convoy near Tarvik, wounding eleven conscripts and torching three lorries.",
    "The besieged garrison's defenders were resupplied by helicopters flying lower than before.",
    "Protesters barricaded the boulevards; riot police dispersed them, firing tear-gas canisters.",
    "Shellings intensified overnight as the brigades regrouped, officials said on Thursday.",
]


def test_indexed_words_keep_the_list_and_answer_membership() -> None:
    words = IndexedWords(["village", "town", "village"])
    assert list(words) == ["village", "town", "village"]
    assert "town" in words and "city" not in words and 3 not in words
    copied = pickle.loads(pickle.dumps(words))
    assert copied == words and "village" in copied and "city" not in copied


def test_lemmas_are_the_stock_pipeline_s() -> None:
    stock = spacy.load(MODEL_PACKAGE)
    for text in TEXTS:
        assert [t.lemma_.lower() for t in load_nlp()(text)] == [t.lemma_.lower() for t in stock(text)]


def test_the_loaded_pipeline_s_index_is_set_backed_and_indexing_twice_is_harmless() -> None:
    nlp = load_nlp()
    index_lemma_words(nlp)
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, IndexedWords) for words in table.values())
