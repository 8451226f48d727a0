"""Language identification with py3langid, and the status it gives a document.

Only English is processed today; other languages are stored and reported, never
run through the English pipeline to produce garbled events.

Short texts (a headline, an ACLED-style note) fool a 97-language classifier: on 25
English headlines written for this project the full model called 11 something else
(Frisian, Walloon, Crimean Tatar, Latin...) with probabilities up to 0.61, while
short French, Russian, Ukrainian, Spanish, German and Arabic lines scored 0.58 and
up. Restricted to the languages conflict news is mostly published in, the same
English lines scored at most 0.38 for another language and the foreign lines at
least 0.64; so short texts are classified against that list and called non-English
only above SHORT_TEXT_MIN_CONFIDENCE. tests/ingest/test_language.py keeps that set.
"""

from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from sitreps.models import DocumentStatus

ENGLISH = "en"
SUPPORTED_LANGUAGES = frozenset({ENGLISH})

SHORT_TEXT_CHARS = 200
"""Below this many characters the full classifier is unreliable (see the module docstring);
200 covers headlines and one-sentence notes, while article paragraphs are longer."""

SHORT_TEXT_MIN_CONFIDENCE = 0.5
"""Midway between the highest wrong score on short English (0.38) and the lowest right score
on short foreign text (0.64) in the measurement described in the module docstring."""

SAMPLE_CHARS = 3_000
"""Language is decided on the head of a document (title, lede, a few paragraphs: some 500 words),
where langid's accuracy has long plateaued. Classification time grows with length (it was 85% of
ingest time in a profile of a JSONL dump): 0.8 ms a document at 3,000 characters, 4.3 ms at 20,000."""

SHORT_TEXT_LANGUAGES = (
    "en", "fr", "es", "pt", "de", "it", "nl", "pl", "cs", "hu", "ro", "sr", "hr", "el", "sv",
    "ru", "uk", "tr", "az", "ka", "hy", "ar", "he", "fa", "ps", "ku", "ur", "hi", "bn", "my",
    "th", "vi", "id", "zh", "ja", "ko", "sw", "am", "so", "ha",
)  # fmt: skip
"""Languages most conflict reporting is published in (the outlets ACLED and GDELT monitor),
plus the neighbours English headlines are confused with; py3langid codes."""


@lru_cache(maxsize=1)
def _full_identifier() -> LanguageIdentifier:
    """py3langid's model (shipped in the package), loaded on first use, with probabilities."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=1)
def _short_text_identifier() -> LanguageIdentifier:
    """A second copy restricted to SHORT_TEXT_LANGUAGES (restricting mutates the identifier)."""
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(SHORT_TEXT_LANGUAGES)
    return identifier


def detect_language(text: str) -> str:
    """The ISO 639-1 code of ``text``'s language; short texts default to English unless clearly not."""
    sample = text[:SAMPLE_CHARS].strip()
    if len(sample) >= SHORT_TEXT_CHARS:
        language, _ = _full_identifier().classify(sample)
        return str(language)
    language, confidence = _short_text_identifier().classify(sample)
    if language != ENGLISH and confidence >= SHORT_TEXT_MIN_CONFIDENCE:
        return str(language)
    return ENGLISH


def status_for(language: str) -> tuple[DocumentStatus, str | None]:
    """PENDING for languages the pipeline processes; UNSUPPORTED, with the reason, for the rest."""
    if language in SUPPORTED_LANGUAGES:
        return DocumentStatus.PENDING, None
    return DocumentStatus.UNSUPPORTED, f"language {language!r} is not supported yet; stored, not processed"
