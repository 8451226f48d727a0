"""Processing at scale: the same pipeline in several processes or on a Ray cluster, resumable.

The driver reads pending documents from the store in batches, hands them to a
runner (in this process, a process pool, or Ray actors), and saves each batch's
results in one transaction as it comes back. A document is marked processed in
the transaction that saves its results, so a run killed at any point resumes
with the documents still pending: nothing is lost and nothing is done twice.

    with make_runner(workers=4) as runner:
        for results in run_batches(store, store.pending_ids(), runner, batch_size=32):
            ...   # already saved
"""

from sitreps.scale.batches import run_batches
from sitreps.scale.runners import BatchRunner, InlineRunner, make_runner
from sitreps.scale.streaming import BatchLimits, StreamTally, store_stream

__all__ = ["BatchLimits", "BatchRunner", "InlineRunner", "StreamTally", "make_runner", "run_batches", "store_stream"]
