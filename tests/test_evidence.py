"""Every value sitreps extracts carries evidence that really is the document's text at those offsets."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitreps.models import Document, DocumentStatus, iter_spans


def test_corpus_has_results(corpus_documents: list[Document]) -> None:
    processed = [d for d in corpus_documents if d.status == DocumentStatus.PROCESSED]
    assert len(processed) >= 15
    assert sum(len(d.events) for d in processed) > 50
    assert any(d.status == DocumentStatus.UNSUPPORTED for d in corpus_documents)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_span_matches_the_text(corpus_documents: list[Document], data: st.DataObject) -> None:
    document = data.draw(st.sampled_from(corpus_documents))
    for span in iter_spans(document):
        assert document.text[span.start:span.end] == span.text


def test_every_set_value_has_evidence(corpus_documents: list[Document]) -> None:
    for document in corpus_documents:
        for mention in document.events:
            assert mention.trigger.text
            for actor in mention.actors:
                assert actor.evidence
            for count in mention.counts:
                assert count.evidence
            for value in (mention.place, mention.time, mention.attribution):
                assert value is None or value.evidence
