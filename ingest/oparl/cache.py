"""Raw HTTP responses on disk, so re-mapping or a re-run never re-fetches what has not changed.

An entry is keyed by URL. Besides the body it keeps the validators the server sent (ETag,
Last-Modified) for conditional requests, and an optional ``tag`` the caller chose: for a file,
its OParl ``modified``/``sha1Checksum``/``size``, so an unchanged file needs no request at all.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class CacheEntry:
    url: str
    content_type: str
    etag: str = ""
    last_modified: str = ""
    tag: str = ""


class ResponseCache:
    """One folder of ``<sha1>.json`` (entry) and ``<sha1>.body`` (bytes) files."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha1(url.encode("utf-8")).hexdigest()
        return self.folder / f"{key}.json", self.folder / f"{key}.body"

    def get(self, url: str) -> tuple[CacheEntry, bytes] | None:
        meta_path, body_path = self._paths(url)
        try:
            entry = CacheEntry(**json.loads(meta_path.read_text(encoding="utf-8")))
            return entry, body_path.read_bytes()
        except (OSError, ValueError, TypeError):
            return None

    def put(self, entry: CacheEntry, body: bytes) -> None:
        """Body first, then the entry (each via a temporary file), so a torn write is never read."""
        meta_path, body_path = self._paths(entry.url)
        for path, data in ((body_path, body), (meta_path, json.dumps(asdict(entry)).encode("utf-8"))):
            tmp = path.with_suffix(path.suffix + ".tmp")
            tmp.write_bytes(data)
            os.replace(tmp, path)
