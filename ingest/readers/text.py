"""Plain text and Markdown files, optionally with a ``key: value`` front-matter header."""

from __future__ import annotations

from pathlib import Path

from ingest.readers.base import (
    ReadResult,
    normalise_text,
    read_nonempty_bytes,
    require_text,
    split_front_matter,
)
from ingest.readers.encoding import decode_bytes
from ingest.readers.page_chrome import drop_chrome_lines


def read_text(path: Path) -> ReadResult:
    """Read a ``.txt``/``.md`` file; front-matter keys go to ``meta``, the rest (without page chrome) is the text."""
    data = read_nonempty_bytes(path)
    text = normalise_text(decode_bytes(data, path))
    meta, body = split_front_matter(text)
    body = drop_chrome_lines(body).strip()  # a web page copied as text: its jump links are no part of the minutes
    require_text(path, body)
    return ReadResult(text=body, meta=meta, page_starts=[])
