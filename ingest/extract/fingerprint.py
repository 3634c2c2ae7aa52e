"""A fingerprint of the record extractor, stored with each document's records.

It changes whenever a rule changes (any source file of this package or of the language helpers
it uses), so a new release re-extracts the records of unchanged files once, and a plain re-run
of an ingest re-extracts nothing.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

_SOURCES = (Path(__file__).parent, Path(__file__).parents[2] / "assistant" / "language")


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for folder in _SOURCES:
        for path in sorted(folder.glob("*.py")) if folder.is_dir() else ():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


EXTRACTOR_VERSION = _fingerprint()
