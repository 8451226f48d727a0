"""A parsed document's text, built once.

spaCy's ``Doc.text`` is not stored: every access joins the text of every token
again, O(tokens). The stages read it for each span they anchor, which made it
the largest cost beyond the spaCy models themselves (about a third of the
pipeline's time on the benchmark corpus). ``doc_text`` keeps the string in the
doc's ``user_data`` after the first access; the text of a Doc never changes.
"""

from __future__ import annotations

from spacy.tokens import Doc

TEXT_KEY = "sitreps.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc and cached on it."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return str(text)
