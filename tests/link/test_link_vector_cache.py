"""The on-disk vector cache: a sentence is embedded once across processes, and the cache can be off."""

from __future__ import annotations

import numpy as np

from sitreps.link.embedding import lexical_embedder
from sitreps.link.vector_cache import DiskCachedEmbedder, cache_path


def test_sentences_are_embedded_once_and_read_back_unchanged(tmp_path):
    calls: list[list[str]] = []

    def counting(sentences):
        calls.append(list(sentences))
        return lexical_embedder(sentences)

    sentences = ["A drone struck Kharkiv.", "Shelling hit Nikopol.", "A drone struck Kharkiv."]
    first = DiskCachedEmbedder(counting, tmp_path / "v.sqlite", "m")(sentences)
    again = DiskCachedEmbedder(counting, tmp_path / "v.sqlite", "m")([*sentences, "New sentence here."])
    assert calls == [["A drone struck Kharkiv.", "Shelling hit Nikopol."], ["New sentence here."]]
    np.testing.assert_array_equal(first, again[:3])
    np.testing.assert_array_equal(again, lexical_embedder([*sentences, "New sentence here."]))


def test_another_model_never_reads_these_vectors(tmp_path):
    DiskCachedEmbedder(lexical_embedder, tmp_path / "v.sqlite", "m")(["Shelling hit Nikopol."])
    calls = []
    DiskCachedEmbedder(lambda s: calls.append(s) or lexical_embedder(s), tmp_path / "v.sqlite", "other")(
        ["Shelling hit Nikopol."]
    )
    assert calls == [["Shelling hit Nikopol."]]


def test_the_cache_can_be_moved_or_switched_off(monkeypatch, tmp_path):
    monkeypatch.setenv("SITREPS_VECTOR_CACHE", str(tmp_path / "here.sqlite"))
    assert cache_path() == tmp_path / "here.sqlite"
    monkeypatch.setenv("SITREPS_VECTOR_CACHE", "off")
    assert cache_path() is None
