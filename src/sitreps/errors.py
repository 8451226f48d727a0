"""The project's own exceptions: errors a user can cause, with a message saying what to do.

The CLI prints these without a traceback and exits non-zero; anything else is a bug.
"""


class SitrepsError(Exception):
    """Base class of errors users can cause and fix."""


class IngestError(SitrepsError):
    """An input could not be read as a document (empty, binary, malformed...)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class StoreError(SitrepsError):
    """The database could not be opened, migrated or written."""


class NotFoundError(SitrepsError):
    """An id given by the user names no stored document or event."""


class ConfigError(SitrepsError):
    """A setting, option or data file is invalid."""


class OutputError(SitrepsError):
    """An output file (export, digest) could not be written where the user asked."""


class EvaluationError(SitrepsError):
    """An evaluation could not score what it was asked to (an article of the set failed to process)."""
