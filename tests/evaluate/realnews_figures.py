"""Where the real-news floors test leaves the figures it measured, for the end-of-run summary."""

from __future__ import annotations

MEASURED: dict[str, dict[str, float]] = {}
"""Split name -> headline figures, filled by the floors test's fixture."""
