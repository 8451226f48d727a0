"""A per-document budget: how long a text may be, and how long its analysis may run.

Extraction looks at every sentence once per candidate event or quote, so its cost
grows faster than the text (measured: 20,000 characters take 4 s, 80,000 take
50 s; benchmarks/integrity.py). A document over budget is marked FAILED with a
reason that names the limit and how to raise it, and the run goes on: one
oversized article never keeps a queue pending.

The limits come from the caller, else from the environment (``SITREPS_MAX_CHARS``,
``SITREPS_DOCUMENT_SECONDS``), so worker processes and Ray actors, which inherit
the environment, apply the same budget as the driver.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

from sitreps.errors import ConfigError

MAX_CHARS = 100_000
"""About 15,000 words, twice the longest long-form feature seen in the example and gold
sets; such a document takes about 10 s on one core of a 2-core laptop (integrity
benchmark). Longer inputs are usually a whole page of several articles or a dump."""
DOCUMENT_SECONDS = 120.0
"""Over ten times what a document at ``MAX_CHARS`` needs on that machine: room for a slow or
busy computer, short enough that a pathological text cannot stall a run for long."""
RETRY_SECONDS = 0.1
"""After the first alarm, how often it fires again. An exception raised while the interpreter runs a
callback that cannot pass it on (a garbage-collector callback, a finaliser) is printed and dropped,
so one alarm alone can be lost; a tenth of a second adds nothing measurable to a run."""
MAX_CHARS_ENV = "SITREPS_MAX_CHARS"
SECONDS_ENV = "SITREPS_DOCUMENT_SECONDS"


class BudgetExceeded(Exception):
    """A document's analysis ran past its time budget (raised inside the analysis, caught by the pipeline)."""


@dataclass(frozen=True)
class DocumentBudget:
    """Limits for one document; 0 turns a limit off."""

    max_chars: int = MAX_CHARS
    seconds: float = DOCUMENT_SECONDS

    @classmethod
    def from_env(cls) -> DocumentBudget:
        """The defaults, overridden by ``SITREPS_MAX_CHARS`` and ``SITREPS_DOCUMENT_SECONDS``."""
        return cls(max_chars=int(_env_number(MAX_CHARS_ENV, MAX_CHARS)),
                   seconds=_env_number(SECONDS_ENV, DOCUMENT_SECONDS))

    def too_long(self, text: str) -> str | None:
        """Why ``text`` is over the length limit, or None when it is within it."""
        if self.max_chars and len(text) > self.max_chars:
            return (f"too long to process: {len(text):,} characters, the limit is {self.max_chars:,} "
                    f"(raise it with {MAX_CHARS_ENV}, or split the document)")
        return None

    def overrun_reason(self) -> str:
        """The failure reason recorded when the time budget runs out."""
        return (f"processing stopped after {self.seconds:g} s, the per-document budget "
                f"(raise it with {SECONDS_ENV})")

    @contextmanager
    def deadline(self) -> Iterator[None]:
        """Raise BudgetExceeded inside the block once ``seconds`` have passed.

        Uses SIGALRM, so it applies on the main thread of a Unix process (the CLI,
        pool workers); elsewhere (a thread, Windows) only the length limit holds. The alarm repeats
        until the block ends, and a block that ends after an alarm whose exception was dropped
        (see ``RETRY_SECONDS``) still raises: a document over budget is never marked processed.
        """
        usable = (self.seconds > 0 and hasattr(signal, "setitimer")
                  and threading.current_thread() is threading.main_thread())
        if not usable:
            yield
            return

        expired = False

        def expire(signum: int, frame: FrameType | None) -> None:
            nonlocal expired
            expired = True
            raise BudgetExceeded(self.overrun_reason())

        previous = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, self.seconds, RETRY_SECONDS)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        if expired:
            raise BudgetExceeded(self.overrun_reason())


def _env_number(name: str, default: float) -> float:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = float(value)
    except ValueError:
        raise ConfigError(f"{name}={value!r} is not a number; give a positive number or 0 for no limit") from None
    if number < 0:
        raise ConfigError(f"{name}={value!r} is negative; give a positive number or 0 for no limit")
    return number
