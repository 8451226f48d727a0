"""Sentence vectors kept on disk, so that relinking embeds only sentences never seen before.

``sitreps process`` links what it processed, embedding those mentions; a later
``sitreps link`` (or ``link`` in another process) would embed them all again,
which is most of the cost of linking on CPU. The cache is a small SQLite file
keyed by the SHA-1 of the model name and the sentence: ``$SITREPS_VECTOR_CACHE``
if set (``off`` disables it), else ``$XDG_CACHE_HOME/sitreps/vectors.sqlite``.
It holds derived numbers only, never article text, and can be deleted at any time.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from sitreps.link.embedding import Embedder

ENV_VAR = "SITREPS_VECTOR_CACHE"
DISABLED = "off"


def cache_path() -> Path | None:
    """Where the vector cache lives, or None when disabled."""
    named = os.environ.get(ENV_VAR)
    if named == DISABLED:
        return None
    if named:
        return Path(named).expanduser()
    cache_home = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache_home) / "sitreps" / "vectors.sqlite"


class DiskCachedEmbedder:
    """Wraps an embedder: vectors found in the cache file are read, the others embedded and stored."""

    def __init__(self, embed: Embedder, path: Path, model: str) -> None:
        self._embed = embed
        self._path = path
        self._model = model

    def __call__(self, sentences: Sequence[str]) -> np.ndarray:
        keys = [self._key(s) for s in sentences]
        with self._connect() as conn:
            found = self._read(conn, sorted(set(keys)))
            missing = list(dict.fromkeys(s for s, k in zip(sentences, keys, strict=True) if k not in found))
            if missing:
                vectors = self._embed(missing)
                fresh = {self._key(s): np.asarray(v, dtype=np.float32) for s, v in zip(missing, vectors, strict=True)}
                conn.executemany("INSERT OR REPLACE INTO vectors (key, vector) VALUES (?, ?)",
                                 [(k, v.tobytes()) for k, v in fresh.items()])
                found.update(fresh)
        return np.stack([found[k] for k in keys]) if keys else np.zeros((0, 1), dtype=np.float32)

    def _key(self, sentence: str) -> str:
        return hashlib.sha1(f"{self._model}\n{sentence}".encode()).hexdigest()

    def _connect(self) -> sqlite3.Connection:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self._path, timeout=30)
        conn.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vector BLOB NOT NULL)")
        return conn

    @staticmethod
    def _read(conn: sqlite3.Connection, keys: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(keys), SQL_VARIABLES):
            chunk = keys[start : start + SQL_VARIABLES]
            marks = ",".join("?" * len(chunk))
            for key, blob in conn.execute(f"SELECT key, vector FROM vectors WHERE key IN ({marks})", chunk):
                found[key] = np.frombuffer(blob, dtype=np.float32)
        return found


SQL_VARIABLES = 500
"""Keys per SELECT: below SQLite's default limit on bound variables (999 in old builds)."""
