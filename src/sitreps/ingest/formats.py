"""Which reader an input needs: by media type, then file extension, then a look at its content."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import PurePath

from sitreps.ingest.decode import detect_encoding


class Format(StrEnum):
    TEXT = "text"
    HTML = "html"
    FEED = "feed"
    JSONL = "jsonl"
    JSON = "json"
    CSV = "csv"
    TSV = "tsv"


STREAMED_FORMATS = frozenset({Format.JSONL, Format.CSV, Format.TSV})
"""Formats read row by row from the open file; the others are read whole."""

EXTENSIONS = {
    ".txt": Format.TEXT, ".text": Format.TEXT, ".md": Format.TEXT,
    ".html": Format.HTML, ".htm": Format.HTML, ".xhtml": Format.HTML,
    ".xml": Format.FEED, ".rss": Format.FEED, ".atom": Format.FEED,
    ".jsonl": Format.JSONL, ".ndjson": Format.JSONL, ".json": Format.JSON,
    ".csv": Format.CSV, ".tsv": Format.TSV,
}  # fmt: skip

MEDIA_TYPES = {
    "text/plain": Format.TEXT, "text/markdown": Format.TEXT,
    "text/html": Format.HTML, "application/xhtml+xml": Format.HTML,
    "application/rss+xml": Format.FEED, "application/atom+xml": Format.FEED,
    "application/xml": Format.FEED, "text/xml": Format.FEED,
    "application/x-ndjson": Format.JSONL, "application/jsonl": Format.JSONL,
    "application/x-jsonlines": Format.JSONL, "application/json": Format.JSON,
    "text/csv": Format.CSV, "text/tab-separated-values": Format.TSV,
}  # fmt: skip

SNIFF_CHARS = 4096
"""How much of the start of an input the content sniffer reads: the root element of a feed or
page and the first JSON line appear well within it (after an XML declaration and comments)."""

FEED_MARKERS = ("<rss", "<feed", "<rdf:rdf")
HTML_MARKERS = ("<!doctype html", "<html", "<head", "<body", "<article", "<div", "<p>", "<p ")


def format_for(name: str, media_type: str | None, head: bytes) -> Format:
    """The format of an input called ``name`` whose first bytes are ``head``."""
    if media_type:
        declared = MEDIA_TYPES.get(media_type.split(";")[0].strip().lower())
        if declared is not None:
            return declared
    by_extension = EXTENSIONS.get(PurePath(name).suffix.lower())
    return by_extension if by_extension is not None else sniff(head)


def sniff(head: bytes) -> Format:
    """The format the content looks like; plain text when nothing else fits (binary is caught later)."""
    encoding = detect_encoding(head, complete=False)
    if encoding is None:
        return Format.TEXT
    start = head.decode(encoding, errors="ignore").lstrip("\ufeff \t\r\n")
    lowered = start[:SNIFF_CHARS].lower()
    if lowered.startswith("<"):
        if any(marker in lowered for marker in FEED_MARKERS):
            return Format.FEED
        if any(marker in lowered for marker in HTML_MARKERS) or not lowered.startswith("<?xml"):
            return Format.HTML
        return Format.FEED
    if lowered.startswith("["):
        return Format.JSON
    if lowered.startswith("{"):
        return Format.JSONL if _starts_json_lines(start) else Format.JSON
    return Format.TEXT


def _starts_json_lines(start: str) -> bool:
    """A first line that is a whole JSON object means JSON Lines (a one-line file reads the same);
    so does a first line longer than the head, since pretty-printed JSON breaks lines early."""
    line, newline, _ = start.partition("\n")
    if not newline:
        return True
    try:
        return isinstance(json.loads(line), dict)
    except json.JSONDecodeError:
        return False
