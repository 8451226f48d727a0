"""The driver's loop: load pending documents in batches, process them with a runner, save each batch."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sitreps.models import Document
from sitreps.resolve.curate import overrides_of
from sitreps.scale.runners import BatchRunner
from sitreps.store import Store

Batch = list[Document]


def load_batches(store: Store, ids: Sequence[str], batch_size: int) -> Iterator[Batch]:
    """Documents by id, ``batch_size`` at a time, read from the store only when the runner asks."""
    for start in range(0, len(ids), batch_size):
        found = (store.get_document(doc_id) for doc_id in ids[start:start + batch_size])
        batch = [document for document in found if document is not None]
        if batch:
            yield batch


def run_batches(store: Store, ids: Sequence[str], runner: BatchRunner, batch_size: int) -> Iterator[Batch]:
    """Process the documents ``ids`` and save each batch's results as it arrives; yield them once saved.

    Batches are saved in the order they were read, each in one transaction that
    also marks its documents processed (``Store.save_results``), which is what
    makes a killed run resumable: what was not saved is still pending. The
    runner's workers start here and are released when the loop ends. A reviewer's
    actor merges and renames are applied before saving.
    """
    overrides = overrides_of(store)
    with runner:
        for processed in runner.map(load_batches(store, ids, batch_size)):
            results = [overrides.apply(document) for document in processed]
            store.save_results(results)
            yield results
