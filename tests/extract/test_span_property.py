"""Every span of every extracted mention points at its own text: document.text[start:end] == span.text.

Sampled over the gold texts of both splits and the bundled example corpus, so the
property is checked on headlines, ACLED-style notes, wire copy and long articles.
"""

from __future__ import annotations

from importlib import resources

from extract_helpers import run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitreps.evaluate.events import load_gold
from sitreps.models import EventMention, Span

# Enough draws to cover every style of text; each runs the whole pipeline once.
EXAMPLES = 40


def _corpus_texts() -> list[str]:
    folder = resources.files("sitreps.examples").joinpath("corpus")
    return [entry.read_text(encoding="utf-8") for entry in folder.iterdir() if entry.name.endswith(".txt")]


TEXTS = [item["text"] for item in load_gold("all")] + _corpus_texts()


def _spans(mention: EventMention) -> list[Span]:
    spans = [mention.trigger, mention.sentence, *mention.retellings]
    spans += [s for actor in mention.actors for s in actor.evidence]
    spans += [s for count in mention.counts for s in count.evidence]
    spans += mention.place.evidence if mention.place else []
    spans += mention.time.evidence if mention.time else []
    spans += mention.attribution.evidence if mention.attribution else []
    return spans


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TEXTS), min_size=1, max_size=3, unique=True))
def test_every_span_is_its_text(texts: list[str]) -> None:
    for document in run(texts):
        for mention in document.events:
            for span in _spans(mention):
                assert document.text[span.start:span.end] == span.text, (mention.type, span)


def test_mention_ids_are_unique_in_every_document() -> None:
    """Ids are keys in the store: a word two extractors (or a retype) read twice must still give one mention."""
    for document in run(TEXTS):
        ids = [mention.id for mention in document.events]
        assert len(ids) == len(set(ids)), [(m.type, m.trigger.text, m.extractor) for m in document.events]


def test_the_samples_cover_both_gold_splits_and_the_corpus() -> None:
    assert len(TEXTS) > len(load_gold("dev")) + len(load_gold("heldout"))
