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


def read_text(path: Path) -> ReadResult:
    """Read a ``.txt``/``.md`` file; front-matter keys go to ``meta``, the rest is the text."""
    data = read_nonempty_bytes(path)
    text = normalise_text(decode_bytes(data, path))
    meta, body = split_front_matter(text)
    body = body.strip()
    require_text(path, body)
    return ReadResult(text=body, meta=meta, page_starts=[])
