"""English word lists live in data files (``data/en/``), not in the modules that match text (issue 14).

Another language must be a new folder, not edits in fifteen modules, so the packages that read article
text (annotate, attribute, extract, link, resolve) may not hold a literal set, list or tuple of lower-case
words, unless every word is an identifier: a spaCy label, a value of one of sitreps' enums, an event type or
family of the taxonomy, or one of the few project identifiers listed below with the reason each is not
English. A new rule that needs words adds them to ``data/en/`` and reads them through
``sitreps.language_data`` (or ``sitreps.extract.english.words``).
"""

from __future__ import annotations

import ast
import enum
import inspect
import re
from pathlib import Path

import pytest

from sitreps import models
from sitreps.annotate.nlp import load_nlp
from sitreps.extract.taxonomy import load_taxonomy

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "sitreps"
TEXT_PACKAGES = ("annotate", "attribute", "extract", "link", "resolve")
WORD = re.compile(r"^[a-z][a-z'’ .-]*$")
"""A lower-case word or phrase, as a word list holds; file names, keys with underscores and codes are not."""

NOT_ENGLISH = {
    "cues": "attribute/lexicon.py: names of the data/en files the lexicon reads",
    "generic.yaml": "resolve/registry_data.py: file names of the actor registry",
    "rules": "extract/candidates.py: the extractor configurations (SITREPS_EXTRACTOR values)",
    "token.pos": "extract/candidates.py: spaCy attributes a component requires",
    "civilians": "extract/owned_targets.py: actor types of the registry",
    "killed": "extract/taxonomy_schema.py: the count kinds of the data model (Count.what)",
    "north": "resolve/country_lookup.py: bearing identifiers, the keys of places.yaml bearing_words",
    "du": "resolve/geodata.py: particles of GeoNames unit names, matched against the gazetteer, not the article",
    "settlement": "resolve/geoindex.py: feature classes of the gazetteer index",
}
"""The first word of each allowed collection that is no English word list, and why."""
OTHER_LABELS = frozenset({"subj", "obj", "subjpass", "mod", "flat"})
"""Role groups sitreps' slot code names, and a Universal Dependencies label the English model lacks."""


def _identifiers() -> frozenset[str]:
    """Every string that names something of spaCy's or sitreps' rather than an English word."""
    nlp = load_nlp()
    labels = {label.lower() for names in nlp.meta["labels"].values() for label in names}
    values = {str(member.value) for _, cls in inspect.getmembers(models, inspect.isclass)
              if issubclass(cls, enum.Enum) for member in cls}
    taxonomy = load_taxonomy()
    types = set(taxonomy.types) | {t.family for t in taxonomy.types.values()}
    return frozenset(labels | values | types | OTHER_LABELS)


def word_literals(source: str) -> list[tuple[int, list[str]]]:
    """(line, words) of each set, list or tuple literal of two or more lower-case word strings in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, (ast.Set, ast.List, ast.Tuple)) or len(node.elts) < 2:
            continue
        values = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        if len(values) == len(node.elts) and all(WORD.match(v) for v in values):
            found.append((node.lineno, values))
    return sorted(found)


def test_the_scan_finds_a_word_list_and_passes_labels() -> None:
    source = 'A = frozenset({"with", "against"})\nB = ("nsubj", "dobj")\nC = {"x_y": 1}\nD = ["Kyiv", "Kiev"]\n'
    assert word_literals(source) == [(1, ["with", "against"]), (2, ["nsubj", "dobj"])]


@pytest.mark.parametrize("package", TEXT_PACKAGES)
def test_modules_that_read_text_hold_no_english_word_lists(package: str) -> None:
    identifiers = _identifiers()
    offenders = []
    for path in sorted((PACKAGE / package).rglob("*.py")):
        for line, values in word_literals(path.read_text(encoding="utf-8")):
            words = [v for v in values if v.lower() not in identifiers]
            if words and values[0] not in NOT_ENGLISH:
                offenders.append(f"{path.relative_to(PACKAGE)}:{line}: {words[:6]}")
    assert not offenders, "English word lists in code; move them to data/en/:\n" + "\n".join(offenders)
