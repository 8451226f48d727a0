"""Independent originators: copies and shared sources count once."""

from __future__ import annotations

from link_helpers import make_doc, strike

from sitreps.link.originators import OriginDoc, assign_originators, source_name
from sitreps.link.shingles import jaccard, signature
from sitreps.models import Attribution, SourceKind


def test_copies_and_their_source_are_one_originator(linker_factory, strike_reports):
    linker = linker_factory()
    for doc in strike_reports:
        linker.add(doc)
    event = next(e for e in linker.events() if e.type == "air_drone_strike")
    assert (event.n_documents, event.n_outlets, event.n_originators) == (3, 3, 2)
    by_doc = {ref.document_id: ref.originator for ref in event.mentions}
    assert by_doc["a1"] == by_doc["a2"] != by_doc["a3"]
    assert (event.first_reported, event.last_reported) == ("2024-03-03", "2024-03-04")


def test_outlets_quoting_one_spokesman_are_one_originator(linker_factory):
    texts = [
        "Governor Oleh Synehubov said a drone struck Kharkiv, killing five.",
        "Five people died after a drone struck a block in Kharkiv, according to Synehubov.",
        "Kharkiv's governor reported that a Russian drone struck a residential area.",
    ]
    names = ["Oleh Synehubov", "Governor Oleh Synehubov", "oleh synehubov"]
    docs = [
        make_doc(
            f"k{i}", t, "2024-03-03", f"Outlet {i}", strike(source=(names[i], SourceKind.NAMED_OFFICIAL))
        )
        for i, t in enumerate(texts)
    ]
    linker = linker_factory()
    for doc in docs:
        linker.add(doc)
    (event,) = linker.events()
    assert event.n_originators == 1
    assert event.n_outlets == 3


def test_vague_sources_do_not_join_originators():
    vague = Attribution(source="reports", source_kind=SourceKind.VAGUE, evidence=[])
    assert source_name(vague) is None
    docs = [
        OriginDoc(f"v{i}", "2024-03-03", signature(f"independent text number {i} " * 3), frozenset())
        for i in range(3)
    ]
    assert len(set(assign_originators(docs).values())) == 3


def test_near_copies_are_found_and_independent_texts_are_not():
    release = (
        "Today 207 defenders returned home as a result of an exchange of prisoners, the headquarters said."
    )
    retitled = "Prisoners come home. " + release
    other = "Russia and Ukraine traded hundreds of captured soldiers on Wednesday with the UAE as mediator."
    assert jaccard(signature(release), signature(retitled)) >= 0.5
    assert jaccard(signature(release), signature(other)) < 0.2


def test_labels_do_not_depend_on_input_order():
    docs = [
        OriginDoc("x1", "2024-03-03", signature("alpha beta gamma delta"), frozenset({"police"})),
        OriginDoc("x2", "2024-03-02", signature("epsilon zeta eta theta"), frozenset({"police"})),
    ]
    assert assign_originators(docs) == assign_originators(list(reversed(docs)))
    assert set(assign_originators(docs).values()) == {"source:police"}
