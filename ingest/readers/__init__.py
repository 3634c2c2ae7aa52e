"""Readers turn one file into normalised text plus metadata; one module per format.

``read_file`` dispatches by suffix and raises :class:`assistant.errors.ReadError` (with the file
name and the reason) for anything it cannot turn into text.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ingest.readers.base import ReadResult, fail
from ingest.readers.html import read_html
from ingest.readers.pdf import read_pdf
from ingest.readers.text import read_text

__all__ = ["SUPPORTED_SUFFIXES", "ReadResult", "read_file"]

_READERS: dict[str, Callable[[Path], ReadResult]] = {
    ".txt": read_text,
    ".md": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
}
SUPPORTED_SUFFIXES: frozenset[str] = frozenset(_READERS)


def read_file(path: Path) -> ReadResult:
    """Read ``path`` with the reader for its suffix (case-insensitive)."""
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise fail(path, f"unsupported file type {path.suffix or '(no suffix)'!r}; supported: {supported}")
    if not path.is_file():
        raise fail(path, "not found or not a regular file")
    return reader(path)
