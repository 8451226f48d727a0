"""Uploads run as background jobs: the request answers 202 with a job id at once, the work runs in one worker.

Parsing a feed and running the pipeline can take minutes; holding the request (and
its body) open for that long let a handful of clients exhaust the server. One
worker thread runs the jobs in order, which also keeps to the store's one-writer
rule; at most ``MAX_PENDING_JOBS`` wait (each holding a body under the server's
size limit), and more are refused with 429 until the queue drains.
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict

from sitreps.errors import SitrepsError

log = logging.getLogger(__name__)
MAX_PENDING_JOBS = 16
"""Queued or running uploads at once: with the default 8 MiB body limit, at most 128 MiB of bodies held."""
KEEP_FINISHED_JOBS = 1000
"""Finished jobs remembered for their status page; the oldest are forgotten first."""


class JobStatus(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class Job(BaseModel):
    """One upload's progress; ``result`` once done, ``error`` (what to fix) once failed."""

    model_config = ConfigDict(frozen=True)

    id: str
    status: JobStatus
    created_at: str
    result: dict[str, Any] | None = None
    error: str | None = None


class QueueFull(SitrepsError):
    """Too many uploads are waiting; the client should retry later."""


class JobQueue:
    """Jobs by id, run one at a time on a worker thread started on first use."""

    def __init__(self, max_pending: int = MAX_PENDING_JOBS, keep: int = KEEP_FINISHED_JOBS) -> None:
        self.max_pending = max_pending
        self.keep = keep
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None

    def submit(self, work: Callable[[], dict[str, Any]]) -> Job:
        """Queue ``work``; QueueFull when ``max_pending`` jobs are already queued or running."""
        with self._lock:
            pending = sum(j.status in (JobStatus.QUEUED, JobStatus.RUNNING) for j in self._jobs.values())
            if pending >= self.max_pending:
                raise QueueFull(f"{pending} uploads are already waiting; retry when /api/jobs shows them done")
            job = Job(id=secrets.token_urlsafe(12), status=JobStatus.QUEUED,
                      created_at=datetime.now(UTC).isoformat(timespec="seconds"))
            self._jobs[job.id] = job
            self._forget_old()
            if self._executor is None:
                self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sitreps-upload")
            self._executor.submit(self._run, job.id, work)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def _update(self, job_id: str, **changes: Any) -> None:
        with self._lock:
            self._jobs[job_id] = self._jobs[job_id].model_copy(update=changes)

    def _run(self, job_id: str, work: Callable[[], dict[str, Any]]) -> None:
        self._update(job_id, status=JobStatus.RUNNING)
        try:
            result = work()
        except SitrepsError as error:  # the upload's own fault: say what to fix
            self._update(job_id, status=JobStatus.FAILED, error=f"{type(error).__name__}: {error}")
            return
        except Exception:  # a bug: keep the worker alive for the next job, log the trace
            log.exception("upload job %s failed", job_id)
            self._update(job_id, status=JobStatus.FAILED, error="InternalError: the server log has the details")
            return
        self._update(job_id, status=JobStatus.DONE, result=result)

    def _forget_old(self) -> None:
        finished = [k for k, j in self._jobs.items() if j.status in (JobStatus.DONE, JobStatus.FAILED)]
        for job_id in finished[:max(0, len(finished) - self.keep)]:
            del self._jobs[job_id]

